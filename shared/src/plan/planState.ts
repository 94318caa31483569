import { rejected } from '../command/transitionResult';
import type { WorkshopState } from '../workshop/workshop';
import type { TransitionContext } from '../workshop/transitionContext';
import type { Action, ActionId, Lead, Objective, ObjectiveId, PlanMeta } from './plan';

/* The action plan's state, changed by its commands: every edit of the text goes through `edited` (PLAN7). */

export const today = (ctx: TransitionContext) => ctx.now.slice(0, 10);
export const missingObjective = () => rejected('not_found', 'That objective is not in the plan (it may have been removed).');
export const missingAction = () => rejected('not_found', 'That action is not in the plan (it may have been removed).');

/** [PLAN7] A change to the text after agreement, or while the room is asked, makes it a draft again. */
export function edited(state: WorkshopState): WorkshopState {
  if (state.plan.status === 'draft') return state;
  return { ...state, plan: { ...state.plan, status: 'draft', consultationStartedAt: null } };
}

export function withPlan(state: WorkshopState, plan: Partial<PlanMeta>): WorkshopState {
  return edited({ ...state, plan: { ...state.plan, ...plan } });
}

export function putObjectives(state: WorkshopState, objectives: readonly Objective[], removed: readonly ObjectiveId[] = []): WorkshopState {
  const next = { ...state.objectives };
  for (const id of removed) delete next[id];
  for (const o of objectives) next[o.id] = o;
  return edited({ ...state, objectives: next });
}

export function putActions(state: WorkshopState, actions: readonly Action[], removed: readonly ActionId[] = []): WorkshopState {
  const next = { ...state.actions };
  for (const id of removed) delete next[id];
  for (const a of actions) next[a.id] = a;
  return edited({ ...state, actions: next });
}

export function renumber<T extends { position: number }>(ordered: readonly T[]): T[] {
  return ordered.flatMap((x, position) => (x.position === position ? [] : [{ ...x, position }]));
}

/** [PLAN6] An edit names the text it started from; if someone changed it since, both texts come back, nothing is lost. */
export function editConflict(field: string, current: string) {
  return rejected('conflict', 'Someone else changed this while you were editing. Both versions are shown: choose or combine them, then save again.', {
    [field]: current,
  });
}

/** [PLAN5] A timescale or review date must not have passed. */
export function passed(date: string, ctx: TransitionContext): boolean {
  return date < today(ctx);
}

/** [PLAN3] A lead is a member still in the workshop (a participant), or a named person with an organisation. */
export function checkLead(state: WorkshopState, lead: Lead) {
  if (lead.kind === 'named') return null;
  const member = state.members[lead.memberId];
  if (!member || member.removedAt !== null) return rejected('not_found', 'That person is no longer in this workshop. Choose someone else, or name them as a lead from outside the room.');
  if (member.role !== 'participant') return rejected('invalid_payload', 'Leads are participants, or people named from outside the room.', { lead: 'Choose a participant.' });
  return null;
}
