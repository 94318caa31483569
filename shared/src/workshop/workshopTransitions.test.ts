import { describe, expect, it } from 'vitest';
import { fixedContext } from '../testing/fixedContext';
import { PIP_SESSIONS } from './pipTemplate';
import { arriveMember, CO_FACILITATOR_DEFAULT_NAME, createWorkshop, joinWorkshop } from './workshopTransitions';
import { MEMBERS_PER_WORKSHOP_MAX } from '../members/memberLimits';
import { boardsOfSession } from '../board/board';
import { sessionsInOrder } from '../sessions/session';

const input = { title: 'Darlington PIP 2026', area: 'Darlington', facilitatorName: 'Ann' };

describe('createWorkshop', () => {
  it('[WS1] gives a new workshop the five PIP sessions with their boards, in order', () => {
    const { state } = createWorkshop(input, fixedContext());
    const sessions = sessionsInOrder(state);
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(sessions.map((s) => s.title)).toEqual(PIP_SESSIONS.map((t) => t.title));
    const kinds = sessions.map((s) => boardsOfSession(state, s.id).map((b) => b.kind));
    expect(kinds).toEqual([
      ['experiences', 'drivers'],
      ['benefits', 'difficulties'],
      ['obstacles', 'profile', 'objectives'],
      ['objectives', 'action_plan'],
      ['review', 'key_learning', 'feedback'],
    ]);
    expect(state.meta.currentSessionId).toBe(sessions[0]!.id);
  });

  it('[WS1] has two facilitators, the lead named, and a join code', () => {
    const ctx = fixedContext();
    const { state, leadFacilitatorId, coFacilitatorId } = createWorkshop(input, ctx);
    expect(state.members[leadFacilitatorId]).toMatchObject({ role: 'facilitator', name: 'Ann', sector: null, removedAt: null });
    expect(state.members[leadFacilitatorId]!.joinedAt).toBe(ctx.now);
    expect(state.members[coFacilitatorId]).toMatchObject({ role: 'facilitator', name: CO_FACILITATOR_DEFAULT_NAME, joinedAt: null });
    expect(state.meta.joinCode).toBe(ctx.codes[0]);
    expect(state.meta).toMatchObject({ title: 'Darlington PIP 2026', area: 'Darlington', createdAt: ctx.now });
  });
});

describe('joinWorkshop', () => {
  it('[JOIN1] adds a participant with their sector', () => {
    const ctx = fixedContext();
    const { state } = createWorkshop(input, ctx);
    const result = joinWorkshop(state, { name: 'Bea', organisation: 'Darlington CVS', sector: 'third_sector' }, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.members[result.data.memberId]).toMatchObject({ role: 'participant', name: 'Bea', sector: 'third_sector', joinedAt: ctx.now });
    expect(Object.keys(result.state.members)).toHaveLength(3);
    expect(Object.keys(state.members)).toHaveLength(2);
  });

  it('[JOIN1] refuses to grow a workshop past its member limit', () => {
    const ctx = fixedContext();
    let { state } = createWorkshop(input, ctx);
    for (let i = 2; i < MEMBERS_PER_WORKSHOP_MAX; i += 1) {
      const r = joinWorkshop(state, { name: `P${i}`, organisation: '', sector: 'other' }, ctx);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
    }
    const full = joinWorkshop(state, { name: 'One too many', organisation: '', sector: 'other' }, ctx);
    expect(full).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
  });
});

describe('arriveMember', () => {
  it('[MEM3] marks an invited seat as arrived the first time, and changes nothing after', () => {
    const { state, coFacilitatorId, leadFacilitatorId } = createWorkshop(input, fixedContext());
    const first = arriveMember(state, coFacilitatorId, fixedContext('2026-11-02T09:00:00.000Z'));
    expect(first.ok && first.state.members[coFacilitatorId]!.joinedAt).toBe('2026-11-02T09:00:00.000Z');
    const again = first.ok ? arriveMember(first.state, coFacilitatorId, fixedContext('2026-11-03T09:00:00.000Z')) : first;
    expect(again.ok && again.state).toBe(first.ok && first.state);
    const lead = arriveMember(state, leadFacilitatorId, fixedContext());
    expect(lead.ok && lead.state).toBe(state);
  });
});
