import type { PlanDocument, PlanDocumentAction, PlanDocumentLead } from '@roundtable/shared/plan/planDocument';
import { dayText, fileSlug, printable, printableLines, printableProfile } from './exportWording';

/**
 * The words of the action plan's exports, so its Word, PDF, Markdown and CSV files say the same things. Section
 * names follow the PIP reports' own plans ("our vision for improvement", "objectives" and "preliminary actions").
 */

export const VISION_TITLE = 'Our vision for improvement';
export const PRINCIPLES_TITLE = 'Key principles';
export const OBJECTIVES_SECTION_TITLE = 'Objectives and preliminary actions';
export const REVIEW_TITLE = 'Joint review';
export const APPENDIX_TITLE = 'Appendix: partnership profile';
export const APPENDIX_NOTE = 'The partnership profile the group built in sessions one to three, from which the objectives grew.';
export const ACTION_COLUMNS = ['Action', 'Council lead', 'Third-sector lead', 'Timescale'] as const;
export const NO_VISION = 'No vision written yet.';
export const NO_PRINCIPLES = 'No key principles written yet.';
export const NO_OBJECTIVES = 'No objectives yet.';
export const NO_ACTIONS = 'No actions yet.';
/** A lead or timescale a draft does not have yet. */
export const NOT_YET = 'To be agreed';

/** The plan's name under its title. */
export function planSubtitle(plan: PlanDocument): string {
  return `Partnership improvement action plan · ${plan.area}`;
}

export function isDraft(plan: PlanDocument): boolean {
  return plan.status.kind === 'draft';
}

/** The prominent marking under the title: "DRAFT of version 2: not yet agreed" or "Version 1, agreed on 20 November 2026". */
export function statusText(plan: PlanDocument): string {
  const { status } = plan;
  return status.kind === 'draft' ? `DRAFT of version ${status.version}: not yet agreed` : `Version ${status.version}, agreed on ${dayText(status.agreedAt)}`;
}

/** The version in a running header: "DRAFT of version 2" or "Version 1". */
export function headerVersionText(plan: PlanDocument): string {
  return isDraft(plan) ? `DRAFT of version ${plan.status.version}` : `Version ${plan.status.version}`;
}

/** The running header of every page: workshop · Action plan · version (or DRAFT). */
export function runningHeaderText(plan: PlanDocument): string {
  return `${plan.title} · Action plan · ${headerVersionText(plan)}`;
}

export function generatedText(plan: PlanDocument): string {
  return `Generated on ${dayText(plan.generatedAt)}.`;
}

export function planOrganisationsText(plan: PlanDocument): string | null {
  return plan.organisations.length === 0 ? null : `Organisations taking part: ${plan.organisations.join(', ')}`;
}

export function objectiveHeading(objective: { number: number; text: string }): string {
  return `Objective ${objective.number}: ${objective.text}`;
}

/** "Joint review by 20 May 2027." — or, for a draft without a date, when agreement will set it. */
export function reviewText(plan: PlanDocument): string {
  return plan.reviewDate ? `Joint review by ${dayText(plan.reviewDate)}.` : 'Joint review six months after the plan is agreed (the date is set at agreement).';
}

/** An action's notes as lines to set under it, the first marked "Notes:"; none when it has none. */
export function notesLines(notes: string): string[] {
  if (!notes) return [];
  const [first, ...rest] = notes.split('\n');
  return [`Notes: ${first}`, ...rest];
}

export function leadExceptionText(reason: string): string {
  return `Leads agreed by exception: ${reason}`;
}

/** "Sam Jones, Age UK", or NOT_YET. */
export function leadText(lead: PlanDocumentLead | null): string {
  if (!lead) return NOT_YET;
  return lead.organisation ? `${lead.name}, ${lead.organisation}` : lead.name;
}

export function timescaleText(action: PlanDocumentAction): string {
  return action.timescale || NOT_YET;
}

/** The file a format of the plan downloads as: `<slug>-action-plan-v<N>[-draft].<ext>`. */
export function planFileName(plan: PlanDocument, extension: string): string {
  return `${fileSlug(plan.title)}-action-plan-v${plan.status.version}${isDraft(plan) ? '-draft' : ''}.${extension}`;
}

function printableLead(lead: PlanDocumentLead | null): PlanDocumentLead | null {
  return lead && { name: printable(lead.name), organisation: printable(lead.organisation) };
}

/**
 * Every text of the plan that people typed, made printable; what each export renders. The vision and each action's
 * notes keep their line breaks (as "\n"); everything else is one line.
 */
export function printablePlan(plan: PlanDocument): PlanDocument {
  return {
    ...plan,
    title: printable(plan.title),
    area: printable(plan.area),
    organisations: plan.organisations.map(printable),
    vision: printableLines(plan.vision),
    principles: plan.principles.map(printable).filter(Boolean),
    objectives: plan.objectives.map((o) => ({
      ...o,
      text: printable(o.text),
      actions: o.actions.map((a) => ({
        ...a,
        text: printable(a.text),
        councilLead: printableLead(a.councilLead),
        thirdSectorLead: printableLead(a.thirdSectorLead),
        notes: printableLines(a.notes),
        leadException: a.leadException === null ? null : printable(a.leadException),
      })),
    })),
    profile: printableProfile(plan.profile),
  };
}
