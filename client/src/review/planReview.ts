import { LEAD_SLOTS, type Action, type Lead, type LeadSlot, type Objective, type PlanSnapshot, type PlanVersion } from '@roundtable/shared/plan/plan';
import type { ProgressUpdate } from '@roundtable/shared/review/progress';
import { actionHistory, agreedObjectives, isOverdue, latestAgreedVersion, statusSummary, type StatusSummary } from '@roundtable/shared/review/progressSummary';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/** A lead as the agreed version froze them; `name` is null for a member who is no longer known to it. */
export interface ReviewLead {
  name: string | null;
  organisation: string;
}

export interface ActionReview {
  /** The action as agreed. */
  action: Action;
  /** "2.1": the objective's number, then the action's within it, as the plan's documents number them. */
  number: string;
  leads: Record<LeadSlot, ReviewLead | null>;
  /** Every report since agreement, oldest first; `latest` is the last of them. */
  history: ProgressUpdate[];
  latest: ProgressUpdate | null;
  overdue: boolean;
  /** Whether the plan as it stands still has this action, so its wording can be revised there. */
  inCurrentPlan: boolean;
}

export interface ObjectiveReview {
  objective: Objective;
  number: number;
  actions: ActionReview[];
}

export interface PlanReview {
  version: PlanVersion;
  /** The number of a revised plan being drafted since that agreement, or null when the plan is as agreed. */
  laterDraft: number | null;
  objectives: ObjectiveReview[];
  /** The overdue actions, in the plan's order. */
  overdue: ActionReview[];
  summary: StatusSummary;
}

function frozenLead(snapshot: PlanSnapshot, lead: Lead | null): ReviewLead | null {
  if (!lead) return null;
  if (lead.kind === 'named') return { name: lead.name, organisation: lead.organisation };
  const frozen = snapshot.leadNames[lead.memberId];
  return frozen ? { name: frozen.name, organisation: frozen.organisation } : { name: null, organisation: '' };
}

/**
 * Session five's review of the latest agreed version of the plan as of `today` (YYYY-MM-DD, the server's calendar
 * day): each objective's actions with their leads as agreed, every report since and the latest, whether each is
 * overdue (REV5), and the summary of statuses (REV4). Null before any version has been agreed.
 */
export function planReview(state: WorkshopState, today: string): PlanReview | null {
  const version = latestAgreedVersion(state);
  if (!version) return null;
  const { snapshot } = version;
  const objectives = agreedObjectives(version).map(({ objective, actions }, i): ObjectiveReview => ({
    objective,
    number: i + 1,
    actions: actions.map((action, j): ActionReview => {
      const history = actionHistory(state, action.id);
      const latest = history.at(-1) ?? null;
      return {
        action,
        number: `${i + 1}.${j + 1}`,
        leads: Object.fromEntries(LEAD_SLOTS.map((slot) => [slot, frozenLead(snapshot, action[slot])])) as Record<LeadSlot, ReviewLead | null>,
        history,
        latest,
        overdue: isOverdue(action, latest, today),
        inCurrentPlan: action.id in state.actions,
      };
    }),
  }));
  const unchanged = state.plan.status === 'agreed' && state.plan.nextVersion === version.number + 1;
  return {
    version,
    laterDraft: unchanged ? null : state.plan.nextVersion,
    objectives,
    overdue: objectives.flatMap((o) => o.actions.filter((a) => a.overdue)),
    summary: statusSummary(state),
  };
}
