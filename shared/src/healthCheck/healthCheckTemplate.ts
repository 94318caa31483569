import type { SessionId } from '../ids/ids';
import type { Session } from '../sessions/session';
import type { TransitionContext } from '../workshop/transitionContext';
import type { SessionTemplate } from '../workshop/pipTemplate';
import type { HealthCheck, HealthCheckId } from './healthCheck';

/** [HEALTH2] The rounds of the health check a new workshop starts with: one in each session whose template holds one. */
export function healthChecksFromTemplate(template: readonly SessionTemplate[], sessions: Record<SessionId, Session>, ctx: Pick<TransitionContext, 'newId'>): Record<HealthCheckId, HealthCheck> {
  const checks: Record<HealthCheckId, HealthCheck> = {};
  for (const t of template) {
    if (t.healthCheck === undefined) continue;
    const session = Object.values(sessions).find((s) => s.number === t.number);
    if (!session) continue;
    const id = ctx.newId() as HealthCheckId;
    checks[id] = { id, sessionId: session.id, round: t.healthCheck, status: 'not_started', responseCount: 0, openedAt: null, results: null };
  }
  return checks;
}
