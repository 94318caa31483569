import type { WorkshopState } from '../workshop/workshop';
import type { HealthCheck, HealthCheckResults, HealthRound } from './healthCheck';
import { roundChanges, type FactorChange } from './healthCheckResults';

/** A round as a sentence names it. */
export const roundName = (round: HealthRound) => (round === 1 ? 'round one' : 'round two');

/** The workshop's rounds of the health check, round one first. */
export function healthChecksInOrder(state: Pick<WorkshopState, 'healthChecks'>): HealthCheck[] {
  return Object.values(state.healthChecks ?? {}).sort((a, b) => a.round - b.round);
}

/** The published results of a round, or null until it has closed. */
export function closedRound(state: Pick<WorkshopState, 'healthChecks'>, round: HealthRound): HealthCheckResults | null {
  return healthChecksInOrder(state).find((c) => c.round === round && c.status === 'closed')?.results ?? null;
}

/** [HEALTH9] The change per factor, once both rounds have closed; null before. */
export function workshopRoundChanges(state: Pick<WorkshopState, 'healthChecks'>): FactorChange[] | null {
  const [one, two] = [closedRound(state, 1), closedRound(state, 2)];
  return one && two ? roundChanges(one, two) : null;
}
