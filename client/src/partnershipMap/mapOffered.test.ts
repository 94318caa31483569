import type { SessionId } from '@roundtable/shared/ids/ids';
import { describe, expect, it } from 'vitest';
import { emptyWorkshop } from '../testing/workshopFixture';
import { mapOffered } from './ParticipantPartnershipMap';

describe('the partnership map on phones', () => {
  it('[MAP1] [MAP3] is offered while the current session is session one (as the PIP template says), not in other sessions nor with none current', () => {
    const base = emptyWorkshop();
    const one = base.meta.currentSessionId!;
    const two = 'session0002' as SessionId;
    const workshop = { ...base, sessions: { ...base.sessions, [two]: { id: two, number: 2, title: 'Benefits', agenda: '', date: null } } };
    const byNumber = (n: number) => (n === 1 ? one : two);
    const at = (current: SessionId | null) => mapOffered({ ...workshop, meta: { ...workshop.meta, currentSessionId: current } });
    expect(at(byNumber(1))).toBe(true);
    expect(at(byNumber(2))).toBe(false);
    expect(at(null)).toBe(false);
    expect(at('constructor' as SessionId)).toBe(false);
  });
});
