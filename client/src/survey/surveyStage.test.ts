import type { SessionId } from '@roundtable/shared/ids/ids';
import type { SurveyItem, SurveyItemId } from '@roundtable/shared/survey/survey';
import { describe, expect, it } from 'vitest';
import { emptyWorkshop, SESSION_ID, testParticipant, workshopWith } from '../testing/workshopFixture';
import { itemsAfter, participantCount, surveyShown } from './surveyStage';

const item = (id: string, kind: 'scale' | 'text' = 'scale'): SurveyItem => ({ id: id as SurveyItemId, kind, text: `Item ${id}`, builtIn: true });
const items = [item('pip-trust'), item('pip-respect'), item('pip-done', 'text')];

describe('surveyShown', () => {
  it('is hidden before session five while the survey has not started', () => {
    expect(surveyShown(emptyWorkshop())).toBe(false);
  });

  it('shows from session five on', () => {
    const state = emptyWorkshop();
    const five = { ...state, sessions: { [SESSION_ID]: { ...state.sessions[SESSION_ID as SessionId]!, number: 5 } } };
    expect(surveyShown(five)).toBe(true);
  });

  it('shows as soon as the survey is opened, in any session', () => {
    const state = emptyWorkshop();
    expect(surveyShown({ ...state, survey: { ...state.survey, status: 'open' } })).toBe(true);
    expect(surveyShown({ ...state, survey: { ...state.survey, status: 'closed' } })).toBe(true);
  });
});

describe('participantCount', () => {
  it('counts participants still in the workshop, not facilitators nor those who left', () => {
    const state = workshopWith({
      members: [
        testParticipant('member0001'),
        testParticipant('member0002'),
        testParticipant('member0003', { removedAt: '2026-09-01T11:00:00.000Z' }),
        testParticipant('member0004', { role: 'facilitator' }),
      ],
    });
    expect(participantCount(state)).toBe(2);
  });
});

describe('[SURV1] itemsAfter', () => {
  const ids = (specs: ReturnType<typeof itemsAfter>) => specs?.map((s) => s.id ?? `new:${s.text}`);

  it('rewords one item and keeps every id', () => {
    expect(itemsAfter(items, { kind: 'reword', itemId: 'pip-respect', text: 'Respect colleagues more' })).toEqual([
      { id: 'pip-trust', kind: 'scale', text: 'Item pip-trust' },
      { id: 'pip-respect', kind: 'scale', text: 'Respect colleagues more' },
      { id: 'pip-done', kind: 'text', text: 'Item pip-done' },
    ]);
  });

  it('removes an item, built-in or not', () => {
    expect(ids(itemsAfter(items, { kind: 'remove', itemId: 'pip-trust' }))).toEqual(['pip-respect', 'pip-done']);
  });

  it('adds a new item, without an id, at the end', () => {
    expect(itemsAfter(items, { kind: 'add', itemKind: 'text', text: 'Any other comments?' })?.at(-1)).toEqual({ kind: 'text', text: 'Any other comments?' });
  });

  it('moves an item up or down by one', () => {
    expect(ids(itemsAfter(items, { kind: 'move', itemId: 'pip-respect', by: -1 }))).toEqual(['pip-respect', 'pip-trust', 'pip-done']);
    expect(ids(itemsAfter(items, { kind: 'move', itemId: 'pip-respect', by: 1 }))).toEqual(['pip-trust', 'pip-done', 'pip-respect']);
  });

  it('has nothing to send for a move past either end or a change to an item no longer there', () => {
    expect(itemsAfter(items, { kind: 'move', itemId: 'pip-trust', by: -1 })).toBeNull();
    expect(itemsAfter(items, { kind: 'move', itemId: 'pip-done', by: 1 })).toBeNull();
    expect(itemsAfter(items, { kind: 'remove', itemId: 'gone-item' })).toBeNull();
    expect(itemsAfter(items, { kind: 'reword', itemId: 'gone-item', text: 'x' })).toBeNull();
  });
});
