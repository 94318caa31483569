import { describe, expect, it } from 'vitest';
import type { Actor } from '../command/actor';
import type { SessionId } from '../ids/ids';
import { CommandRoom } from '../testing/commandRoom';
import { commandSchemas, type CommandName, type CommandPayload } from '../workshop/commandSchemas';
import { personalViews } from '../workshop/personalView';
import type { Effect } from '../workshop/transitionContext';
import type { HealthCheckId, HealthRound } from './healthCheck';
import { HEALTH_COMMENT_MAX_CHARS } from './healthCheckLimits';
import type { HealthCheckResponse } from './healthCheckResults';
import { healthChecksInOrder } from './healthCheckRounds';

/** A workshop's health check driven command by command, with the store's part (the answers) kept as the server keeps it. */
class HealthRoom extends CommandRoom {
  stored: HealthCheckResponse[] = [];
  effects: Effect[] = [];

  constructor() {
    super();
    Object.defineProperty(this.ctx, 'healthCheckResponses', { get: () => [...this.stored], enumerable: true });
  }

  override run<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>) {
    const result = super.run(actor, name, payload);
    if (result.ok) {
      this.effects.push(...result.effects);
      for (const effect of result.effects) if (effect.type === 'healthCheckResponse') this.stored.push(effect.response);
    }
    return result;
  }

  round(round: HealthRound): HealthCheckId {
    return healthChecksInOrder(this.state).find((c) => c.round === round)!.id;
  }

  check(round: HealthRound) {
    return this.state.healthChecks[this.round(round)]!;
  }

  session(number: number): SessionId {
    return Object.values(this.state.sessions).find((s) => s.number === number)!.id;
  }
}

const RATINGS = { 'trust-and-support': 'mostly', governance: 'dont_know', 'takes-time': null } as const;

describe('health check commands', () => {
  it('[HEALTH2] a new workshop has round one in session one and round two in session five, neither started', () => {
    const room = new HealthRoom();
    expect(healthChecksInOrder(room.state).map((c) => ({ round: c.round, session: room.state.sessions[c.sessionId]!.number, status: c.status, responseCount: c.responseCount, results: c.results }))).toEqual([
      { round: 1, session: 1, status: 'not_started', responseCount: 0, results: null },
      { round: 2, session: 5, status: 'not_started', responseCount: 0, results: null },
    ]);
  });

  it('[HEALTH2] facilitators remove a round before it opens and add it to another session; one of each round; participants cannot', () => {
    const room = new HealthRoom();
    const amy = room.join('Amy', 'third_sector');
    room.fails(amy, 'healthCheck:remove', { healthCheckId: room.round(2) }, 'forbidden');
    room.fails(room.lead, 'healthCheck:add', { sessionId: room.session(4), round: 2 }, 'conflict');
    room.ok(room.lead, 'healthCheck:remove', { healthCheckId: room.round(2) });
    expect(healthChecksInOrder(room.state).map((c) => c.round)).toEqual([1]);
    room.fails(amy, 'healthCheck:add', { sessionId: room.session(4), round: 2 }, 'forbidden');
    room.fails(room.lead, 'healthCheck:add', { sessionId: 'no-such-session' as SessionId, round: 2 }, 'not_found');
    const { healthCheckId } = room.ok(room.co, 'healthCheck:add', { sessionId: room.session(4), round: 2 });
    expect(room.state.healthChecks[healthCheckId]).toMatchObject({ round: 2, sessionId: room.session(4), status: 'not_started' });
    room.fails(room.lead, 'healthCheck:remove', { healthCheckId: 'no-such-check' as HealthCheckId }, 'not_found');
    room.ok(room.lead, 'healthCheck:open', { healthCheckId: room.round(1) });
    room.fails(room.lead, 'healthCheck:remove', { healthCheckId: room.round(1) }, 'wrong_phase');
  });

  it('[HEALTH2] opening: facilitators only, one round open at a time, round two once round one has closed; unknown ids refused', () => {
    const room = new HealthRoom();
    const amy = room.join('Amy', 'third_sector');
    room.fails(amy, 'healthCheck:open', { healthCheckId: room.round(1) }, 'forbidden');
    room.fails(room.lead, 'healthCheck:open', { healthCheckId: room.round(2) }, 'wrong_phase');
    room.fails(room.lead, 'healthCheck:open', { healthCheckId: 'constructor' as HealthCheckId }, 'not_found');
    room.ok(room.lead, 'healthCheck:open', { healthCheckId: room.round(1) });
    expect(room.check(1)).toMatchObject({ status: 'open', openedAt: room.ctx.now });
    room.fails(room.lead, 'healthCheck:open', { healthCheckId: room.round(1) }, 'wrong_phase');
    room.fails(room.lead, 'healthCheck:open', { healthCheckId: room.round(2) }, 'conflict');
    room.fails(amy, 'healthCheck:close', { healthCheckId: room.round(1) }, 'forbidden');
    room.ok(room.lead, 'healthCheck:close', { healthCheckId: room.round(1) });
    room.ok(room.lead, 'healthCheck:open', { healthCheckId: room.round(2) });
  });

  it('[HEALTH2] [HEALTH3] the payloads refuse ids that are built-in names, rounds other than one and two, ratings off the scale and long comments', () => {
    const parse = <K extends CommandName>(name: K, payload: Record<string, unknown>) => commandSchemas[name].safeParse({ commandId: 'command-0001', ...payload }).success;
    expect(parse('healthCheck:open', { healthCheckId: '__proto__' })).toBe(false);
    // An own `__proto__` key (as JSON.parse makes one) is dropped by the schema, so nothing is rated: the rule refuses it.
    const own = commandSchemas['healthCheck:rate'].parse({ commandId: 'command-0001', healthCheckId: 'check-0001', answers: JSON.parse('{"__proto__":"mostly"}'), comment: '' });
    expect(Object.keys(own.answers)).toEqual([]);
    expect(parse('healthCheck:rate', { healthCheckId: 'check-0001', answers: { governance: 'excellent' }, comment: '' })).toBe(false);
    expect(parse('healthCheck:rate', { healthCheckId: 'check-0001', answers: { governance: 6 }, comment: '' })).toBe(false);
    expect(parse('healthCheck:rate', { healthCheckId: 'check-0001', answers: { governance: 'mostly' }, comment: 'x'.repeat(HEALTH_COMMENT_MAX_CHARS + 1) })).toBe(false);
    expect(parse('healthCheck:rate', { healthCheckId: 'check-0001', answers: { governance: 'mostly', 'takes-time': 'dont_know', 'new-ways': null }, comment: '' })).toBe(true);
    expect(parse('healthCheck:add', { sessionId: 'session-0001', round: 3 })).toBe(false);
    expect(parse('healthCheck:add', { sessionId: 'session-0001', round: 1 })).toBe(true);
  });

  it('[HEALTH3] [HEALTH4] each participant answers an open round once; the answer leaves only as an effect, without a member id', () => {
    const room = new HealthRoom();
    const amy = room.join('Amy', 'third_sector');
    const bob = room.join('Bob', 'other_public');
    const payload = { healthCheckId: room.round(1), answers: RATINGS, comment: ' Good start ' };
    room.fails(amy, 'healthCheck:rate', payload, 'wrong_phase');
    room.ok(room.lead, 'healthCheck:open', { healthCheckId: room.round(1) });
    room.fails(room.lead, 'healthCheck:rate', payload, 'forbidden');
    room.fails(amy, 'healthCheck:rate', { ...payload, healthCheckId: 'no-such-check' as HealthCheckId }, 'not_found');
    room.fails(amy, 'healthCheck:rate', { ...payload, answers: { 'not-a-factor': 'mostly' } }, 'invalid_payload');
    room.fails(amy, 'healthCheck:rate', { ...payload, answers: { governance: null } }, 'invalid_payload');
    room.fails(amy, 'healthCheck:rate', { ...payload, answers: JSON.parse('{"__proto__":"mostly"}') as typeof payload.answers }, 'invalid_payload');
    room.fails(amy, 'healthCheck:rate', { ...payload, answers: {} }, 'invalid_payload');
    expect(room.ok(amy, 'healthCheck:rate', { ...payload, comment: 'Good start' })).toBeNull();
    room.fails(amy, 'healthCheck:rate', payload, 'conflict');
    room.ok(bob, 'healthCheck:rate', { ...payload, comment: '' });
    expect(room.check(1).responseCount).toBe(2);
    expect(room.stored).toHaveLength(2);
    expect(room.stored[0]).toEqual({ healthCheckId: room.round(1), sector: 'third_sector', answers: expect.objectContaining({ 'trust-and-support': 'mostly', governance: 'dont_know', 'takes-time': null }), comment: 'Good start' });
    expect(Object.keys(room.stored[0]!.answers)).toHaveLength(12);
    // Other public bodies count only in the totals.
    expect(room.stored[1]!.sector).toBeNull();
    // Neither doc holds what anyone answered; the hidden doc holds who answered, the shared doc only the count.
    const docs = JSON.stringify({ state: room.state, hidden: room.hidden });
    expect(docs).not.toContain('Good start');
    expect(docs).not.toContain('dont_know');
    expect(JSON.stringify(room.state.healthChecks)).not.toContain(amy.memberId);
    expect(Object.values(room.hidden.healthCheckRespondents)).toEqual(expect.arrayContaining([{ healthCheckId: room.round(1), memberId: amy.memberId }]));
    expect(personalViews(room.state, room.hidden).get(amy.memberId)!.healthChecksAnswered).toEqual([room.round(1)]);
    expect(personalViews(room.state, room.hidden).get(room.lead.memberId)!.healthChecksAnswered).toEqual([]);
  });

  it('[HEALTH5] [HEALTH10] closing publishes the results from the stored answers, asks the store to rewrite them, and stays closed', () => {
    const room = new HealthRoom();
    const people = ['Amy', 'Ben', 'Cat'].map((name) => room.join(name, 'local_authority'));
    room.fails(room.lead, 'healthCheck:close', { healthCheckId: room.round(1) }, 'wrong_phase');
    room.ok(room.lead, 'healthCheck:open', { healthCheckId: room.round(1) });
    room.ok(people[0]!, 'healthCheck:rate', { healthCheckId: room.round(1), answers: { governance: 'a_little' }, comment: 'Too many meetings' });
    room.ok(people[1]!, 'healthCheck:rate', { healthCheckId: room.round(1), answers: { governance: 'partly', 'takes-time': 'dont_know' }, comment: '' });
    expect(room.check(1).results).toBeNull();
    room.ok(room.lead, 'healthCheck:close', { healthCheckId: room.round(1) });
    const results = room.check(1).results!;
    expect(room.check(1).status).toBe('closed');
    expect(results).toMatchObject({ responseCount: 2, eligibleCount: 3, comments: ['Too many meetings'], closedAt: room.ctx.now });
    expect(results.factors.find((f) => f.factorId === 'governance')).toMatchObject({ median: 2.5, dontKnow: 0, skipped: 0, bySector: null });
    expect(results.factors.find((f) => f.factorId === 'takes-time')).toMatchObject({ median: null, dontKnow: 1, skipped: 1 });
    expect(room.effects.at(-1)).toEqual({ type: 'healthCheckClosed', healthCheckId: room.round(1) });
    room.fails(room.lead, 'healthCheck:close', { healthCheckId: room.round(1) }, 'wrong_phase');
    room.fails(room.lead, 'healthCheck:open', { healthCheckId: room.round(1) }, 'wrong_phase');
    room.fails(people[2]!, 'healthCheck:rate', { healthCheckId: room.round(1), answers: { governance: 'fully' }, comment: '' }, 'wrong_phase');
  });

  it('[HEALTH5] closing refuses when the answers could not be read or do not match the count, and changes nothing', () => {
    const room = new HealthRoom();
    const amy = room.join('Amy', 'third_sector');
    room.ok(room.lead, 'healthCheck:open', { healthCheckId: room.round(1) });
    room.ok(amy, 'healthCheck:rate', { healthCheckId: room.round(1), answers: { governance: 'fully' }, comment: '' });
    room.stored = [];
    room.fails(room.lead, 'healthCheck:close', { healthCheckId: room.round(1) }, 'internal');
    expect(room.check(1).status).toBe('open');
  });
});
