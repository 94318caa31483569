import type { HiddenState } from '../workshop/hiddenState';
import type { MemberId } from '../ids/ids';
import type { RulesFor } from '../command/commandRule';
import { FACILITATORS, PARTICIPANTS } from '../command/actor';
import type { WorkshopState } from '../workshop/workshop';
import type { SurveyItem, SurveyItemId, SurveyState } from './survey';
import { splitSectorOf, surveyResults, type RandomSource, type SurveyResponse } from './surveyResults';
import type { SURVEY_PAYLOADS } from './surveyPayloads';
import { accepted, rejected } from '../command/transitionResult';
import { type TransitionContext } from '../workshop/transitionContext';

/*
 * The feedback survey's commands (rule ids in docs/spec.md, SURV1-9). Facilitators set the questions, open and close
 * it; each participant answers once. An answer leaves the transition only as an effect for the store (SURV4): the
 * shared doc gains one to its count, the hidden doc the fact that this member has answered, and nothing else.
 */
const withSurvey = (state: WorkshopState, survey: Partial<SurveyState>): WorkshopState => ({ ...state, survey: { ...state.survey, ...survey } });

/**
 * A random source drawn from fresh random ids (the context's only randomness): each id's FNV-1a hash, scaled to
 * [0, 1). Ids are 128 random bits in production, so the numbers are as unpredictable; in tests they repeat.
 */
export function randomFromIds(ctx: TransitionContext): RandomSource {
  return () => {
    let hash = 0x811c9dc5;
    for (const ch of ctx.newId()) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193);
    return (hash >>> 0) / 2 ** 32;
  };
}

/** Participants who could answer: those still in the workshop, and anyone who answered before they left. */
export function eligibleCount(state: WorkshopState, hidden: HiddenState): number {
  const eligible = new Set<MemberId>(Object.keys(hidden.surveyRespondents) as MemberId[]);
  for (const member of Object.values(state.members)) if (member.role === 'participant' && member.removedAt === null) eligible.add(member.id);
  return eligible.size;
}

const notOpenYet = () => rejected('wrong_phase', 'The survey has not been opened yet. The facilitators open it in session five.');
const closedAlready = () => rejected('wrong_phase', 'The survey has closed; its results are published.');

export const SURVEY_COMMANDS = {
  // [SURV1] Facilitators reword, add and remove questions (the PIP report's too) until the survey opens.
  'survey:configure': {
    roles: FACILITATORS,
    apply: (state, p, _actor, ctx) => {
      if (state.survey.status !== 'not_started') return rejected('wrong_phase', 'The questions cannot change once the survey has been opened.');
      const current = new Map(state.survey.items.map((item) => [item.id as string, item]));
      const seen = new Set<string>();
      const items: SurveyItem[] = [];
      for (const [index, wanted] of p.items.entries()) {
        if (wanted.id === undefined) {
          items.push({ id: ctx.newId() as SurveyItemId, kind: wanted.kind, text: wanted.text, builtIn: false });
          continue;
        }
        const existing = current.get(wanted.id);
        if (!existing) return rejected('not_found', 'A question you edited is no longer in the survey (someone may have removed it).', { [`items.${index}.id`]: 'Not in the survey.' });
        if (seen.has(wanted.id)) return rejected('invalid_payload', 'A question appears twice.', { [`items.${index}.id`]: 'Listed twice.' });
        if (existing.kind !== wanted.kind) {
          return rejected('invalid_payload', "A question's kind cannot change: remove it and add a new one.", { [`items.${index}.kind`]: `This question is a ${existing.kind} question.` });
        }
        seen.add(wanted.id);
        items.push(existing.text === wanted.text ? existing : { ...existing, text: wanted.text });
      }
      return accepted(withSurvey(state, { items }), null);
    },
  },

  // [SURV2] Opening needs a survey not yet opened; a closed survey stays closed (SURV8).
  'survey:open': {
    roles: FACILITATORS,
    apply: (state, _p, _actor, ctx) => {
      if (state.survey.status === 'open') return rejected('wrong_phase', 'The survey is already open.');
      if (state.survey.status === 'closed') return closedAlready();
      if (state.survey.items.length === 0) return rejected('conflict', 'Add at least one question before opening the survey.');
      return accepted(withSurvey(state, { status: 'open', openedAt: ctx.now }), null);
    },
  },

  // [SURV5] Closing publishes the results, computed from the stored answers; [SURV8] it cannot be reopened.
  'survey:close': {
    roles: FACILITATORS,
    loadsSurveyResponses: true,
    apply: (state, _p, _actor, ctx, hidden) => {
      if (state.survey.status === 'not_started') return notOpenYet();
      if (state.survey.status === 'closed') return closedAlready();
      const responses = ctx.surveyResponses;
      if (!responses) return rejected('unavailable', 'The answers could not be read. Try closing the survey again.');
      if (responses.length !== state.survey.responseCount) {
        return rejected('internal', `The stored answers (${responses.length}) do not match the count of responses (${state.survey.responseCount}); the survey stays open.`);
      }
      const results = surveyResults(state.survey.items, responses, { eligibleCount: eligibleCount(state, hidden), closedAt: ctx.now, random: randomFromIds(ctx) });
      return accepted(withSurvey(state, { status: 'closed', results }), null, [{ type: 'surveyClosed' }]);
    },
  },

  // [SURV3] Each participant answers once, while the survey is open, on the scale or not at all, and only the
  // survey's own questions. [SURV4] What they answered leaves only as an effect for the store.
  'survey:answer': {
    roles: PARTICIPANTS,
    apply: (state, p, actor, _ctx, hidden) => {
      if (state.survey.status === 'not_started') return notOpenYet();
      if (state.survey.status === 'closed') return closedAlready();
      if (Object.hasOwn(hidden.surveyRespondents, actor.memberId)) {
        return rejected('conflict', 'You have already answered the survey. Each person answers once, and answers cannot be changed: they are not kept with your name.');
      }
      const kinds = new Map(state.survey.items.map((item) => [item.id as string, item.kind]));
      const fields: Record<string, string> = {};
      for (const id of Object.keys(p.answers)) if (kinds.get(id) !== 'scale') fields[`answers.${id}`] = 'Not a rating question of this survey.';
      for (const id of Object.keys(p.texts)) if (kinds.get(id) !== 'text') fields[`texts.${id}`] = 'Not a written question of this survey.';
      if (Object.keys(fields).length > 0) return rejected('invalid_payload', 'An answer is for a question that is not in this survey. Reload the survey and answer again.', fields);
      const response: SurveyResponse = { sector: splitSectorOf(state.members[actor.memberId]?.sector ?? null), answers: {}, texts: {} };
      for (const item of state.survey.items) {
        if (item.kind === 'scale') response.answers[item.id] = p.answers[item.id] ?? null;
        else if (p.texts[item.id]) response.texts[item.id] = p.texts[item.id]!;
      }
      if (Object.values(response.answers).every((a) => a === null) && Object.keys(response.texts).length === 0) {
        return rejected('invalid_payload', 'Answer at least one question before sending.');
      }
      const nextHidden: HiddenState = { ...hidden, surveyRespondents: { ...hidden.surveyRespondents, [actor.memberId]: { memberId: actor.memberId } } };
      return {
        ok: true,
        state: withSurvey(state, { responseCount: state.survey.responseCount + 1 }),
        hidden: nextHidden,
        data: null,
        effects: [{ type: 'surveyResponse', response }],
      };
    },
  },
} satisfies RulesFor<typeof SURVEY_PAYLOADS>;
