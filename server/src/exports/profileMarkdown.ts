import type { PartnershipProfile, ProfileItem } from '@roundtable/shared/profile/profile';
import { printable } from './exportWording';
import { printableProfile, PROFILE_WORDING as words } from './profileWording';
import { healthCheckMarkdown } from './healthCheckMarkdown';
import { partnershipMapMarkdown } from './partnershipMapMarkdown';

/**
 * Text typed by people, made safe to place in Markdown: it reads as typed and can neither start markup
 * (emphasis, links, HTML) nor break out of a table cell or a line.
 */
export function markdownText(text: string): string {
  return printable(text).replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

function itemTable(items: readonly ProfileItem[]): string[] {
  if (items.length === 0) return [`${words.nothingAgreed}.`];
  return [
    `| ${words.itemColumns.join(' | ')} |`,
    '| --- | --- | ---: |',
    ...items.map((i) => `| ${markdownText(i.wording)} | ${words.raisedByText(i.sectors)} | ${words.dotsText(i.votes)} |`),
  ];
}

function objectiveList(items: readonly ProfileItem[], noObjectives: string): string[] {
  if (items.length === 0) return [noObjectives];
  return items.map((i, n) => `${n + 1}. ${markdownText(i.wording)}${words.objectiveRaisedByText(i.sectors)}`);
}

/** Who the profile speaks for: the lines under its title. */
export function profileMarkdownIntro(typed: PartnershipProfile): string[] {
  const profile = printableProfile(typed);
  const organisations = words.organisationsText(profile);
  return [words.agreedLine(profile), '', words.takingPartText(profile), ...(organisations ? ['', markdownText(organisations)] : [])];
}

/**
 * The profile's sections, four dimensions and the objectives, under headings of `level` (2: `##`): the body of the
 * profile's own document, and the action plan's appendix (which says what stands in for objectives none agreed).
 */
export function profileMarkdownSections(typed: PartnershipProfile, level: number, noObjectives = `${words.nothingAgreed}.`): string[] {
  const profile = printableProfile(typed);
  const hashes = '#'.repeat(level);
  const lines: string[] = [];
  for (const dimension of profile.dimensions) {
    lines.push('', `${hashes} ${dimension.title}`, '', `*${dimension.question}*`, '', ...itemTable(dimension.items));
  }
  lines.push('', `${hashes} ${words.objectivesTitle}`, '', `*${words.objectivesQuestion}*`, '', ...objectiveList(profile.objectives, noObjectives));
  return lines;
}

/** The partnership profile as a Markdown document (GitHub-flavoured: one table per dimension). */
export function profileMarkdown(typed: PartnershipProfile): string {
  const profile = printableProfile(typed);
  const lines = [`# ${markdownText(profile.title)}`, '', `**${markdownText(words.subtitle(profile))}**`, '', ...profileMarkdownIntro(profile), ...profileMarkdownSections(profile, 2), ...healthCheckMarkdown(profile.healthCheck, 2, false), ...partnershipMapMarkdown(profile.partnershipMap, 2)];
  return `${lines.join('\n')}\n`;
}
