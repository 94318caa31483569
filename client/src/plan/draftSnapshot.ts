import { actionsOf, objectivesInOrder, type PlanSnapshot, type PlanState } from '@roundtable/shared/plan/plan';
import { leadName } from '@roundtable/shared/plan/planRules';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/**
 * The plan as it stands now, shaped like an agreed version's snapshot, so "what changed since version N" can be
 * shown while the draft of the next version is being written.
 */
export function draftSnapshot(state: WorkshopState & PlanState): PlanSnapshot {
  const objectives = objectivesInOrder(state);
  const actions = objectives.flatMap((o) => actionsOf(state, o.id));
  const leadNames: PlanSnapshot['leadNames'] = {};
  for (const action of actions) {
    for (const lead of [action.councilLead, action.thirdSectorLead]) if (lead?.kind === 'member') leadNames[lead.memberId] = leadName(state, lead);
  }
  return { vision: state.plan.vision, principles: state.plan.principles, reviewDate: state.plan.reviewDate ?? '', objectives, actions, leadNames };
}
