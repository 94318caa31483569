import { FACILITATORS, PARTICIPANTS } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import { accepted, rejected } from '../command/transitionResult';
import type { MemberId } from '../ids/ids';
import { randomFromIds } from '../survey/surveyCommands';
import type { HiddenState } from '../workshop/hiddenState';
import type { WorkshopState } from '../workshop/workshop';
import { respondentKey, type HealthAnswer, type HealthCheck, type HealthCheckId } from './healthCheck';
import { healthCheckResults, healthSplitSectorOf, type HealthCheckResponse } from './healthCheckResults';
import type { HEALTH_CHECK_PAYLOADS } from './healthCheckPayloads';
import { roundName } from './healthCheckRounds';
import { isSuccessFactorId, SUCCESS_FACTORS } from './successFactors';

/*
 * The health check's commands (rule ids in docs/spec.md, HEALTH1-10). Facilitators add a round to a session, open
 * and close it; each participant answers a round once. An answer leaves the transition only as an effect for the
 * store (HEALTH4): the shared doc gains one to the round's count, the hidden doc the fact that this member has
 * answered it, and nothing else.
 */
const withCheck = (state: WorkshopState, check: HealthCheck): WorkshopState => ({ ...state, healthChecks: { ...state.healthChecks, [check.id]: check } });

function checkOf(state: WorkshopState, id: string): HealthCheck | undefined {
  return Object.hasOwn(state.healthChecks, id) ? state.healthChecks[id as HealthCheckId] : undefined;
}

const unknownCheck = () => rejected('not_found', 'That health check is not in this workshop (a facilitator may have removed it).');
const notOpenYet = () => rejected('wrong_phase', 'This health check has not been opened yet. The facilitators open it in its session.');
const closedAlready = () => rejected('wrong_phase', 'This health check has closed; its results are published.');

/** Participants who could answer a round: those still in the workshop, and anyone who answered it before they left. */
function eligibleFor(state: WorkshopState, hidden: HiddenState, healthCheckId: HealthCheckId): number {
  const eligible = new Set<MemberId>();
  for (const r of Object.values(hidden.healthCheckRespondents)) if (r.healthCheckId === healthCheckId) eligible.add(r.memberId);
  for (const member of Object.values(state.members)) if (member.role === 'participant' && member.removedAt === null) eligible.add(member.id);
  return eligible.size;
}

export const HEALTH_CHECK_COMMANDS = {
  // [HEALTH2] A round goes into any session; a workshop has at most one of each round.
  'healthCheck:add': {
    roles: FACILITATORS,
    apply: (state, p, _actor, ctx) => {
      if (!Object.hasOwn(state.sessions, p.sessionId)) return rejected('not_found', 'That session is not in this workshop.', { sessionId: 'Not a session of this workshop.' });
      const same = Object.values(state.healthChecks).find((c) => c.round === p.round);
      if (same) {
        const session = state.sessions[same.sessionId];
        return rejected('conflict', `This workshop already has ${roundName(p.round)} of the health check${session ? ` (in session ${session.number})` : ''}.`, { round: 'Already in the workshop.' });
      }
      const check: HealthCheck = { id: ctx.newId() as HealthCheckId, sessionId: p.sessionId, round: p.round, status: 'not_started', responseCount: 0, openedAt: null, results: null };
      return accepted(withCheck(state, check), { healthCheckId: check.id });
    },
  },

  // [HEALTH2] A round comes out of its session only before it opens: once people have answered, it stays.
  'healthCheck:remove': {
    roles: FACILITATORS,
    apply: (state, p) => {
      const check = checkOf(state, p.healthCheckId);
      if (!check) return unknownCheck();
      if (check.status !== 'not_started') return rejected('wrong_phase', 'A health check that has been opened cannot be removed: its answers are kept.');
      const healthChecks = { ...state.healthChecks };
      delete healthChecks[check.id];
      return accepted({ ...state, healthChecks }, null);
    },
  },

  // [HEALTH2] Facilitators open a round once; round two only after round one has closed, so their answers stay apart.
  'healthCheck:open': {
    roles: FACILITATORS,
    apply: (state, p, _actor, ctx) => {
      const check = checkOf(state, p.healthCheckId);
      if (!check) return unknownCheck();
      if (check.status === 'open') return rejected('wrong_phase', 'This health check is already open.');
      if (check.status === 'closed') return closedAlready();
      const other = Object.values(state.healthChecks).find((c) => c.id !== check.id && c.status === 'open');
      if (other) return rejected('conflict', `Close ${roundName(other.round)} of the health check before opening another.`);
      if (check.round === 2) {
        const first = Object.values(state.healthChecks).find((c) => c.round === 1);
        if (first && first.status !== 'closed') return rejected('wrong_phase', 'Round two opens once round one has closed.');
      }
      return accepted(withCheck(state, { ...check, status: 'open', openedAt: ctx.now }), null);
    },
  },

  // [HEALTH5] Closing publishes the round's results, computed from its stored answers; it cannot be reopened (HEALTH10).
  'healthCheck:close': {
    roles: FACILITATORS,
    loadsHealthCheckResponses: true,
    apply: (state, p, _actor, ctx, hidden) => {
      const check = checkOf(state, p.healthCheckId);
      if (!check) return unknownCheck();
      if (check.status === 'not_started') return notOpenYet();
      if (check.status === 'closed') return closedAlready();
      if (!ctx.healthCheckResponses) return rejected('unavailable', 'The answers could not be read. Try closing the health check again.');
      const responses = ctx.healthCheckResponses.filter((r) => r.healthCheckId === check.id);
      if (responses.length !== check.responseCount) {
        return rejected('internal', `The stored answers (${responses.length}) do not match the count of responses (${check.responseCount}); the health check stays open.`);
      }
      const results = healthCheckResults(check.id, responses, { eligibleCount: eligibleFor(state, hidden, check.id), closedAt: ctx.now, random: randomFromIds(ctx) });
      return accepted(withCheck(state, { ...check, status: 'closed', results }), null, [{ type: 'healthCheckClosed', healthCheckId: check.id }]);
    },
  },

  // [HEALTH3] Each participant answers a round once, while it is open: the twelve factors only, each rated, "Don't
  // know" or left blank, at least one answered. [HEALTH4] What they answered leaves only as an effect for the store.
  'healthCheck:rate': {
    roles: PARTICIPANTS,
    apply: (state, p, actor, _ctx, hidden) => {
      const check = checkOf(state, p.healthCheckId);
      if (!check) return unknownCheck();
      if (check.status === 'not_started') return notOpenYet();
      if (check.status === 'closed') return closedAlready();
      const key = respondentKey(check.id, actor.memberId);
      if (Object.hasOwn(hidden.healthCheckRespondents, key)) {
        return rejected('conflict', 'You have already answered this health check. Each person answers once, and answers cannot be changed: they are not kept with your name.');
      }
      const fields: Record<string, string> = {};
      for (const id of Object.keys(p.answers)) if (!isSuccessFactorId(id)) fields[`answers.${id}`] = 'Not one of the twelve success factors.';
      if (Object.keys(fields).length > 0) return rejected('invalid_payload', 'A rating is for a factor that is not in the health check. Reload the page and answer again.', fields);
      const answers: Record<string, HealthAnswer | null> = {};
      for (const factor of SUCCESS_FACTORS) answers[factor.id] = Object.hasOwn(p.answers, factor.id) ? (p.answers[factor.id] ?? null) : null;
      if (Object.values(answers).every((a) => a === null)) return rejected('invalid_payload', 'Rate at least one factor (or choose "Don\'t know") before sending.');
      const response: HealthCheckResponse = { healthCheckId: check.id, sector: healthSplitSectorOf(state.members[actor.memberId]?.sector ?? null), answers, comment: p.comment };
      const nextHidden: HiddenState = { ...hidden, healthCheckRespondents: { ...hidden.healthCheckRespondents, [key]: { healthCheckId: check.id, memberId: actor.memberId } } };
      return {
        ok: true,
        state: withCheck(state, { ...check, responseCount: check.responseCount + 1 }),
        hidden: nextHidden,
        data: null,
        effects: [{ type: 'healthCheckResponse', response }],
      };
    },
  },
} satisfies RulesFor<typeof HEALTH_CHECK_PAYLOADS>;
