import type { PartnershipProfile, ProfileItem } from '@roundtable/shared/profile/profile';
import {
  dotsText,
  ITEM_COLUMNS,
  NOTHING_AGREED,
  objectiveRaisedByText,
  OBJECTIVES_QUESTION,
  OBJECTIVES_TITLE,
  organisationsText,
  printable,
  printableProfile,
  profileAgreedLine,
  profileSubtitle,
  raisedByText,
  takingPartText,
} from './exportWording';

/**
 * Text typed by people, made safe to place in Markdown: it reads as typed and can neither start markup
 * (emphasis, links, HTML) nor break out of a table cell or a line.
 */
export function markdownText(text: string): string {
  return printable(text).replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

function itemTable(items: readonly ProfileItem[]): string[] {
  if (items.length === 0) return [`${NOTHING_AGREED}.`];
  return [
    `| ${ITEM_COLUMNS.join(' | ')} |`,
    '| --- | --- | ---: |',
    ...items.map((i) => `| ${markdownText(i.wording)} | ${raisedByText(i.sectors)} | ${dotsText(i.votes)} |`),
  ];
}

function objectiveList(items: readonly ProfileItem[]): string[] {
  if (items.length === 0) return [`${NOTHING_AGREED}.`];
  return items.map((i, n) => `${n + 1}. ${markdownText(i.wording)}${objectiveRaisedByText(i.sectors)}`);
}

/** The partnership profile as a Markdown document (GitHub-flavoured: one table per dimension). */
export function profileMarkdown(typed: PartnershipProfile): string {
  const profile = printableProfile(typed);
  const organisations = organisationsText(profile);
  const lines = [
    `# ${markdownText(profile.title)}`,
    '',
    `**${markdownText(profileSubtitle(profile))}**`,
    '',
    profileAgreedLine(profile),
    '',
    takingPartText(profile),
    ...(organisations ? ['', markdownText(organisations)] : []),
  ];
  for (const dimension of profile.dimensions) {
    lines.push('', `## ${dimension.title}`, '', `*${dimension.question}*`, '', ...itemTable(dimension.items));
  }
  lines.push('', `## ${OBJECTIVES_TITLE}`, '', `*${OBJECTIVES_QUESTION}*`, '', ...objectiveList(profile.objectives));
  return `${lines.join('\n')}\n`;
}
