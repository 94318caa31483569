import type { HealthCheckDocument, HealthCheckDocumentRound } from '@roundtable/shared/healthCheck/healthCheckDocument';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { printable } from './exportWording';
import { HEALTH_CHECK_WORDING as words } from './healthCheckWording';
import { mutedLine } from './pdfLayout';
import { reviewTable } from './reviewPdfTable';

function roundContent(r: HealthCheckDocumentRound): Content[] {
  const split = r.factors.some((f) => f.bySector !== null);
  const right = words.columns.map((_, i) => i).slice(2);
  const rows = r.factors.map((f): TableCell[] => [words.factorText(f), { text: words.medianText(f.median), bold: true }, ...words.countsOf(f).map((n): TableCell => ({ text: n, alignment: 'right' }))]);
  return [
    { text: words.roundTitle(r.round), style: 'subheading', headlineLevel: 2, id: `health-round-${r.round}` },
    { text: words.responsesText(r), margin: [0, 0, 0, 4] },
    reviewTable(['*', 86, 30, 30, 30, 32, 28, 34], words.columns, rows, { right, fontSize: 8, paddingX: 3 }),
    { text: words.sectorTitle, bold: true, margin: [0, 8, 0, 4] },
    split
      ? reviewTable(
          ['*', 110, 110],
          words.sectorColumns,
          r.factors.map((f): TableCell[] => [words.factorText(f), f.bySector ? words.medianText(f.bySector.council) : words.notSplit, f.bySector ? words.medianText(f.bySector.thirdSector) : words.notSplit]),
        )
      : mutedLine(words.noSplitAtAll),
    ...(split ? [mutedLine(words.sectorNote)] : []),
    { text: words.differencesTitle, bold: true, margin: [0, 8, 0, 4] },
    r.differences.length > 0 ? { ul: r.differences.map(words.differenceText) } : mutedLine(words.noDifferences),
    { text: words.commentsTitle, bold: true, margin: [0, 8, 0, 4] },
    r.comments.length > 0 ? { ul: r.comments.map((c) => printable(c.split('\n').join(' '))) } : mutedLine(words.noComments),
  ];
}

/**
 * [HEALTH11] The health check's section of a PDF: each closed round's table (the middle rating in bold, then every
 * count), the split by sector or why not, the largest differences, the comments; and, when `withChange`, the change
 * between the rounds or why it is not there yet. Nothing when no round has closed.
 */
export function healthCheckPdf(doc: HealthCheckDocument | null | undefined, withChange: boolean): Content[] {
  if (!doc) return [];
  const lines: Content[] = [{ text: words.title, style: 'heading', headlineLevel: 1, id: 'health-check' }, mutedLine(words.source), ...doc.rounds.flatMap(roundContent)];
  if (!withChange) return lines;
  if (!doc.changes) return [...lines, mutedLine(words.roundTwoNotYet)];
  return [
    ...lines,
    { text: words.changeTitle, style: 'subheading', headlineLevel: 2, id: 'health-change' },
    reviewTable(
      ['*', 100, 100, 70],
      words.changeColumns,
      doc.changes.map((c): TableCell[] => [words.factorText(c), words.medianText(c.roundOne), words.medianText(c.roundTwo), { text: words.changeText(c.change), bold: true }]),
    ),
  ];
}
