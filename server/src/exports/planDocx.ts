import { HeadingLevel, Paragraph, type Table, TextRun } from 'docx';
import type { PlanDocument, PlanDocumentAction, PlanDocumentLead, PlanDocumentObjective } from '@roundtable/shared/plan/planDocument';
import { cell, docxFile, fitColumns, MUTED, mutedParagraph, statusParagraph, table } from './docxLayout';
import { isDraft, PLAN_WORDING as words, printablePlan } from './planWording';
import { PROFILE_NUMBERING, profileDocxIntro, profileDocxSections } from './profileDocx';

/** Action, council lead, third-sector lead, timescale: 17 cm in all, before each is fitted to its longest word. */
const ACTION_WIDTHS_DXA = [4338, 1900, 1900, 1500] as const;
/** Notes and lead exceptions under an action: 10 pt (sizes are in half-points). */
const SMALL = 20;

function heading1(text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, pageBreakBefore: options.pageBreakBefore, children: [new TextRun(text)] });
}

function actionCell(action: PlanDocumentAction): Paragraph[] {
  const small = (text: string) => new Paragraph({ spacing: { before: 40 }, children: [new TextRun({ text, italics: true, color: MUTED, size: SMALL })] });
  return [
    new Paragraph({ children: [new TextRun({ text: `${action.number}  `, bold: true }), new TextRun(action.text)] }),
    ...words.notesLines(action.notes).map(small),
    ...(action.leadException ? [small(words.leadExceptionText(action.leadException))] : []),
  ];
}

/** A lead's name, and under it their organisation; "To be agreed" while a draft has none. */
function leadCell(lead: PlanDocumentLead | null): Paragraph[] {
  if (!lead) return [mutedParagraph(words.notYet)];
  return [new Paragraph({ children: [new TextRun(lead.name)] }), ...(lead.organisation ? [new Paragraph({ children: [new TextRun({ text: lead.organisation, color: MUTED, size: SMALL })] })] : [])];
}

function actionTable(actions: readonly PlanDocumentAction[]): Table {
  const leadWords = (lead: PlanDocumentLead | null) => (lead ? `${lead.name} ${lead.organisation}` : words.notYet);
  const widths = fitColumns(ACTION_WIDTHS_DXA, {
    titles: words.actionColumns,
    rows: actions.map((a) => [a.text, leadWords(a.councilLead), leadWords(a.thirdSectorLead), words.timescaleText(a)]),
  });
  const [actionWidth, councilWidth, thirdWidth, timescaleWidth] = widths as [number, number, number, number];
  const rows = actions.map((a) => [
    cell(actionCell(a), actionWidth),
    cell(leadCell(a.councilLead), councilWidth),
    cell(leadCell(a.thirdSectorLead), thirdWidth),
    a.timescale ? cell(a.timescale, timescaleWidth) : cell([mutedParagraph(words.notYet)], timescaleWidth),
  ]);
  return table(words.actionColumns, widths, rows);
}

/** An objective's heading stays on the page of its table's first rows (keep with next). */
function objectiveSection(objective: PlanDocumentObjective): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, keepLines: true, children: [new TextRun(words.objectiveHeading(objective))] }),
    objective.actions.length === 0 ? mutedParagraph(words.noActions) : actionTable(objective.actions),
  ];
}

/** [PLAN10] An agreed version's answers by sector and the concerns raised; nothing for a draft. */
function agreementSection(plan: PlanDocument): Paragraph[] {
  const { agreement } = plan;
  if (!agreement) return [];
  const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });
  return [
    heading1(words.agreementTitle),
    new Paragraph({ keepNext: true, children: [new TextRun(words.answersIntro)] }),
    ...words.answerLines(agreement).map(bullet),
    ...(agreement.concerns.length === 0
      ? [mutedParagraph(words.noConcerns)]
      : [new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun(words.concernsIntro(agreement.concerns.length))] }), ...agreement.concerns.map((c) => bullet(words.concernText(c)))]),
  ];
}

function planBody(plan: PlanDocument): (Paragraph | Table)[] {
  const organisations = words.organisationsText(plan);
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(plan.title)] }),
    new Paragraph({ children: [new TextRun({ text: words.subtitle(plan), size: 28, color: MUTED })] }),
    // Under the title: a boxed red "DRAFT of version N: not yet agreed", or the version and the day it was agreed.
    statusParagraph(words.statusText(plan), isDraft(plan), 32),
    new Paragraph({ children: [new TextRun(words.generatedText(plan))] }),
    ...(organisations ? [new Paragraph({ children: [new TextRun(organisations)] })] : []),
    heading1(words.visionTitle),
    ...(plan.vision ? plan.vision.split('\n').map((p) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(p)] })) : [mutedParagraph(words.noVision)]),
    heading1(words.principlesTitle),
    ...(plan.principles.length > 0 ? plan.principles.map((p) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(p)] })) : [mutedParagraph(words.noPrinciples)]),
    heading1(words.objectivesSectionTitle),
    ...(plan.objectives.length > 0 ? plan.objectives.flatMap(objectiveSection) : [mutedParagraph(words.noObjectives)]),
    heading1(words.reviewTitle),
    new Paragraph({ children: [new TextRun(words.reviewText(plan))] }),
    ...agreementSection(plan),
  ];
}

function appendix(plan: PlanDocument): (Paragraph | Table)[] {
  return [heading1(words.appendixTitle, { pageBreakBefore: true }), mutedParagraph(words.appendixNote), ...profileDocxIntro(plan.profile), ...profileDocxSections(plan.profile, HeadingLevel.HEADING_2, words.appendixNoObjectives(plan))];
}

/**
 * The action plan as a Word document a council can file: title, area, version (a draft is marked DRAFT under the
 * title and in every page's header), vision, principles, a heading and a table of actions per objective, the
 * joint review date, and the partnership profile as an appendix.
 */
export function planDocx(typed: PlanDocument): Promise<Buffer> {
  const plan = printablePlan(typed);
  const pages = words.pages(plan);
  return docxFile({
    ...pages,
    footer: `${plan.title} · ${pages.header.label}`,
    numbering: [PROFILE_NUMBERING],
    children: [...planBody(plan), ...appendix(plan)],
  });
}
