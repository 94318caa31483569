import type { HealthCheck, HealthCheckId } from '@roundtable/shared/healthCheck/healthCheck';
import type { SessionId } from '@roundtable/shared/ids/ids';
import { describe, expect, it } from 'vitest';
import { emptyWorkshop } from '../testing/workshopFixture';
import { participantHealthCheck } from './healthCheckStage';

const check = (id: string, round: 1 | 2, sessionId: string, status: HealthCheck['status']): HealthCheck => ({
  id: id as HealthCheckId,
  sessionId: sessionId as SessionId,
  round,
  status,
  responseCount: 0,
  openedAt: null,
  results: null,
});

describe('the health check a participant sees', () => {
  it('[HEALTH2] is the open round, else the current session\'s, else none', () => {
    const workshop = emptyWorkshop();
    const one = check('check-one', 1, 'session-1', 'not_started');
    const two = check('check-two', 2, 'session-5', 'not_started');
    const at = (current: string, ...checks: HealthCheck[]) => participantHealthCheck({ meta: { ...workshop.meta, currentSessionId: current as SessionId }, healthChecks: Object.fromEntries(checks.map((c) => [c.id, c])) });
    expect(at('session-1', one, two)?.id).toBe('check-one');
    expect(at('session-3', one, two)).toBeNull();
    expect(at('session-3', { ...one, status: 'closed' }, two)).toBeNull();
    expect(at('session-5', { ...one, status: 'closed' }, two)?.id).toBe('check-two');
    expect(at('session-3', { ...one, status: 'closed' }, { ...two, status: 'open' })?.id).toBe('check-two');
    expect(at('session-1')).toBeNull();
  });
});
