import { BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild, type Table } from 'docx';
import { summaryGroups, type ReviewAction, type ReviewDocument, type ReviewObjective, type ReviewReport } from '@roundtable/shared/review/reviewDocument';
import type { PlanDocumentLead } from '@roundtable/shared/plan/planDocument';
import { cell, DRAFT_RED, headerRun, MUTED, mutedParagraph, PAGE, pageFooter, runningHeader, STYLES, table } from './docxLayout';
import { dayText } from './exportWording';
import { keyLearningSection, surveySection } from './reviewDocxFeedback';
import { heading, listItem, para, REVIEW_NUMBERING, small, SMALL, statusCell } from './reviewDocxParts';
import {
  asOfText,
  basisText,
  dueByText,
  EVIDENCE_LABEL,
  generatedText,
  headerAsOfText,
  HISTORY_COLUMNS,
  historyHeading,
  laterDraftText,
  leadText,
  NO_ACTIONS,
  NO_HISTORY,
  NO_OBJECTIVES,
  NO_PRINCIPLES,
  NO_VISION,
  NOTHING_OVERDUE,
  notReportedText,
  objectiveHeading,
  OVERDUE_COLUMNS,
  OVERDUE_MARK,
  OVERDUE_TITLE,
  PRINCIPLES_TITLE,
  printableReview,
  PROGRESS_TITLE,
  reportedByText,
  reviewSubtitle,
  STATUS_TABLE_COLUMNS,
  SUMMARY_ALL,
  SUMMARY_EXPLAIN,
  SUMMARY_GROUP_TITLES,
  SUMMARY_STATUSES,
  SUMMARY_TITLE,
  SUMMARY_TOTAL,
  summaryStatus,
  VISION_QUESTION,
  VISION_TITLE,
  webUrl,
} from './reviewWording';

/** Column widths, 17 cm (9,638 twentieths of a point) in all. */
const STATUS_WIDTHS = [3138, 1700, 1700, 1700, 1400] as const;
const HISTORY_WIDTHS = [700, 1500, 1300, 1300, 4838] as const;
const OVERDUE_WIDTHS = [3638, 1500, 1500, 3000] as const;

function leadCell(lead: PlanDocumentLead | null): Paragraph[] {
  return [para(lead ? lead.name : leadText(null)), ...(lead?.organisation ? [small(lead.organisation, { color: MUTED })] : [])];
}

function timescaleCell(action: ReviewAction): Paragraph[] {
  return [
    para(action.timescale),
    ...(action.dueBy ? [small(dueByText(action.dueBy), { color: MUTED })] : []),
    ...(action.overdue ? [new Paragraph({ spacing: { before: 40 }, children: [new TextRun({ text: OVERDUE_MARK, bold: true, color: DRAFT_RED })] })] : []),
  ];
}

function statusTable(actions: readonly ReviewAction[]): Table {
  const [a, c, t, s, l] = STATUS_WIDTHS;
  return table(
    STATUS_TABLE_COLUMNS,
    STATUS_WIDTHS,
    actions.map((action) => [
      cell([para([new TextRun({ text: `${action.number}  `, bold: true }), new TextRun(action.text)])], a),
      cell(leadCell(action.councilLead), c),
      cell(leadCell(action.thirdSectorLead), t),
      cell(timescaleCell(action), s),
      statusCell(action.latest, l),
    ]),
  );
}

function evidenceParagraph(report: ReviewReport): Paragraph | null {
  if (report.evidence.length === 0) return null;
  const children: ParagraphChild[] = [new TextRun({ text: `${EVIDENCE_LABEL} `, italics: true, size: SMALL })];
  report.evidence.forEach((e, i) => {
    if (i > 0) children.push(new TextRun({ text: '; ', size: SMALL }));
    const url = webUrl(e.url);
    const run = new TextRun({ text: e.text, size: SMALL, ...(url ? { style: 'Hyperlink', color: '0563C1', underline: {} } : {}) });
    children.push(url ? new ExternalHyperlink({ link: url, children: [run] }) : run);
  });
  return new Paragraph({ spacing: { before: 40 }, children });
}

function historyTable(reports: readonly { action: ReviewAction; report: ReviewReport }[]): Table {
  const [a, d, r, s, n] = HISTORY_WIDTHS;
  return table(
    HISTORY_COLUMNS,
    HISTORY_WIDTHS,
    reports.map(({ action, report }) => {
      const evidence = evidenceParagraph(report);
      const note = report.note ? report.note.split('\n').map((line) => para(line)) : [];
      return [
        cell(action.number, a),
        cell(dayText(report.at), d),
        cell(reportedByText(report), r),
        statusCell(report, s),
        cell([...note, ...(evidence ? [evidence] : []), ...(note.length === 0 && !evidence ? [para('')] : [])], n),
      ];
    }),
  );
}

function objectiveSection(objective: ReviewObjective): (Paragraph | Table)[] {
  const head = heading(HeadingLevel.HEADING_2, objectiveHeading(objective));
  if (objective.actions.length === 0) return [head, mutedParagraph(NO_ACTIONS)];
  const reports = objective.actions.flatMap((action) => action.history.map((report) => ({ action, report })));
  return [
    head,
    statusTable(objective.actions),
    heading(HeadingLevel.HEADING_3, historyHeading(objective)),
    ...(reports.length > 0 ? [historyTable(reports)] : [mutedParagraph(NO_HISTORY)]),
  ];
}

function summarySection(doc: ReviewDocument): (Paragraph | Table)[] {
  const groups = summaryGroups(doc.summary);
  const { overall, bySector } = doc.summary;
  const width = Math.floor(5638 / (groups.length + 1));
  const widths = [9638 - width * (groups.length + 1), ...Array.from({ length: groups.length + 1 }, () => width)];
  const right = Array.from({ length: groups.length + 1 }, (_, i) => i + 1);
  const rows = SUMMARY_STATUSES.map((s) => [
    statusCell(summaryStatus(s), widths[0]!),
    cell(String(overall.counts[s]), widths[1]!, { right: true }),
    ...groups.map((g, i) => cell(String(bySector[g].counts[s]), widths[i + 2]!, { right: true })),
  ]);
  const total = [
    cell(SUMMARY_TOTAL, widths[0]!, { header: true }),
    cell(String(overall.total), widths[1]!, { header: true, right: true }),
    ...groups.map((g, i) => cell(String(bySector[g].total), widths[i + 2]!, { header: true, right: true })),
  ];
  const notReported = notReportedText(overall.notReported);
  return [
    heading(HeadingLevel.HEADING_1, SUMMARY_TITLE),
    table(['Status', SUMMARY_ALL, ...groups.map((g) => SUMMARY_GROUP_TITLES[g])], widths, [...rows, total], right),
    ...(notReported ? [para(notReported)] : []),
    mutedParagraph(SUMMARY_EXPLAIN),
  ];
}

function overdueSection(doc: ReviewDocument): (Paragraph | Table)[] {
  const head = heading(HeadingLevel.HEADING_1, OVERDUE_TITLE);
  if (doc.overdue.length === 0) return [head, para(NOTHING_OVERDUE)];
  const [a, t, s, l] = OVERDUE_WIDTHS;
  const rows = doc.overdue.map((o) => [
    cell([para([new TextRun({ text: `${o.number}  `, bold: true }), new TextRun(o.text)])], a),
    cell(o.timescale, t),
    statusCell(o.latest, s),
    cell([...leadCell(o.councilLead), ...leadCell(o.thirdSectorLead)], l),
  ]);
  return [head, table(OVERDUE_COLUMNS, OVERDUE_WIDTHS, rows)];
}

function visionSection(doc: ReviewDocument): Paragraph[] {
  const { vision, principles } = doc.plan;
  return [
    heading(HeadingLevel.HEADING_1, VISION_TITLE),
    mutedParagraph(VISION_QUESTION, { keepNext: true, after: 120 }),
    ...(vision ? vision.split('\n').map((p) => para(p, { after: 120 })) : [mutedParagraph(NO_VISION)]),
    heading(HeadingLevel.HEADING_2, PRINCIPLES_TITLE),
    ...(principles.length > 0 ? principles.map((p) => listItem(p)) : [mutedParagraph(NO_PRINCIPLES)]),
  ];
}

/** Under the title: a red-boxed "DRAFT: progress as of …" while the survey is open, else the day in bold. */
function asOfParagraph(doc: ReviewDocument): Paragraph {
  if (!doc.draft) return new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: asOfText(doc), bold: true })] });
  const line = { style: BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 } as const;
  return new Paragraph({
    spacing: { before: 160, after: 160 },
    border: { top: line, bottom: line, left: line, right: line },
    children: [new TextRun({ text: asOfText(doc), bold: true, color: DRAFT_RED, size: 28 })],
  });
}

/**
 * [REVEXP1] The session-five review as a Word document: title, the day progress is reported as of (DRAFT until the
 * survey closes), the summary, overdue actions, each objective's actions with their latest status and history, the
 * vision revisited, key learning and the survey's results. Statuses are words on a RAG tint.
 */
export function reviewDocx(typed: ReviewDocument): Promise<Buffer> {
  const doc = printableReview(typed);
  const later = laterDraftText(doc);
  const document = new Document({
    creator: 'Roundtable',
    lastModifiedBy: 'Roundtable',
    title: `${doc.title}: review (${headerAsOfText(doc)})`,
    description: reviewSubtitle(doc),
    styles: STYLES,
    numbering: { config: REVIEW_NUMBERING },
    sections: [
      {
        properties: PAGE,
        headers: runningHeader([headerRun(`${doc.title} · Review · `), headerRun(headerAsOfText(doc), doc.draft ? { bold: true, color: DRAFT_RED } : {})]),
        footers: pageFooter(`${doc.title} · Review`),
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          para([new TextRun({ text: reviewSubtitle(doc), size: 28, color: MUTED })]),
          asOfParagraph(doc),
          para(basisText(doc)),
          ...(later ? [mutedParagraph(later)] : []),
          para(generatedText(doc)),
          ...summarySection(doc),
          ...overdueSection(doc),
          heading(HeadingLevel.HEADING_1, PROGRESS_TITLE),
          ...(doc.objectives.length > 0 ? doc.objectives.flatMap(objectiveSection) : [mutedParagraph(NO_OBJECTIVES)]),
          ...visionSection(doc),
          ...keyLearningSection(doc),
          ...surveySection(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
