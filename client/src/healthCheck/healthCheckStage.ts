import type { HealthCheck } from '@roundtable/shared/healthCheck/healthCheck';
import { healthChecksInOrder } from '@roundtable/shared/healthCheck/healthCheckRounds';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/**
 * The round of the health check a participant sees: the one open for ratings; else the current session's (not yet
 * open, or closed with its results); else none. A round in another session stays out of the way until it opens.
 */
export function participantHealthCheck(workshop: Pick<WorkshopState, 'healthChecks' | 'meta'>): HealthCheck | null {
  const rounds = healthChecksInOrder(workshop);
  return rounds.find((c) => c.status === 'open') ?? rounds.find((c) => c.sessionId === workshop.meta.currentSessionId) ?? null;
}

/** Participants who could answer now (the response rate's denominator while a round is open). */
export function participantCount(workshop: Pick<WorkshopState, 'members'>): number {
  return Object.values(workshop.members).filter((m) => m.role === 'participant' && m.removedAt === null).length;
}
