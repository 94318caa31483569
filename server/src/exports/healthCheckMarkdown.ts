import type { HealthCheckDocument, HealthCheckDocumentRound } from '@roundtable/shared/healthCheck/healthCheckDocument';
import { HEALTH_CHECK_WORDING as words } from './healthCheckWording';
import { printable } from './exportWording';

/** Text as Markdown shows it literally (as the profile's own Markdown escapes it). */
const markdownText = (text: string) => printable(text).replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number, from = 1) => row(Array.from({ length: n }, (_, i) => (i >= from ? '---:' : '---')));

function roundLines(r: HealthCheckDocumentRound, hashes: string): string[] {
  const split = r.factors.some((f) => f.bySector !== null);
  return [
    '',
    `${hashes}# ${words.roundTitle(r.round)}`,
    '',
    words.responsesText(r),
    '',
    row(words.columns),
    rule(words.columns.length, 2),
    ...r.factors.map((f) => row([words.factorText(f), `**${words.medianText(f.median)}**`, ...words.countsOf(f)])),
    '',
    `**${words.sectorTitle}**`,
    '',
    ...(split
      ? [
          row(words.sectorColumns),
          rule(3),
          ...r.factors.map((f) => row([words.factorText(f), f.bySector ? words.medianText(f.bySector.council) : words.notSplit, f.bySector ? words.medianText(f.bySector.thirdSector) : words.notSplit])),
          '',
          `*${words.sectorNote}*`,
        ]
      : [`*${words.noSplitAtAll}*`]),
    '',
    `**${words.differencesTitle}**`,
    '',
    ...(r.differences.length > 0 ? r.differences.map((d) => `- ${words.differenceText(d)}`) : [`*${words.noDifferences}*`]),
    '',
    `**${words.commentsTitle}**`,
    '',
    ...(r.comments.length > 0 ? r.comments.map((c) => `- ${markdownText(c.split('\n').join(' '))}`) : [`*${words.noComments}*`]),
  ];
}

/**
 * [HEALTH11] The health check's section of a Markdown document, under a heading of `level`: each closed round's table
 * (the middle rating in bold, then every count), the split by sector or why not, the largest differences, the comments;
 * and, when `withChange`, the change between the rounds or why it is not there yet. Nothing when no round has closed.
 */
export function healthCheckMarkdown(doc: HealthCheckDocument | null | undefined, level: number, withChange: boolean): string[] {
  if (!doc) return [];
  const hashes = '#'.repeat(level);
  const lines = ['', `${hashes} ${words.title}`, '', `*${words.source}*`, ...doc.rounds.flatMap((r) => roundLines(r, hashes))];
  if (!withChange) return lines;
  if (!doc.changes) return [...lines, '', `*${words.roundTwoNotYet}*`];
  return [
    ...lines,
    '',
    `${hashes}# ${words.changeTitle}`,
    '',
    row(words.changeColumns),
    rule(4),
    ...doc.changes.map((c) => row([words.factorText(c), words.medianText(c.roundOne), words.medianText(c.roundTwo), `**${words.changeText(c.change)}**`])),
  ];
}
