import { versionsInOrder, type PlanState } from '@roundtable/shared/plan/plan';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/** Where the plan stands, as the status line says it. */
export type PlanStatusView =
  | { kind: 'draft'; version: number; lastAgreed: { number: number; agreedAt: string } | null }
  | { kind: 'consulting'; version: number; round: number }
  | { kind: 'agreed'; version: number; agreedAt: string };

/**
 * "Draft of version N" while facilitators edit, "Being put to the room" while the room answers, "Version N agreed on
 * <date>" once agreed. The draft names the version agreement would make, and the last one agreed before it.
 */
export function planStatusOf(state: Pick<PlanState, 'plan' | 'planVersions'>): PlanStatusView {
  const { plan } = state;
  const last = versionsInOrder(state).at(-1) ?? null;
  if (plan.status === 'consulting') return { kind: 'consulting', version: plan.nextVersion, round: plan.consultationRound };
  if (plan.status === 'agreed' && last) return { kind: 'agreed', version: last.number, agreedAt: last.agreedAt };
  return { kind: 'draft', version: plan.nextVersion, lastAgreed: last ? { number: last.number, agreedAt: last.agreedAt } : null };
}

/** The calendar day of a server timestamp (UTC, as the server dates agreement). */
export function dayOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/**
 * Whether participants see the plan yet: from session four on, or as soon as there is anything in it (facilitators
 * may start it early, from the objectives of session three).
 */
export function planHasBegun(state: WorkshopState): boolean {
  const session = state.meta.currentSessionId ? state.sessions[state.meta.currentSessionId] : undefined;
  const { plan } = state;
  return (
    (session?.number ?? 0) >= PLAN_SESSION_NUMBER ||
    Object.keys(state.objectives).length > 0 ||
    Object.keys(state.planVersions).length > 0 ||
    plan.vision !== '' ||
    plan.principles.length > 0 ||
    plan.status !== 'draft'
  );
}

/** The PIP session that agrees the plan. */
export const PLAN_SESSION_NUMBER = 4;
