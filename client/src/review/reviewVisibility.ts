import { latestAgreedVersion } from '@roundtable/shared/review/progressSummary';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/** The PIP session that reviews the plan's progress. */
export const REVIEW_SESSION_NUMBER = 5;

function currentSessionNumber(state: WorkshopState): number {
  const id = state.meta.currentSessionId;
  return (id ? state.sessions[id]?.number : undefined) ?? 0;
}

/**
 * Whether participants see the review of progress: once a version of the plan is agreed, from session five on or as
 * soon as a lead has reported (progress between sessions is the partnership's to follow).
 */
export function participantsSeeReview(state: WorkshopState): boolean {
  if (!latestAgreedVersion(state)) return false;
  return currentSessionNumber(state) >= REVIEW_SESSION_NUMBER || Object.keys(state.progressUpdates).length > 0;
}

/**
 * Whether the facilitators' review opens unfolded: in session five, or once a lead has reported. Before that it is
 * there, folded, from the first agreement on (the leads' links are made from it straight after session four).
 */
export function reviewOpensUnfolded(state: WorkshopState): boolean {
  return currentSessionNumber(state) >= REVIEW_SESSION_NUMBER || Object.keys(state.progressUpdates).length > 0;
}
