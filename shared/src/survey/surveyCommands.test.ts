import { describe, expect, it } from 'vitest';
import { EMPTY_HIDDEN, type HiddenState } from '../workshop/hiddenState';
import { personalViews, viewersOfChange } from '../workshop/personalView';
import type { CommandId } from '../ids/ids';
import { fixedContext } from '../testing/fixedContext';
import type { WorkshopState } from '../workshop/workshop';
import { createWorkshop, joinWorkshop } from '../workshop/workshopTransitions';
import { PIP_SURVEY_ITEMS } from './pipSurveyItems';
import type { SurveyItemId } from './survey';
import type { SurveyResponse } from './surveyResults';
import type { CommandName, CommandPayload } from '../workshop/commandSchemas';
import { commandSchemas } from '../workshop/commandSchemas';
import { SURVEY_ITEM_TEXT_MAX_CHARS, SURVEY_ITEMS_MAX, SURVEY_TEXT_ANSWER_MAX_CHARS } from './surveyLimits';
import type { Sector } from '../members/sector';
import type { Actor } from '../command/actor';
import type { Effect, TransitionContext } from '../workshop/transitionContext';
import { applyCommand } from '../workshop/commands';

/**
 * A workshop's survey driven command by command. Every accepted command is checked to leave its input untouched and
 * to name every member whose personal view it changed; the store's part (the answers) is kept as the server would.
 */
class SurveyRoom {
  state: WorkshopState;
  hidden: HiddenState = EMPTY_HIDDEN;
  /** What the store holds: the answers, apart from who gave them. */
  stored: SurveyResponse[] = [];
  effects: Effect[] = [];
  readonly lead: Actor;
  private n = 0;
  ctx: TransitionContext = { ...fixedContext('2027-05-01T10:00:00.000Z'), newId: () => `made-${String((this.n += 1)).padStart(4, '0')}` };

  constructor() {
    const created = createWorkshop({ title: 'Darlington PIP', area: 'Darlington', facilitatorName: 'Ann' }, fixedContext());
    this.state = created.state;
    this.lead = { memberId: created.leadFacilitatorId, role: 'facilitator' };
  }

  join(name: string, sector: Sector): Actor {
    const joined = joinWorkshop(this.state, { name, organisation: `${name} org`, sector }, { ...this.ctx, newId: () => `member-${name}` });
    if (!joined.ok) throw new Error(joined.error.message);
    this.state = joined.state;
    return { memberId: joined.data.memberId, role: 'participant' };
  }

  run<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>) {
    const before = JSON.stringify({ state: this.state, hidden: this.hidden });
    const ctx = { ...this.ctx, surveyResponses: [...this.stored] };
    const result = applyCommand(name, this.state, { ...payload, commandId: `c${(this.n += 1)}` as CommandId } as CommandPayload<K>, actor, ctx, this.hidden);
    expect(JSON.stringify({ state: this.state, hidden: this.hidden })).toBe(before);
    if (result.ok) {
      const next = { state: result.state, hidden: result.hidden ?? this.hidden };
      const viewsBefore = personalViews(this.state, this.hidden);
      const changed = [...personalViews(next.state, next.hidden)].filter(([id, view]) => JSON.stringify(view) !== JSON.stringify(viewsBefore.get(id))).map(([id]) => id);
      const viewers = viewersOfChange({ state: this.state, hidden: this.hidden }, next);
      expect(changed.filter((id) => !viewers.has(id))).toEqual([]);
      this.state = next.state;
      this.hidden = next.hidden;
      this.effects.push(...result.effects);
      for (const effect of result.effects) if (effect.type === 'surveyResponse') this.stored.push(effect.response);
    }
    return result;
  }

  ok<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>) {
    const result = this.run(actor, name, payload);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    return result;
  }

  fails<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>, code: string) {
    const result = this.run(actor, name, payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
    return result;
  }
}

const TRUST = 'pip-trust' as SurveyItemId;
const BARRIERS = 'pip-barriers' as SurveyItemId;
const DONE = 'pip-done-otherwise' as SurveyItemId;
const itemsAsSent = (room: SurveyRoom) => room.state.survey.items.map(({ id, kind, text }) => ({ id, kind, text }));

function openSurvey() {
  const room = new SurveyRoom();
  const cara = room.join('Cara', 'local_authority');
  const tess = room.join('Tess', 'third_sector');
  const hana = room.join('Hana', 'other_public');
  room.ok(room.lead, 'survey:open', {});
  return { room, cara, tess, hana };
}

describe('setting the survey up', () => {
  it("[SURV1] a new workshop's survey has the PIP report's eleven rated items and its written question, not yet open", () => {
    const { state } = new SurveyRoom();
    expect(state.survey).toMatchObject({ status: 'not_started', responseCount: 0, openedAt: null, results: null });
    expect(state.survey.items).toEqual(PIP_SURVEY_ITEMS);
    expect(state.survey.items.filter((i) => i.kind === 'scale')).toHaveLength(11);
  });

  it('[SURV1] facilitators reword a PIP item, remove one, add their own and reorder, in one change', () => {
    const room = new SurveyRoom();
    const [first, second, ...rest] = itemsAsSent(room);
    room.ok(room.lead, 'survey:configure', {
      items: [{ kind: 'scale', text: 'Work with the CVS on grant funding' }, { ...second!, text: 'Feel able to approach colleagues in other sectors' }, ...rest],
    });
    const items = room.state.survey.items;
    expect(items).toHaveLength(PIP_SURVEY_ITEMS.length);
    expect(items[0]).toEqual({ id: 'made-0002', kind: 'scale', text: 'Work with the CVS on grant funding', builtIn: false });
    expect(items[1]).toEqual({ ...PIP_SURVEY_ITEMS[1], text: 'Feel able to approach colleagues in other sectors' });
    expect(items.some((i) => i.id === first!.id)).toBe(false);
    // An unchanged item is the same object, so the doc writer skips it.
    expect(items[2]).toBe(PIP_SURVEY_ITEMS[2]);
  });

  it('[SURV1] refuses an unknown item, one listed twice, a change of kind, a participant, and any change once open — changing nothing', () => {
    const room = new SurveyRoom();
    const cara = room.join('Cara', 'local_authority');
    const items = itemsAsSent(room);
    room.fails(room.lead, 'survey:configure', { items: [...items, { id: 'not-an-item' as SurveyItemId, kind: 'scale', text: 'Gone' }] }, 'not_found');
    room.fails(room.lead, 'survey:configure', { items: [...items, items[0]!] }, 'invalid_payload');
    room.fails(room.lead, 'survey:configure', { items: [{ ...items[0]!, kind: 'text' }] }, 'invalid_payload');
    room.fails(cara, 'survey:configure', { items }, 'forbidden');
    expect(room.state.survey.items).toEqual(PIP_SURVEY_ITEMS);
    room.ok(room.lead, 'survey:open', {});
    room.fails(room.lead, 'survey:configure', { items: items.slice(1) }, 'wrong_phase');
    expect(room.state.survey.items).toEqual(PIP_SURVEY_ITEMS);
  });

  it('[SURV1] a payload past the limits is refused before it reaches the survey: 31 items, a 301-character question, none at all', () => {
    const parse = (items: unknown) => commandSchemas['survey:configure'].safeParse({ commandId: 'command-0001', items });
    const item = (text: string) => ({ kind: 'scale', text });
    expect(parse(Array.from({ length: SURVEY_ITEMS_MAX }, (_, i) => item(`Q${i}`))).success).toBe(true);
    expect(parse(Array.from({ length: SURVEY_ITEMS_MAX + 1 }, (_, i) => item(`Q${i}`))).success).toBe(false);
    expect(parse([item('x'.repeat(SURVEY_ITEM_TEXT_MAX_CHARS))]).success).toBe(true);
    expect(parse([item('x'.repeat(SURVEY_ITEM_TEXT_MAX_CHARS + 1))]).success).toBe(false);
    expect(parse([item('   ')]).success).toBe(false);
    expect(parse([]).success).toBe(false);
    expect(parse([{ kind: 'essay', text: 'Tell us' }]).success).toBe(false);
  });

  it('[SURV2] facilitators open the survey once; participants cannot; a survey with no questions cannot open', () => {
    const room = new SurveyRoom();
    const cara = room.join('Cara', 'local_authority');
    room.fails(cara, 'survey:open', {}, 'forbidden');
    room.state = { ...room.state, survey: { ...room.state.survey, items: [] } };
    room.fails(room.lead, 'survey:open', {}, 'conflict');
    room.state = { ...room.state, survey: { ...room.state.survey, items: PIP_SURVEY_ITEMS } };
    room.ok(room.lead, 'survey:open', {});
    expect(room.state.survey).toMatchObject({ status: 'open', openedAt: '2027-05-01T10:00:00.000Z' });
    room.fails(room.lead, 'survey:open', {}, 'wrong_phase');
  });
});

describe('answering', () => {
  it('[SURV3] [SURV4] an answer adds one to the count and records that its author answered — and the answer itself only in the effect for the store', () => {
    const { room, cara } = openSurvey();
    const before = room.state;
    const result = room.ok(cara, 'survey:answer', { answers: { [TRUST]: 'helpful', [BARRIERS]: null }, texts: { [DONE]: 'Joint training with the CVS' } });
    expect(result.data).toBeNull();
    expect(room.state).toEqual({ ...before, survey: { ...before.survey, responseCount: 1 } });
    expect(room.hidden.surveyRespondents).toEqual({ [cara.memberId]: { memberId: cara.memberId } });
    expect(JSON.stringify({ state: room.state, hidden: room.hidden })).not.toContain('Joint training');
    const [effect] = result.effects;
    expect(effect).toEqual({ type: 'surveyResponse', response: expect.objectContaining({ sector: 'local_authority', texts: { [DONE]: 'Joint training with the CVS' } }) });
    // Every rated item is stored, a blank as null; the response names no one.
    const response = room.stored[0]!;
    expect(Object.keys(response.answers)).toHaveLength(11);
    expect(response.answers[TRUST]).toBe('helpful');
    expect(response.answers[BARRIERS]).toBeNull();
    expect(JSON.stringify(response)).not.toContain(cara.memberId);
  });

  it("[SURV4] a participant's own view says they have answered, and nobody else's changes", () => {
    const { room, cara, tess } = openSurvey();
    room.ok(cara, 'survey:answer', { answers: { [TRUST]: 'very_helpful' }, texts: {} });
    const views = personalViews(room.state, room.hidden);
    expect(views.get(cara.memberId)!.surveyAnswered).toBe(true);
    expect(views.get(tess.memberId)!.surveyAnswered).toBe(false);
    expect(views.get(room.lead.memberId)!.surveyAnswered).toBe(false);
  });

  it('[SURV4] a sector other than council and third sector is stored as none, so it counts only in the totals', () => {
    const { room, hana } = openSurvey();
    room.ok(hana, 'survey:answer', { answers: { [TRUST]: 'neither' }, texts: {} });
    expect(room.stored[0]!.sector).toBeNull();
  });

  it('[SURV3] each participant answers once: a second answer is refused with a clear reason and changes nothing', () => {
    const { room, cara } = openSurvey();
    room.ok(cara, 'survey:answer', { answers: { [TRUST]: 'helpful' }, texts: {} });
    const result = room.fails(cara, 'survey:answer', { answers: { [TRUST]: 'not_helpful' }, texts: {} }, 'conflict');
    expect(!result.ok && result.error.message).toMatch(/already answered/);
    expect(room.state.survey.responseCount).toBe(1);
    expect(room.stored).toHaveLength(1);
  });

  it('[SURV3] refuses an answer before the survey opens and after it closes', () => {
    const room = new SurveyRoom();
    const cara = room.join('Cara', 'local_authority');
    room.fails(cara, 'survey:answer', { answers: { [TRUST]: 'helpful' }, texts: {} }, 'wrong_phase');
    room.ok(room.lead, 'survey:open', {});
    room.ok(room.lead, 'survey:close', {});
    room.fails(cara, 'survey:answer', { answers: { [TRUST]: 'helpful' }, texts: {} }, 'wrong_phase');
    expect(room.stored).toEqual([]);
    expect(room.hidden.surveyRespondents).toEqual({});
  });

  it('[SURV3] refuses a facilitator, an unknown item, a text for a rated item, a rating for a written one, and an empty answer', () => {
    const { room, cara } = openSurvey();
    room.fails(room.lead, 'survey:answer', { answers: { [TRUST]: 'helpful' }, texts: {} }, 'forbidden');
    const unknown = room.fails(cara, 'survey:answer', { answers: { [TRUST]: 'helpful', 'no-such-item': 'helpful' }, texts: {} }, 'invalid_payload');
    expect(!unknown.ok && unknown.error.fields).toEqual({ 'answers.no-such-item': expect.any(String) });
    room.fails(cara, 'survey:answer', { answers: {}, texts: { [TRUST]: 'A text for a rated item' } }, 'invalid_payload');
    room.fails(cara, 'survey:answer', { answers: { [DONE]: 'helpful' }, texts: {} }, 'invalid_payload');
    room.fails(cara, 'survey:answer', { answers: { [TRUST]: null }, texts: { [DONE]: '' } }, 'invalid_payload');
    expect(room.state.survey.responseCount).toBe(0);
    expect(room.stored).toEqual([]);
  });

  it('[SURV3] an answer off the scale, a text past 2000 characters, or too many entries is refused by the payload check', () => {
    const parse = (answers: unknown, texts: unknown = {}) => commandSchemas['survey:answer'].safeParse({ commandId: 'command-0001', answers, texts });
    expect(parse({ [TRUST]: 'helpful', [BARRIERS]: null }).success).toBe(true);
    expect(parse({ [TRUST]: 'brilliant' }).success).toBe(false);
    expect(parse({ [TRUST]: 5 }).success).toBe(false);
    expect(parse({}, { [DONE]: 'x'.repeat(SURVEY_TEXT_ANSWER_MAX_CHARS) }).success).toBe(true);
    expect(parse({}, { [DONE]: 'x'.repeat(SURVEY_TEXT_ANSWER_MAX_CHARS + 1) }).success).toBe(false);
    expect(parse(Object.fromEntries(Array.from({ length: SURVEY_ITEMS_MAX + 1 }, (_, i) => [`item-${String(i).padStart(4, '0')}`, 'helpful']))).success).toBe(false);
    expect(parse({ 'x!': 'helpful' }).success).toBe(false);
    expect(commandSchemas['survey:answer'].safeParse({ commandId: 'command-0001', answers: {} }).success).toBe(false);
  });
});

describe('closing', () => {
  it('[SURV5] closing publishes the results computed from the stored answers, with the response rate over the participants', () => {
    const { room, cara, tess } = openSurvey();
    room.ok(cara, 'survey:answer', { answers: { [TRUST]: 'helpful' }, texts: { [DONE]: 'Joint training' } });
    room.ok(tess, 'survey:answer', { answers: { [TRUST]: 'not_helpful', [BARRIERS]: 'very_helpful' }, texts: {} });
    const result = room.ok(room.lead, 'survey:close', {});
    expect(result.effects).toEqual([{ type: 'surveyClosed' }]);
    const { survey } = room.state;
    expect(survey.status).toBe('closed');
    expect(survey.results).toMatchObject({ responseCount: 2, eligibleCount: 3, closedAt: '2027-05-01T10:00:00.000Z' });
    const trust = survey.results!.scale.find((s) => s.itemId === TRUST)!;
    expect(trust).toMatchObject({ counts: { helpful: 1, not_helpful: 1 }, skipped: 0, helpfulShare: 0.5, bySector: null });
    expect(survey.results!.text).toEqual([{ itemId: DONE, answers: ['Joint training'] }]);
  });

  it('[SURV5] a participant who answered and then left still counts among those who could answer', () => {
    const { room, cara } = openSurvey();
    room.ok(cara, 'survey:answer', { answers: { [TRUST]: 'helpful' }, texts: {} });
    room.ok(room.lead, 'member:remove', { memberId: cara.memberId });
    room.ok(room.lead, 'survey:close', {});
    expect(room.state.survey.results).toMatchObject({ responseCount: 1, eligibleCount: 3 });
  });

  it('[SURV5] refuses to close when the stored answers cannot be read or do not match the count, and the survey stays open', () => {
    const { room, cara } = openSurvey();
    room.ok(cara, 'survey:answer', { answers: { [TRUST]: 'helpful' }, texts: {} });
    const close = (responses?: SurveyResponse[]) => applyCommand('survey:close', room.state, { commandId: 'close-0001' as CommandId }, room.lead, { ...room.ctx, surveyResponses: responses }, room.hidden);
    expect(close(undefined)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(close([])).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(room.state.survey.status).toBe('open');
  });

  it('[SURV8] closing needs an open survey, only facilitators close, and a closed survey cannot be opened again', () => {
    const room = new SurveyRoom();
    const cara = room.join('Cara', 'local_authority');
    room.fails(room.lead, 'survey:close', {}, 'wrong_phase');
    room.ok(room.lead, 'survey:open', {});
    room.fails(cara, 'survey:close', {}, 'forbidden');
    room.ok(room.lead, 'survey:close', {});
    room.fails(room.lead, 'survey:close', {}, 'wrong_phase');
    room.fails(room.lead, 'survey:open', {}, 'wrong_phase');
    expect(room.state.survey.status).toBe('closed');
  });
});
