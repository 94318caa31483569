import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, TextRun, type Table } from 'docx';
import type { PlanDocument, PlanDocumentAction, PlanDocumentLead, PlanDocumentObjective } from '@roundtable/shared/plan/planDocument';
import { cell, DRAFT_RED, headerRun, MUTED, mutedParagraph, PAGE, pageFooter, runningHeader, STYLES, table } from './docxLayout';
import {
  ACTION_COLUMNS,
  APPENDIX_NOTE,
  APPENDIX_TITLE,
  generatedText,
  headerVersionText,
  isDraft,
  leadExceptionText,
  NO_ACTIONS,
  NO_OBJECTIVES,
  NO_PRINCIPLES,
  NO_VISION,
  NOT_YET,
  notesLines,
  objectiveHeading,
  OBJECTIVES_SECTION_TITLE,
  planOrganisationsText,
  planSubtitle,
  PRINCIPLES_TITLE,
  printablePlan,
  REVIEW_TITLE,
  reviewText,
  statusText,
  VISION_TITLE,
} from './planWording';
import { PROFILE_NUMBERING, profileDocxIntro, profileDocxSections } from './profileDocx';

/** Action, council lead, third-sector lead, timescale: 17 cm in all. */
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
    ...notesLines(action.notes).map(small),
    ...(action.leadException ? [small(leadExceptionText(action.leadException))] : []),
  ];
}

/** A lead's name, and under it their organisation; "To be agreed" while a draft has none. */
function leadCell(lead: PlanDocumentLead | null): Paragraph[] {
  if (!lead) return [mutedParagraph(NOT_YET)];
  return [new Paragraph({ children: [new TextRun(lead.name)] }), ...(lead.organisation ? [new Paragraph({ children: [new TextRun({ text: lead.organisation, color: MUTED, size: SMALL })] })] : [])];
}

function actionTable(actions: readonly PlanDocumentAction[]): Table {
  const [actionWidth, councilWidth, thirdWidth, timescaleWidth] = ACTION_WIDTHS_DXA;
  const rows = actions.map((a) => [
    cell(actionCell(a), actionWidth),
    cell(leadCell(a.councilLead), councilWidth),
    cell(leadCell(a.thirdSectorLead), thirdWidth),
    a.timescale ? cell(a.timescale, timescaleWidth) : cell([mutedParagraph(NOT_YET)], timescaleWidth),
  ]);
  return table(ACTION_COLUMNS, ACTION_WIDTHS_DXA, rows);
}

/** An objective's heading stays on the page of its table's first rows (keep with next). */
function objectiveSection(objective: PlanDocumentObjective): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, keepLines: true, children: [new TextRun(objectiveHeading(objective))] }),
    objective.actions.length === 0 ? mutedParagraph(NO_ACTIONS) : actionTable(objective.actions),
  ];
}

/** Under the title: a boxed red "DRAFT of version N: not yet agreed", or the version and the day it was agreed. */
function statusParagraph(plan: PlanDocument): Paragraph {
  if (!isDraft(plan)) return new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: statusText(plan), bold: true })] });
  const line = { style: BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 } as const;
  return new Paragraph({
    spacing: { before: 160, after: 160 },
    border: { top: line, bottom: line, left: line, right: line },
    children: [new TextRun({ text: statusText(plan), bold: true, color: DRAFT_RED, size: 32 })],
  });
}

function planBody(plan: PlanDocument): (Paragraph | Table)[] {
  const organisations = planOrganisationsText(plan);
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(plan.title)] }),
    new Paragraph({ children: [new TextRun({ text: planSubtitle(plan), size: 28, color: MUTED })] }),
    statusParagraph(plan),
    new Paragraph({ children: [new TextRun(generatedText(plan))] }),
    ...(organisations ? [new Paragraph({ children: [new TextRun(organisations)] })] : []),
    heading1(VISION_TITLE),
    ...(plan.vision ? plan.vision.split('\n').map((p) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(p)] })) : [mutedParagraph(NO_VISION)]),
    heading1(PRINCIPLES_TITLE),
    ...(plan.principles.length > 0 ? plan.principles.map((p) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(p)] })) : [mutedParagraph(NO_PRINCIPLES)]),
    heading1(OBJECTIVES_SECTION_TITLE),
    ...(plan.objectives.length > 0 ? plan.objectives.flatMap(objectiveSection) : [mutedParagraph(NO_OBJECTIVES)]),
    heading1(REVIEW_TITLE),
    new Paragraph({ children: [new TextRun(reviewText(plan))] }),
  ];
}

function appendix(plan: PlanDocument): (Paragraph | Table)[] {
  return [heading1(APPENDIX_TITLE, { pageBreakBefore: true }), mutedParagraph(APPENDIX_NOTE), ...profileDocxIntro(plan.profile), ...profileDocxSections(plan.profile, HeadingLevel.HEADING_2)];
}

/**
 * The action plan as a Word document a council can file: title, area, version (a draft is marked DRAFT under the
 * title and in every page's header), vision, principles, a heading and a table of actions per objective, the
 * joint review date, and the partnership profile as an appendix.
 */
export function planDocx(typed: PlanDocument): Promise<Buffer> {
  const plan = printablePlan(typed);
  const doc = new Document({
    creator: 'Roundtable',
    lastModifiedBy: 'Roundtable',
    title: `${plan.title}: action plan (${headerVersionText(plan)})`,
    description: planSubtitle(plan),
    styles: STYLES,
    numbering: { config: [PROFILE_NUMBERING] },
    sections: [
      {
        properties: PAGE,
        headers: runningHeader([headerRun(`${plan.title} · Action plan · `), headerRun(headerVersionText(plan), isDraft(plan) ? { bold: true, color: DRAFT_RED } : {})]),
        footers: pageFooter(`${plan.title} · Action plan`),
        children: [...planBody(plan), ...appendix(plan)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
