import type { HealthCheckDocument, HealthCheckDocumentRound } from '@roundtable/shared/healthCheck/healthCheckDocument';
import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import { cell, fitColumns, mutedParagraph, table } from './docxLayout';
import { printable } from './exportWording';
import { HEALTH_CHECK_WORDING as words } from './healthCheckWording';

/** The round's table: 9 pt (half-points), its header 8 pt, so eight columns fit 17 cm with their words whole. */
const SIZE = 18;
const HEADER_SIZE = 16;
const WIDTHS = [2838, 1800, 800, 800, 800, 800, 800, 1000] as const;
const SECTOR_WIDTHS = [4838, 2400, 2400] as const;
const CHANGE_WIDTHS = [3638, 2200, 2200, 1600] as const;

const bold = (text: string) => new Paragraph({ keepNext: true, spacing: { before: 160, after: 80 }, children: [new TextRun({ text, bold: true })] });
const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });

function roundParts(r: HealthCheckDocumentRound, subheading: (typeof HeadingLevel)['HEADING_2' | 'HEADING_3']): (Paragraph | Table)[] {
  const split = r.factors.some((f) => f.bySector !== null);
  const widths = fitColumns(WIDTHS, { titles: words.columns, rows: r.factors.map((f) => [words.factorText(f)]), headerSize: HEADER_SIZE, bodySize: SIZE });
  const rows = r.factors.map((f) => [
    cell(words.factorText(f), widths[0]!, { size: SIZE }),
    cell([new Paragraph({ children: [new TextRun({ text: words.medianText(f.median), bold: true, size: SIZE })] })], widths[1]!),
    ...words.countsOf(f).map((n, i) => cell(n, widths[i + 2]!, { right: true, size: SIZE })),
  ]);
  const parts: (Paragraph | Table)[] = [
    new Paragraph({ heading: subheading, keepNext: true, children: [new TextRun(words.roundTitle(r.round))] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun(words.responsesText(r))] }),
    table(words.columns, widths, rows, words.columns.map((_, i) => i).slice(2), HEADER_SIZE),
    bold(words.sectorTitle),
  ];
  if (split) {
    const [a, b, c] = SECTOR_WIDTHS;
    parts.push(
      table(words.sectorColumns, [a, b, c], r.factors.map((f) => [cell(words.factorText(f), a), cell(f.bySector ? words.medianText(f.bySector.council) : words.notSplit, b), cell(f.bySector ? words.medianText(f.bySector.thirdSector) : words.notSplit, c)])),
      mutedParagraph(words.sectorNote),
    );
  } else parts.push(mutedParagraph(words.noSplitAtAll));
  parts.push(bold(words.differencesTitle), ...(r.differences.length > 0 ? r.differences.map((d) => bullet(words.differenceText(d))) : [mutedParagraph(words.noDifferences)]));
  parts.push(bold(words.commentsTitle), ...(r.comments.length > 0 ? r.comments.map((c) => bullet(printable(c.split('\n').join(' ')))) : [mutedParagraph(words.noComments)]));
  return parts;
}

/**
 * [HEALTH11] The health check's section of a Word document, under `level`: each closed round's table (the middle rating
 * in bold, then every count), the split by sector or why not, the largest differences, the comments; and, when
 * `withChange`, the change between the rounds or why it is not there yet. Nothing when no round has closed.
 */
export function healthCheckDocx(doc: HealthCheckDocument | null | undefined, level: (typeof HeadingLevel)['HEADING_1' | 'HEADING_2'], withChange: boolean): (Paragraph | Table)[] {
  if (!doc) return [];
  const sub = level === HeadingLevel.HEADING_1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  const lines: (Paragraph | Table)[] = [new Paragraph({ heading: level, keepNext: true, children: [new TextRun(words.title)] }), mutedParagraph(words.source, { after: 120 }), ...doc.rounds.flatMap((r) => roundParts(r, sub))];
  if (!withChange) return lines;
  if (!doc.changes) return [...lines, mutedParagraph(words.roundTwoNotYet)];
  const [a, b, c, d] = CHANGE_WIDTHS;
  return [
    ...lines,
    new Paragraph({ heading: sub, keepNext: true, children: [new TextRun(words.changeTitle)] }),
    table(
      words.changeColumns,
      [a, b, c, d],
      doc.changes.map((ch) => [cell(words.factorText(ch), a), cell(words.medianText(ch.roundOne), b), cell(words.medianText(ch.roundTwo), c), cell([new Paragraph({ children: [new TextRun({ text: words.changeText(ch.change), bold: true })] })], d)]),
    ),
  ];
}
