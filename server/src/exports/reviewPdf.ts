import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PlanDocumentLead } from '@roundtable/shared/plan/planDocument';
import { summaryGroups, type ReviewAction, type ReviewDocument, type ReviewObjective, type ReviewReport } from '@roundtable/shared/review/reviewDocument';
import { dayText } from './exportWording';
import { printableReview, REVIEW_WORDING as words, SUMMARY_STATUSES, summaryStatus, webUrl } from './reviewWording';
import { keyLearningSection, surveySection } from './reviewPdfFeedback';
import { healthCheckPdf } from './healthCheckPdf';
import { reviewTable, statusCell } from './reviewPdfTable';
import { CELL_PADDING_PT, CELL_PADDING_X_PT, DRAFT_RED, FONT_SIZE_PT, headingPt, HEADINGS, LINE_PT, linesOf, MUTED, mutedLine, pdfPage, renderPdf, ROW_PT, SAFETY_PT, statusBlock } from './pdfLayout';

const SMALL_PT = 8.5;
const LINK_BLUE = '#0b57d0';
/** The status table's fixed columns (pt): the leads, the timescale and the latest status; the action takes what is left. */
const LEAD_COLUMN_PT = 78;
const TIMESCALE_COLUMN_PT = 72;
const STATUS_COLUMN_PT = 64;
const ACTION_CHARS_PER_LINE = 24;
const HEADING_CHARS_PER_LINE = 66;
/** An estimate of a character's width as a share of its font size: Roboto's text averages a little under half. */
const CHAR_EM = 0.5;
/** A line's height as a share of its font size: Roboto's ascent to descent (2,400 of its 2,048 units) at line height 1.2. */
const LINE_EM = (2400 / 2048) * 1.2;
/**
 * Rows are kept whole unless one could be taller than a page (a report with a long note and ten pieces of evidence):
 * pdfmake leaves out a row it must keep whole that is taller than a page, so such a table lets its rows run on.
 */
const WHOLE_ROW_MAX_PT = 360;
const NOTE_CHARS_PER_LINE = 44;

function leadCell(lead: PlanDocumentLead | null): Content {
  return { stack: [lead ? lead.name : words.leadText(null), ...(lead?.organisation ? [{ text: lead.organisation, color: MUTED, fontSize: SMALL_PT }] : [])] };
}

function numbered(number: string, text: string): TableCell {
  return { text: [{ text: `${number}  `, bold: true }, text] };
}

function timescaleCell(action: ReviewAction): TableCell {
  return {
    stack: [
      action.timescale,
      ...(action.dueBy ? [{ text: words.dueByText(action.dueBy), color: MUTED, fontSize: SMALL_PT }] : []),
      ...(action.overdue ? [{ text: words.overdueMark, bold: true, color: DRAFT_RED, margin: [0, 2, 0, 0] as [number, number, number, number] }] : []),
    ],
  };
}

function reportNote(report: ReviewReport): TableCell {
  const evidence = report.evidence.flatMap((e, i) => {
    const url = webUrl(e.url);
    return [...(i > 0 ? ['; '] : []), url ? { text: e.text, link: url, color: LINK_BLUE, decoration: 'underline' as const } : e.text];
  });
  return {
    stack: [
      ...(report.note ? report.note.split('\n') : []),
      ...(evidence.length > 0 ? [{ text: [{ text: `${words.evidenceLabel} `, italics: true }, ...evidence], fontSize: SMALL_PT, margin: [0, 2, 0, 0] as [number, number, number, number] }] : []),
    ],
  };
}

function reportPt(report: ReviewReport): number {
  const note = report.note.split('\n').reduce((n, line) => n + linesOf(line, NOTE_CHARS_PER_LINE), 0);
  const evidence = linesOf(report.evidence.map((e) => e.text).join('; '), NOTE_CHARS_PER_LINE);
  return (note + evidence) * LINE_PT + ROW_PT;
}

function objectiveSection(objective: ReviewObjective): Content[] {
  // The heading is the table's first header row: it repeats on each page the table runs onto, and never ends a page
  // alone. Laying the heading out this way, rather than moving it with pageBreakBefore, also spares pdfmake a
  // whole relayout of the document for every heading it would move.
  if (objective.actions.length === 0) return [{ stack: [{ text: words.objectiveHeading(objective), style: 'subheading' }, mutedLine(words.noActions)], unbreakable: true }];
  const status = reviewTable(
    ['*', LEAD_COLUMN_PT, LEAD_COLUMN_PT, TIMESCALE_COLUMN_PT, STATUS_COLUMN_PT],
    words.statusTableColumns,
    objective.actions.map((a) => [numbered(a.number, a.text), leadCell(a.councilLead), leadCell(a.thirdSectorLead), timescaleCell(a), statusCell(a.latest)]),
    { title: words.objectiveHeading(objective), asHeading: true },
  );
  const reports = objective.actions.flatMap((action) => action.history.map((report) => ({ action, report })));
  const history: Content =
    reports.length === 0
      ? mutedLine(words.noHistory)
      : reviewTable(
          [34, 72, 62, 56, '*'],
          words.historyColumns,
          reports.map(({ action, report }) => [action.number, dayText(report.at), words.reportedByText(report), statusCell(report), reportNote(report)]),
          { wholeRows: reports.every(({ report }) => reportPt(report) <= WHOLE_ROW_MAX_PT), fontSize: 9, title: words.historyHeading(objective) },
        );
  return [status, reports.length === 0 ? { text: words.historyHeading(objective), bold: true, margin: [0, 8, 0, 2] } : { text: '', margin: [0, 4, 0, 0] }, history];
}

/** The height of a text in a status table column of `columnPt`, at `fontPt`, by an estimate of the characters a line holds. */
function cellTextPt(text: string, columnPt: number, fontPt = FONT_SIZE_PT): number {
  return linesOf(text, Math.floor((columnPt - 2 * CELL_PADDING_X_PT) / (fontPt * CHAR_EM))) * fontPt * LINE_EM;
}

/** The height of an action's row in its objective's status table: its tallest cell, with the padding and the rule. */
function actionRowPt(action: ReviewAction): number {
  const lead = (l: PlanDocumentLead | null) => cellTextPt(l ? l.name : words.leadText(null), LEAD_COLUMN_PT) + (l?.organisation ? cellTextPt(l.organisation, LEAD_COLUMN_PT, SMALL_PT) : 0);
  const timescale =
    cellTextPt(action.timescale, TIMESCALE_COLUMN_PT) +
    (action.dueBy ? cellTextPt(words.dueByText(action.dueBy), TIMESCALE_COLUMN_PT, SMALL_PT) : 0) +
    (action.overdue ? FONT_SIZE_PT * LINE_EM + 2 : 0);
  const text = linesOf(`${action.number}  ${action.text}`, ACTION_CHARS_PER_LINE) * FONT_SIZE_PT * LINE_EM;
  return Math.max(text, lead(action.councilLead), lead(action.thirdSectorLead), timescale, cellTextPt(action.latest.words, STATUS_COLUMN_PT)) + ROW_PT;
}

/**
 * Room an objective's start needs: its heading (the status table's first header row, with the heading's margin above
 * it), the column names, and its first action's whole row, which the table keeps with its header rows.
 */
function objectiveStartPt(objective: ReviewObjective): number {
  const first = objective.actions[0];
  const headingLines = linesOf(words.objectiveHeading(objective), HEADING_CHARS_PER_LINE);
  const heading = HEADINGS.subheading.marginTopPt + headingLines * HEADINGS.subheading.fontSize * LINE_EM;
  if (!first) return heading + HEADINGS.subheading.marginBottomPt + FONT_SIZE_PT * LINE_EM + SAFETY_PT;
  return heading + CELL_PADDING_PT + 1 + ROW_PT + FONT_SIZE_PT * LINE_EM + actionRowPt(first) + SAFETY_PT;
}

function summarySection(doc: ReviewDocument): Content[] {
  const groups = summaryGroups(doc.summary);
  const { overall, bySector } = doc.summary;
  const right = Array.from({ length: groups.length + 1 }, (_, i) => i + 1);
  const count = (n: number, bold = false): TableCell => ({ text: String(n), alignment: 'right', bold });
  const rows: TableCell[][] = SUMMARY_STATUSES.map((s) => [statusCell(summaryStatus(s)), count(overall.counts[s]), ...groups.map((g) => count(bySector[g].counts[s]))]);
  rows.push([{ text: words.summaryTotal, bold: true }, count(overall.total, true), ...groups.map((g) => count(bySector[g].total, true))]);
  const notReported = words.notReportedText(overall.notReported);
  return [
    { text: words.summaryTitle, style: 'heading', headlineLevel: 1, id: 'summary' },
    reviewTable(['*', ...groups.map(() => 90), 90], words.summaryColumns(groups), rows, { right }),
    ...(notReported ? [{ text: notReported, margin: [0, 6, 0, 0] as [number, number, number, number] }] : []),
    { text: words.summaryExplain, style: 'question', fontSize: 9, margin: [0, 4, 0, 0] },
  ];
}

function overdueSection(doc: ReviewDocument): Content[] {
  const head: Content = { text: words.overdueTitle, style: 'heading', headlineLevel: 1, id: 'overdue' };
  if (doc.overdue.length === 0) return [head, { text: words.nothingOverdue }];
  const rows = doc.overdue.map((o): TableCell[] => [numbered(o.number, o.text), o.timescale, statusCell(o.latest), { stack: [leadCell(o.councilLead), leadCell(o.thirdSectorLead)] }]);
  return [head, reviewTable(['*', 72, 70, 130], words.overdueColumns, rows)];
}

function visionSection(doc: ReviewDocument): Content[] {
  const { vision, principles } = doc.plan;
  return [
    { text: words.visionTitle, style: 'heading', headlineLevel: 1, id: 'vision' },
    mutedLine(words.visionQuestion, 'question'),
    ...(vision ? vision.split('\n').map((p): Content => ({ text: p, margin: [0, 0, 0, 6] })) : [mutedLine(words.noVision)]),
    // At most 12 principles (PLAN1): the heading and the list stay together on one page.
    { stack: [{ text: words.principlesTitle, style: 'subheading' }, principles.length > 0 ? { ul: [...principles] } : mutedLine(words.noPrinciples)], unbreakable: true },
  ];
}

function reviewPdfDefinition(doc: ReviewDocument): TDocumentDefinitions {
  const later = words.laterDraftText(doc);
  const sectionPt = (firstPt: number) => headingPt('heading') + firstPt;
  const tableStart = 2 * (LINE_PT + ROW_PT) + SAFETY_PT;
  const first = doc.objectives[0];
  const startRoom = new Map<string, number>([
    ['summary', sectionPt(tableStart)],
    ['overdue', sectionPt(tableStart)],
    ['progress', HEADINGS.heading.fontSize * LINE_EM + HEADINGS.heading.marginBottomPt + (first ? objectiveStartPt(first) : LINE_PT + SAFETY_PT)],
    ['vision', sectionPt(3 * LINE_PT + SAFETY_PT)],
    // The prompt, then the first subheading and its first lines: the section's heading never ends a page alone.
    ['key-learning', sectionPt(2 * LINE_PT + HEADINGS.subheading.marginTopPt + headingPt('subheading') + 2 * LINE_PT + SAFETY_PT)],
    ['key-learning-agreed', headingPt('subheading') + 2 * LINE_PT + SAFETY_PT],
    ['key-learning-all', headingPt('subheading') + 2 * LINE_PT + SAFETY_PT],
    ['survey', sectionPt(3 * LINE_PT + tableStart)],
    ['survey-sector', headingPt('subheading') + tableStart],
    ...(doc.survey.results?.text ?? []).map((_, i): [string, number] => [`survey-text-${i}`, headingPt('subheading', 2) + 2 * LINE_PT + SAFETY_PT]),
  ]);
  return pdfPage({
    ...words.pages(doc),
    footer: `${doc.title} · ${doc.area}`,
    startRoom,
    content: [
      { text: doc.title, style: 'title' },
      { text: words.subtitle(doc), style: 'subtitle' },
      statusBlock(words.asOfText(doc), doc.draft, 12),
      { text: words.basisText(doc) },
      ...(later ? [{ text: later, italics: true, color: MUTED, margin: [0, 4, 0, 0] as [number, number, number, number] }] : []),
      { text: words.generatedText(doc), color: MUTED },
      ...summarySection(doc),
      ...overdueSection(doc),
      { text: words.progressTitle, style: 'heading', headlineLevel: 1, id: 'progress' },
      ...(doc.objectives.length > 0 ? doc.objectives.flatMap(objectiveSection) : [mutedLine(words.noObjectives)]),
      ...visionSection(doc),
      ...keyLearningSection(doc),
      ...surveySection(doc),
      ...healthCheckPdf(doc.healthCheck, true),
    ],
  });
}

/**
 * [REVEXP1] The session-five review as an A4 PDF with the same content as the Word document; a heading never stands
 * alone at the foot of a page, a table's header row repeats on each page, and every page carries the workshop,
 * "Review" and the day it is as of (DRAFT until the survey closes) above, and "Page X of Y" below.
 */
export function reviewPdf(typed: ReviewDocument): Promise<Buffer> {
  return renderPdf(reviewPdfDefinition(printableReview(typed)));
}
