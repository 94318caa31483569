import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PlanDocument, PlanDocumentAction, PlanDocumentLead, PlanDocumentObjective } from '@roundtable/shared/plan/planDocument';
import { headingPt, LINE_PT, linesOf, MUTED, mutedLine, pdfPage, renderPdf, ROW_PT, SAFETY_PT, statusBlock, TABLE_LAYOUT } from './pdfLayout';
import { isDraft, PLAN_WORDING as words, printablePlan } from './planWording';
import { profilePdfIntro, profilePdfSections } from './profilePdf';

/** Council lead, third-sector lead and timescale columns (pt); the action takes the rest. */
const LEAD_WIDTH_PT = 100;
const TIMESCALE_WIDTH_PT = 62;
const SMALL_PT = 9;

/*
 * The room an objective's start needs below its heading's top: the heading, the table's header row and its first
 * action's row. Characters a line are counted low (so lines high) for Roboto in each column: it sets about 36 in
 * the action column at 10 pt, 18 in a lead column, 80 across the page in a 12 pt heading.
 */
const HEADING_CHARS_PER_LINE = 66;
const ACTION_CHARS_PER_LINE = 30;
const LEAD_CHARS_PER_LINE = 15;
const TIMESCALE_CHARS_PER_LINE = 9;

function actionLines(action: PlanDocumentAction): number {
  const notes = words.notesLines(action.notes).reduce((n, line) => n + linesOf(line, ACTION_CHARS_PER_LINE), 0);
  const exception = action.leadException ? linesOf(words.leadExceptionText(action.leadException), ACTION_CHARS_PER_LINE) : 0;
  return linesOf(`${action.number}  ${action.text}`, ACTION_CHARS_PER_LINE) + notes + exception;
}

function leadLines(lead: PlanDocumentLead | null): number {
  return lead ? linesOf(lead.name, LEAD_CHARS_PER_LINE) + (lead.organisation ? linesOf(lead.organisation, LEAD_CHARS_PER_LINE) : 0) : 1;
}

function rowPt(action: PlanDocumentAction): number {
  return Math.max(actionLines(action), leadLines(action.councilLead), leadLines(action.thirdSectorLead), linesOf(action.timescale, TIMESCALE_CHARS_PER_LINE)) * LINE_PT + ROW_PT;
}

function objectiveStartPt(objective: PlanDocumentObjective): number {
  const heading = headingPt('subheading', linesOf(words.objectiveHeading(objective), HEADING_CHARS_PER_LINE));
  const first = objective.actions[0];
  if (!first) return heading + LINE_PT + SAFETY_PT;
  return heading + LINE_PT + ROW_PT + rowPt(first) + SAFETY_PT;
}

/**
 * Rows are kept whole on a page, and the first with the header row, unless one could be too tall for a page (an
 * action with long notes): pdfmake leaves out altogether a row it must keep whole that is taller than a page, so
 * such a table lets its rows run on instead.
 */
const WHOLE_ROW_MAX_PT = 360;

function small(text: string): Content {
  return { text, italics: true, color: MUTED, fontSize: SMALL_PT, margin: [0, 2, 0, 0] };
}

function actionCell(action: PlanDocumentAction): TableCell {
  return {
    stack: [
      { text: [{ text: `${action.number}  `, bold: true }, action.text] },
      ...words.notesLines(action.notes).map(small),
      ...(action.leadException ? [small(words.leadExceptionText(action.leadException))] : []),
    ],
  };
}

function leadCell(lead: PlanDocumentLead | null): TableCell {
  if (!lead) return mutedLine(words.notYet);
  return { stack: [lead.name, ...(lead.organisation ? [{ text: lead.organisation, color: MUTED, fontSize: SMALL_PT }] : [])] };
}

function actionTable(actions: readonly PlanDocumentAction[]): Content {
  const header: TableCell[] = words.actionColumns.map((text) => ({ text, style: 'tableHeader' }));
  const rows: TableCell[][] = actions.map((a) => [actionCell(a), leadCell(a.councilLead), leadCell(a.thirdSectorLead), a.timescale ? a.timescale : mutedLine(words.notYet)]);
  const wholeRows = actions.every((a) => rowPt(a) <= WHOLE_ROW_MAX_PT);
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: wholeRows ? 1 : 0,
      dontBreakRows: wholeRows,
      widths: ['*', LEAD_WIDTH_PT, LEAD_WIDTH_PT, TIMESCALE_WIDTH_PT],
      body: [header, ...rows],
    },
    layout: TABLE_LAYOUT,
  };
}

function objectiveSection(objective: PlanDocumentObjective): Content[] {
  return [
    { text: words.objectiveHeading(objective), style: 'subheading', headlineLevel: 2, id: `objective-${objective.number}` },
    objective.actions.length === 0 ? mutedLine(words.noActions) : actionTable(objective.actions),
  ];
}

/** [PLAN10] An agreed version's answers by sector and the concerns raised; nothing for a draft. */
function agreementSection(plan: PlanDocument): Content[] {
  const { agreement } = plan;
  if (!agreement) return [];
  return [
    { text: words.agreementTitle, style: 'heading', headlineLevel: 1, id: 'agreement' },
    { text: words.answersIntro },
    { ul: words.answerLines(agreement), margin: [0, 2, 0, 6] },
    ...(agreement.concerns.length === 0
      ? [mutedLine(words.noConcerns)]
      : [{ text: words.concernsIntro(agreement.concerns.length) }, { ul: agreement.concerns.map(words.concernText), margin: [0, 2, 0, 0] } as Content]),
  ];
}

function planPdfDefinition(plan: PlanDocument): TDocumentDefinitions {
  const organisations = words.organisationsText(plan);
  const appendix = profilePdfSections(plan.profile, 'subheading', 'profile-', words.appendixNoObjectives(plan));
  const sectionPt = (firstPt: number) => headingPt('heading') + firstPt;
  const first = plan.objectives[0];
  const startRoom = new Map([
    ['vision', sectionPt(2 * LINE_PT + SAFETY_PT)],
    ['principles', sectionPt(2 * LINE_PT + SAFETY_PT)],
    ['objectives', sectionPt(first ? objectiveStartPt(first) : LINE_PT + SAFETY_PT)],
    ...plan.objectives.map((o): [string, number] => [`objective-${o.number}`, objectiveStartPt(o)]),
    ['review', sectionPt(LINE_PT + SAFETY_PT)],
    ['agreement', sectionPt(2 * LINE_PT + SAFETY_PT)],
    ...appendix.startRoom,
  ]);
  return pdfPage({
    ...words.pages(plan),
    footer: `${plan.title} · ${plan.area}`,
    startRoom,
    content: [
      { text: plan.title, style: 'title' },
      { text: words.subtitle(plan), style: 'subtitle' },
      // Under the title: a red box "DRAFT of version N: not yet agreed", or the version and the day it was agreed.
      statusBlock(words.statusText(plan), isDraft(plan), 14),
      { text: words.generatedText(plan), color: MUTED },
      ...(organisations ? [{ text: organisations, color: MUTED }] : []),
      { text: words.visionTitle, style: 'heading', headlineLevel: 1, id: 'vision' },
      ...(plan.vision ? plan.vision.split('\n').map((p): Content => ({ text: p, margin: [0, 0, 0, 6] })) : [mutedLine(words.noVision)]),
      { text: words.principlesTitle, style: 'heading', headlineLevel: 1, id: 'principles' },
      plan.principles.length > 0 ? { ul: [...plan.principles], margin: [0, 2, 0, 0] } : mutedLine(words.noPrinciples),
      { text: words.objectivesSectionTitle, style: 'heading', headlineLevel: 1, id: 'objectives' },
      ...(plan.objectives.length > 0 ? plan.objectives.flatMap(objectiveSection) : [mutedLine(words.noObjectives)]),
      { text: words.reviewTitle, style: 'heading', headlineLevel: 1, id: 'review' },
      { text: words.reviewText(plan) },
      ...agreementSection(plan),
      { text: words.appendixTitle, style: 'heading', pageBreak: 'before' },
      mutedLine(words.appendixNote, 'question'),
      ...profilePdfIntro(plan.profile),
      ...appendix.content,
    ],
  });
}

/**
 * The action plan as an A4 PDF with the same content as the Word document: an objective's heading never stands
 * alone at the foot of a page, a table's header row repeats on each page it runs onto, and every page carries the
 * workshop, "Action plan" and the version (a draft: DRAFT, also across each page) above, and "Page X of Y" below.
 */
export function planPdf(typed: PlanDocument): Promise<Buffer> {
  return renderPdf(planPdfDefinition(printablePlan(typed)));
}
