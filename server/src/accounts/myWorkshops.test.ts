import { describe, expect, it } from 'vitest';
import type { SessionId } from '@roundtable/shared/ids/ids';
import { fixedContext } from '@roundtable/shared/testing/fixedContext';
import { createWorkshop } from '@roundtable/shared/workshop/workshopTransitions';
import { myWorkshopOf } from './myWorkshops';

describe('a line of My workshops', () => {
  it('[ACC11] names the session the workshop is on and the next date set on or after today', () => {
    const { state } = createWorkshop({ title: 'Gateshead PIP', area: 'Gateshead', facilitatorName: 'Ann' }, fixedContext());
    const sessions = Object.values(state.sessions).sort((a, b) => a.number - b.number);
    const dated = ['2026-01-10', '2026-03-02', '2026-02-14', null, null];
    const withDates = {
      ...state,
      meta: { ...state.meta, currentSessionId: sessions[1]!.id as SessionId },
      sessions: Object.fromEntries(sessions.map((s, i) => [s.id, { ...s, date: dated[i] ?? null }])),
    };
    const line = myWorkshopOf(withDates, 'https://pip.example.org/w/x', '2026-02-01');
    expect(line).toMatchObject({ title: 'Gateshead PIP', area: 'Gateshead', currentSession: { number: 2, title: sessions[1]!.title }, nextDate: '2026-02-14' });
    expect(myWorkshopOf(withDates, 'u', '2026-03-03').nextDate).toBeNull();
    expect(myWorkshopOf({ ...withDates, meta: { ...withDates.meta, currentSessionId: null } }, 'u', '2026-01-01').currentSession).toBeNull();
  });
});
