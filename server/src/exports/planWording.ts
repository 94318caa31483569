import { RESULT_GROUPS, resultGroupOf, type ResultGroup } from '@roundtable/shared/board/board';
import type { PlanConcern } from '@roundtable/shared/plan/plan';
import type { PlanDocument, PlanDocumentAction, PlanDocumentLead } from '@roundtable/shared/plan/planDocument';
import { dayText, EXPORT_WORDING, fileSlug, printable, printableLines, type PageWords } from './exportWording';
import { printableProfile } from './profileWording';

export function isDraft(plan: PlanDocument): boolean {
  return plan.status.kind === 'draft';
}

/** The version in a running header: "DRAFT of version 2" or "Version 1". */
function headerVersionText(plan: PlanDocument): string {
  return isDraft(plan) ? `DRAFT of version ${plan.status.version}` : `Version ${plan.status.version}`;
}

function subtitle(plan: PlanDocument): string {
  return `Partnership improvement action plan · ${plan.area}`;
}

/** "Joint review by 20 May 2027." */
function jointReviewByText(day: string): string {
  return `Joint review by ${dayText(day)}.`;
}

const OBJECTIVES_SECTION_TITLE = 'Objectives and preliminary actions';

const GROUP_NAMES: Readonly<Record<ResultGroup, string>> = { local_authority: 'Council', third_sector: 'Third sector', other: 'Other' };

/** A lead or timescale a draft does not have yet. */
const NOT_YET = 'To be agreed';

/**
 * The words of the action plan's exports (EXP1), so its Word, PDF, Markdown and CSV files say the same things. Section
 * names follow the PIP reports' own plans ("our vision for improvement", "objectives" and "preliminary actions").
 */
export const PLAN_WORDING = {
  /** What members' downloads call it, and a sponsor's share link. */
  noun: 'action plan',
  sharedNoun: 'plan',
  subtitle,
  pages: (plan: PlanDocument): PageWords => ({
    title: `${plan.title}: action plan (${headerVersionText(plan)})`,
    subject: subtitle(plan),
    header: { workshop: plan.title, label: 'Action plan', status: headerVersionText(plan) },
    draft: isDraft(plan),
  }),
  /** The file a format of the plan downloads as: `<slug>-action-plan-v<N>[-draft].<ext>`. */
  fileName: (plan: PlanDocument, extension: string) => `${fileSlug(plan.title)}-action-plan-v${plan.status.version}${isDraft(plan) ? '-draft' : ''}.${extension}`,

  /** [EXP2] `?version=N` that is not a version number. */
  invalidVersion: { message: 'The version is a whole number from 1, such as ?version=2.', field: 'Give a version number such as 2.' },
  versionNotAgreed: (version: number | null) => `Version ${version} of the action plan has not been agreed.`,
  /** [SHARE2] A share link before the first agreement. */
  notAgreedYet: 'The plan has not been agreed yet.',

  visionTitle: 'Our vision for improvement',
  principlesTitle: EXPORT_WORDING.principlesTitle,
  objectivesSectionTitle: OBJECTIVES_SECTION_TITLE,
  reviewTitle: 'Joint review',
  appendixTitle: 'Appendix: partnership profile',
  appendixNote: 'The partnership profile the group built in sessions one to three, from which the objectives grew.',
  actionColumns: ['Action', 'Council lead', 'Third-sector lead', 'Timescale'] as const,
  noVision: 'No vision written yet.',
  noPrinciples: 'No key principles written yet.',
  noObjectives: 'No objectives yet.',
  /**
   * [EXP4] What the appendix's "Improvement objectives" says when no objective was agreed on an objectives board:
   * "Nothing agreed yet", unless the plan has objectives of its own, written in the plan itself.
   */
  appendixNoObjectives: (plan: PlanDocument): string => {
    const n = plan.objectives.length;
    if (n === 0) return EXPORT_WORDING.nothingAgreed;
    const which = n === 1 ? "The plan's objective was" : `The plan's ${n} objectives were`;
    return `None agreed on an objectives board. ${which} set in the plan itself: see "${OBJECTIVES_SECTION_TITLE}".`;
  },
  noActions: 'No actions yet.',
  notYet: NOT_YET,

  /** The prominent marking under the title: "DRAFT of version 2: not yet agreed" or "Version 1, agreed on 20 November 2026". */
  statusText: (plan: PlanDocument) => {
    const { status } = plan;
    return status.kind === 'draft' ? `DRAFT of version ${status.version}: not yet agreed` : `Version ${status.version}, agreed on ${dayText(status.agreedAt)}`;
  },
  headerVersionText,
  generatedText: EXPORT_WORDING.generatedText,
  organisationsText: (plan: PlanDocument) => (plan.organisations.length === 0 ? null : `Organisations taking part: ${plan.organisations.join(', ')}`),
  objectiveHeading: EXPORT_WORDING.objectiveHeading,
  jointReviewByText,
  /** The joint review date — or, for a draft without one, when agreement will set it. */
  reviewText: (plan: PlanDocument) =>
    plan.reviewDate ? jointReviewByText(plan.reviewDate) : 'Joint review six months after the plan is agreed (the date is set at agreement).',
  /** An action's notes as lines to set under it, the first marked "Notes:"; none when it has none. */
  notesLines: (notes: string): string[] => {
    if (!notes) return [];
    const [first, ...rest] = notes.split('\n');
    return [`Notes: ${first}`, ...rest];
  },
  leadExceptionText: (reason: string) => `Leads agreed by exception: ${reason}`,
  /** "Sam Jones, Age UK", or "To be agreed". */
  leadText: (lead: PlanDocumentLead | null) => {
    if (!lead) return NOT_YET;
    return lead.organisation ? `${lead.name}, ${lead.organisation}` : lead.name;
  },
  timescaleText: (action: PlanDocumentAction) => action.timescale || NOT_YET,

  /** [PLAN10] An agreed version's answers by sector and the concerns raised (never who raised them). */
  agreementTitle: 'Agreement',
  /**
   * "Council: 2 agreed, 1 raised a concern", one line a sector group that answered: a sector nobody answered for is
   * left out rather than listed as "0 agreed, 0 raised a concern", which would read as though it took part.
   */
  answerLines: (agreement: NonNullable<PlanDocument['agreement']>): string[] => {
    const { agree, concern } = agreement.responses;
    const lines = RESULT_GROUPS.filter((g) => agree[g] + concern[g] > 0).map((g) => `${GROUP_NAMES[g]}: ${agree[g]} agreed, ${concern[g]} raised a concern`);
    return lines.length > 0 ? lines : ['No answers were recorded.'];
  },
  answersIntro: 'When the room was asked, the answers by sector were:',
  concernsIntro: (n: number) => (n === 1 ? 'The plan was agreed with this concern raised:' : `The plan was agreed with these ${n} concerns raised:`),
  noConcerns: 'No concerns were raised.',
  /** "Third sector: Q2 is tight for the CVS", or "Third sector: (no comment given)". */
  concernText: (concern: PlanConcern) => `${GROUP_NAMES[resultGroupOf(concern.sector)]}: ${concern.comment || '(no comment given)'}`,
} as const;

export function printableLead(lead: PlanDocumentLead | null): PlanDocumentLead | null {
  return lead && { name: printable(lead.name), organisation: printable(lead.organisation) };
}

/** An action's texts made printable: its notes keep their line breaks (as "\n"); the rest is one line each. */
export function printableAction<A extends PlanDocumentAction>(action: A): A {
  return {
    ...action,
    text: printable(action.text),
    councilLead: printableLead(action.councilLead),
    thirdSectorLead: printableLead(action.thirdSectorLead),
    notes: printableLines(action.notes),
    leadException: action.leadException === null ? null : printable(action.leadException),
  };
}

/** The vision (keeping its line breaks), the key principles (blank ones dropped) and the organisations, made printable. */
export function printableAims<P extends Pick<PlanDocument, 'vision' | 'principles' | 'organisations'>>(plan: P): P {
  return { ...plan, vision: printableLines(plan.vision), principles: plan.principles.map(printable).filter(Boolean), organisations: plan.organisations.map(printable) };
}

/** Every text of the plan that people typed, made printable; what each renderer renders. */
export function printablePlan(plan: PlanDocument): PlanDocument {
  return {
    ...printableAims(plan),
    title: printable(plan.title),
    area: printable(plan.area),
    objectives: plan.objectives.map((o) => ({ ...o, text: printable(o.text), actions: o.actions.map(printableAction) })),
    profile: printableProfile(plan.profile),
    agreement: plan.agreement && { ...plan.agreement, concerns: plan.agreement.concerns.map((c) => ({ ...c, comment: printable(c.comment) })) },
  };
}
