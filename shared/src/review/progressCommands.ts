import type { MemberId } from '../ids/ids';
import type { LeadSlot } from '../plan/plan';
import { NOBODY } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import type { WorkshopState } from '../workshop/workshop';
import type { ProgressUpdate, ProgressUpdateId } from './progress';
import { PROGRESS_UPDATES_PER_ACTION_MAX } from './progressLimits';
import type { PROGRESS_PAYLOADS, ProgressReport } from './progressPayloads';
import { actionHistory, agreedAction, latestAgreedVersion, slotSector } from './progressSummary';
import { accepted, rejected, type TransitionResult } from '../command/transitionResult';
import { type TransitionContext } from '../workshop/transitionContext';

/**
 * A lead reporting through their personal link: not a member of the workshop (a lead may never have been in the
 * room), so the server vouches for the link instead — which action, and which of its two leads.
 */
export interface LeadActor {
  linkId: string;
  actionId: string;
  slot: LeadSlot;
}

/**
 * The id a lead link's commands are recorded under, so a resent report is applied once. Member ids are letters, digits,
 * `-` and `_` only, so an id with a colon can never be a member's.
 */
export function leadActorId(linkId: string): MemberId {
  return `lead:${linkId}` as MemberId;
}

/**
 * [REV2] [REV3] A lead's report on their own action: only on an action of the latest agreed version of the plan, and
 * only through the link made for that action and that lead. It is added to the action's history with the day and
 * the lead's sector; nothing earlier is changed.
 */
export function reportProgress(
  state: WorkshopState,
  p: ProgressReport,
  lead: LeadActor,
  ctx: TransitionContext,
): TransitionResult<{ update: ProgressUpdate }> {
  if (p.actionId !== lead.actionId || p.slot !== lead.slot) {
    return rejected('forbidden', 'This link is for reporting on another action. Use the link you were sent for this one, or ask the facilitators.');
  }
  if (!latestAgreedVersion(state)) return rejected('conflict', 'The action plan has not been agreed yet. Progress can be reported once it has.');
  const found = agreedAction(state, p.actionId);
  if (!found) return rejected('not_found', 'This action is not in the agreed plan any more. Ask the facilitators.');
  if (actionHistory(state, p.actionId).length >= PROGRESS_UPDATES_PER_ACTION_MAX) {
    return rejected('limit_reached', `This action already has ${PROGRESS_UPDATES_PER_ACTION_MAX} progress reports. Ask the facilitators.`);
  }
  const update: ProgressUpdate = {
    id: ctx.newId() as ProgressUpdateId,
    actionId: found.action.id,
    slot: p.slot,
    sector: slotSector(found.version, found.action, p.slot),
    status: p.status,
    note: p.note,
    evidence: p.evidence.map((e) => ({ text: e.text, url: e.url })),
    planVersion: found.version.number,
    at: ctx.now,
  };
  return accepted({ ...state, progressUpdates: { ...state.progressUpdates, [update.id]: update } }, { update });
}

export const PROGRESS_COMMANDS = {
  // [REV3] Through a lead's link only (the server calls reportProgress); a member's socket is refused.
  'progress:report': {
    roles: NOBODY,
    apply: (): TransitionResult<{ update: ProgressUpdate }> => rejected('forbidden', 'Progress is reported through a lead’s personal link, not in the workshop.'),
  },
} satisfies RulesFor<typeof PROGRESS_PAYLOADS>;
