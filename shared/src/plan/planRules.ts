import type { WorkshopState } from '../workshop/workshop';
import { actionsOf, LEAD_SLOTS, objectivesInOrder, SLOT_SECTOR, type Action, type Lead, type LeadSlot, type PlanState } from './plan';
import type { Sector } from '../members/sector';

/** A reason the plan cannot be agreed yet, pointing at what to fix. */
export type PlanProblem =
  | { kind: 'noObjectives' }
  | { kind: 'noActions'; objectiveId: string }
  | { kind: 'missingLead'; actionId: string; slot: LeadSlot }
  | { kind: 'leadLeft'; actionId: string; slot: LeadSlot }
  | { kind: 'leadSector'; actionId: string; slot: LeadSlot; sector: Sector | null }
  | { kind: 'noTimescale'; actionId: string };

/** The sector a lead speaks for: a member's own, or the one given for a named person. */
export function leadSector(state: WorkshopState, lead: Lead): Sector | null {
  return lead.kind === 'named' ? lead.sector : (state.members[lead.memberId]?.sector ?? null);
}

export function leadName(state: WorkshopState, lead: Lead): { name: string; organisation: string; sector: Sector | null } {
  if (lead.kind === 'named') return { name: lead.name, organisation: lead.organisation, sector: lead.sector };
  const member = state.members[lead.memberId];
  return { name: member?.name ?? 'Someone who left', organisation: member?.organisation ?? '', sector: member?.sector ?? null };
}

/** [PLAN3] Each action needs a council lead and a third-sector lead, unless the group recorded why not. */
export function actionProblems(state: WorkshopState, action: Action): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const slot of LEAD_SLOTS) {
    const lead = action[slot];
    if (!lead) {
      problems.push({ kind: 'missingLead', actionId: action.id, slot });
      continue;
    }
    if (lead.kind === 'member' && state.members[lead.memberId]?.removedAt !== null) {
      problems.push({ kind: 'leadLeft', actionId: action.id, slot });
      continue;
    }
    const sector = leadSector(state, lead);
    if (sector !== SLOT_SECTOR[slot] && action.leadException === null) problems.push({ kind: 'leadSector', actionId: action.id, slot, sector });
  }
  if (!action.timescale) problems.push({ kind: 'noTimescale', actionId: action.id });
  return problems;
}

/** [PLAN4] Everything that stands between the draft and agreement; empty when it can be agreed. */
export function planProblems(state: WorkshopState & PlanState): PlanProblem[] {
  const objectives = objectivesInOrder(state);
  if (objectives.length === 0) return [{ kind: 'noObjectives' }];
  const problems: PlanProblem[] = [];
  for (const objective of objectives) {
    const actions = actionsOf(state, objective.id);
    if (actions.length === 0) problems.push({ kind: 'noActions', objectiveId: objective.id });
    for (const action of actions) problems.push(...actionProblems(state, action));
  }
  return problems;
}
