import { EMPTY_PLAN_META, type PlanVersion } from '@roundtable/shared/plan/plan';
import { describe, expect, it } from 'vitest';
import type { SessionId } from '@roundtable/shared/ids/ids';
import { emptyWorkshop } from '../testing/workshopFixture';
import { planHasBegun, planStatusOf } from './planStatus';

function version(number: number, agreedAt: string): PlanVersion {
  const zero = { local_authority: 0, third_sector: 0, other: 0 };
  return {
    id: String(number),
    number,
    agreedAt,
    organisations: [],
    concerns: [],
    responses: { agree: zero, concern: zero },
    snapshot: { vision: '', principles: [], reviewDate: '2027-03-01', objectives: [], actions: [], leadNames: {} },
  };
}

describe('the plan status line', () => {
  it('names the version a draft would become', () => {
    expect(planStatusOf({ plan: EMPTY_PLAN_META, planVersions: {} })).toEqual({ kind: 'draft', version: 1, lastAgreed: null });
  });

  it('says the plan is with the room, and which round', () => {
    expect(planStatusOf({ plan: { ...EMPTY_PLAN_META, status: 'consulting', consultationRound: 2 }, planVersions: {} })).toEqual({
      kind: 'consulting',
      version: 1,
      round: 2,
    });
  });

  it('[PLAN7] names the agreed version and its date, and the draft after it', () => {
    const planVersions = { '1': version(1, '2026-09-01T10:00:00.000Z'), '2': version(2, '2026-09-15T11:00:00.000Z') };
    expect(planStatusOf({ plan: { ...EMPTY_PLAN_META, status: 'agreed', nextVersion: 3 }, planVersions })).toEqual({
      kind: 'agreed',
      version: 2,
      agreedAt: '2026-09-15T11:00:00.000Z',
    });
    expect(planStatusOf({ plan: { ...EMPTY_PLAN_META, status: 'draft', nextVersion: 3 }, planVersions })).toEqual({
      kind: 'draft',
      version: 3,
      lastAgreed: { number: 2, agreedAt: '2026-09-15T11:00:00.000Z' },
    });
  });
});

describe('when participants see the plan', () => {
  it('from session four on, or once anything is in it', () => {
    const empty = emptyWorkshop();
    expect(planHasBegun(empty)).toBe(false);
    const sessionId = 'session0004' as SessionId;
    const fourth = { ...empty, meta: { ...empty.meta, currentSessionId: sessionId }, sessions: { [sessionId]: { id: sessionId, number: 4, title: 'Action plan', agenda: '', date: null } } };
    expect(planHasBegun(fourth)).toBe(true);
    expect(planHasBegun({ ...empty, plan: { ...empty.plan, vision: 'Together' } })).toBe(true);
  });
});
