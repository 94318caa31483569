import { ExternalHyperlink, HeadingLevel, Paragraph, type ParagraphChild, type Table, TextRun } from 'docx';
import { summaryGroups, type ReviewAction, type ReviewDocument, type ReviewObjective, type ReviewReport } from '@roundtable/shared/review/reviewDocument';
import type { PlanDocumentLead } from '@roundtable/shared/plan/planDocument';
import { cell, docxFile, DRAFT_RED, fitColumns, MUTED, mutedParagraph, statusParagraph, table } from './docxLayout';
import { dayText } from './exportWording';
import { printableReview, REVIEW_WORDING as words, SUMMARY_STATUSES, summaryStatus, webUrl } from './reviewWording';
import { keyLearningSection, surveySection } from './reviewDocxFeedback';
import { healthCheckDocx } from './healthCheckDocx';
import { heading, listItem, para, REVIEW_NUMBERING, small, SMALL, statusCell } from './reviewDocxParts';

/** Column widths, 17 cm (9,638 twentieths of a point) in all, before each table fits them to its longest words. */
const STATUS_WIDTHS = [3138, 1700, 1700, 1700, 1400] as const;
const HISTORY_WIDTHS = [700, 1500, 1300, 1300, 4838] as const;
const OVERDUE_WIDTHS = [3638, 1500, 1500, 3000] as const;

function leadCell(lead: PlanDocumentLead | null): Paragraph[] {
  return [para(lead ? lead.name : words.leadText(null)), ...(lead?.organisation ? [small(lead.organisation, { color: MUTED })] : [])];
}

/** What a lead's cell says: name and organisation, or "To be agreed". */
function leadWords(lead: PlanDocumentLead | null): string {
  return lead ? `${lead.name} ${lead.organisation}` : words.leadText(null);
}

function timescaleCell(action: ReviewAction): Paragraph[] {
  return [
    para(action.timescale),
    ...(action.dueBy ? [small(words.dueByText(action.dueBy), { color: MUTED })] : []),
    ...(action.overdue ? [new Paragraph({ spacing: { before: 40 }, children: [new TextRun({ text: words.overdueMark, bold: true, color: DRAFT_RED })] })] : []),
  ];
}

function statusTable(actions: readonly ReviewAction[]): Table {
  const widths = fitColumns(STATUS_WIDTHS, {
    titles: words.statusTableColumns,
    rows: actions.map((action) => [
      action.text,
      leadWords(action.councilLead),
      leadWords(action.thirdSectorLead),
      `${action.timescale} ${words.dueByText(action.dueBy)} ${action.overdue ? words.overdueMark : ''}`,
      action.latest.words,
    ]),
  });
  const [a, c, t, s, l] = widths as [number, number, number, number, number];
  return table(
    words.statusTableColumns,
    widths,
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
  const children: ParagraphChild[] = [new TextRun({ text: `${words.evidenceLabel} `, italics: true, size: SMALL })];
  report.evidence.forEach((e, i) => {
    if (i > 0) children.push(new TextRun({ text: '; ', size: SMALL }));
    const url = webUrl(e.url);
    const run = new TextRun({ text: e.text, size: SMALL, ...(url ? { style: 'Hyperlink', color: '0563C1', underline: {} } : {}) });
    children.push(url ? new ExternalHyperlink({ link: url, children: [run] }) : run);
  });
  return new Paragraph({ spacing: { before: 40 }, children });
}

function historyTable(reports: readonly { action: ReviewAction; report: ReviewReport }[]): Table {
  const widths = fitColumns(HISTORY_WIDTHS, {
    titles: words.historyColumns,
    rows: reports.map(({ action, report }) => [action.number, dayText(report.at), words.reportedByText(report), report.words, [report.note, ...report.evidence.map((e) => e.text)].join(' ')]),
  });
  const [a, d, r, s, n] = widths as [number, number, number, number, number];
  return table(
    words.historyColumns,
    widths,
    reports.map(({ action, report }) => {
      const evidence = evidenceParagraph(report);
      const note = report.note ? report.note.split('\n').map((line) => para(line)) : [];
      return [
        cell(action.number, a),
        cell(dayText(report.at), d),
        cell(words.reportedByText(report), r),
        statusCell(report, s),
        cell([...note, ...(evidence ? [evidence] : []), ...(note.length === 0 && !evidence ? [para('')] : [])], n),
      ];
    }),
  );
}

function objectiveSection(objective: ReviewObjective): (Paragraph | Table)[] {
  const head = heading(HeadingLevel.HEADING_2, words.objectiveHeading(objective));
  if (objective.actions.length === 0) return [head, mutedParagraph(words.noActions)];
  const reports = objective.actions.flatMap((action) => action.history.map((report) => ({ action, report })));
  return [
    head,
    statusTable(objective.actions),
    heading(HeadingLevel.HEADING_3, words.historyHeading(objective)),
    ...(reports.length > 0 ? [historyTable(reports)] : [mutedParagraph(words.noHistory)]),
  ];
}

function summarySection(doc: ReviewDocument): (Paragraph | Table)[] {
  const groups = summaryGroups(doc.summary);
  const { overall, bySector } = doc.summary;
  const width = Math.floor(5638 / (groups.length + 1));
  const widths = fitColumns([9638 - width * (groups.length + 1), ...Array.from({ length: groups.length + 1 }, () => width)], {
    titles: words.summaryColumns(groups),
    rows: [...SUMMARY_STATUSES.map((s) => [summaryStatus(s).words]), [words.summaryTotal]],
  });
  const right = Array.from({ length: groups.length + 1 }, (_, i) => i + 1);
  const rows = SUMMARY_STATUSES.map((s) => [
    statusCell(summaryStatus(s), widths[0]!),
    cell(String(overall.counts[s]), widths[1]!, { right: true }),
    ...groups.map((g, i) => cell(String(bySector[g].counts[s]), widths[i + 2]!, { right: true })),
  ]);
  const total = [
    cell(words.summaryTotal, widths[0]!, { header: true }),
    cell(String(overall.total), widths[1]!, { header: true, right: true }),
    ...groups.map((g, i) => cell(String(bySector[g].total), widths[i + 2]!, { header: true, right: true })),
  ];
  const notReported = words.notReportedText(overall.notReported);
  return [
    heading(HeadingLevel.HEADING_1, words.summaryTitle),
    table(words.summaryColumns(groups), widths, [...rows, total], right),
    ...(notReported ? [para(notReported)] : []),
    mutedParagraph(words.summaryExplain),
  ];
}

function overdueSection(doc: ReviewDocument): (Paragraph | Table)[] {
  const head = heading(HeadingLevel.HEADING_1, words.overdueTitle);
  if (doc.overdue.length === 0) return [head, para(words.nothingOverdue)];
  const widths = fitColumns(OVERDUE_WIDTHS, {
    titles: words.overdueColumns,
    rows: doc.overdue.map((o) => [o.text, o.timescale, o.latest.words, `${leadWords(o.councilLead)} ${leadWords(o.thirdSectorLead)}`]),
  });
  const [a, t, s, l] = widths as [number, number, number, number];
  const rows = doc.overdue.map((o) => [
    cell([para([new TextRun({ text: `${o.number}  `, bold: true }), new TextRun(o.text)])], a),
    cell(o.timescale, t),
    statusCell(o.latest, s),
    cell([...leadCell(o.councilLead), ...leadCell(o.thirdSectorLead)], l),
  ]);
  return [head, table(words.overdueColumns, widths, rows)];
}

function visionSection(doc: ReviewDocument): Paragraph[] {
  const { vision, principles } = doc.plan;
  return [
    heading(HeadingLevel.HEADING_1, words.visionTitle),
    mutedParagraph(words.visionQuestion, { keepNext: true, after: 120 }),
    ...(vision ? vision.split('\n').map((p) => para(p, { after: 120 })) : [mutedParagraph(words.noVision)]),
    heading(HeadingLevel.HEADING_2, words.principlesTitle),
    ...(principles.length > 0 ? principles.map((p) => listItem(p)) : [mutedParagraph(words.noPrinciples)]),
  ];
}

/**
 * [REVEXP1] The session-five review as a Word document: title, the day progress is reported as of (DRAFT until the
 * survey closes), the summary, overdue actions, each objective's actions with their latest status and history, the
 * vision revisited, key learning and the survey's results. Statuses are words on a RAG tint.
 */
export function reviewDocx(typed: ReviewDocument): Promise<Buffer> {
  const doc = printableReview(typed);
  const later = words.laterDraftText(doc);
  const pages = words.pages(doc);
  return docxFile({
    ...pages,
    footer: `${doc.title} · ${pages.header.label}`,
    numbering: REVIEW_NUMBERING,
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
      para([new TextRun({ text: words.subtitle(doc), size: 28, color: MUTED })]),
      statusParagraph(words.asOfText(doc), doc.draft, 28),
      para(words.basisText(doc)),
      ...(later ? [mutedParagraph(later)] : []),
      para(words.generatedText(doc)),
      ...summarySection(doc),
      ...overdueSection(doc),
      heading(HeadingLevel.HEADING_1, words.progressTitle),
      ...(doc.objectives.length > 0 ? doc.objectives.flatMap(objectiveSection) : [mutedParagraph(words.noObjectives)]),
      ...visionSection(doc),
      ...keyLearningSection(doc),
      ...surveySection(doc),
      ...healthCheckDocx(doc.healthCheck, HeadingLevel.HEADING_1, true),
    ],
  });
}
