import { describe, expect, it } from 'vitest';
import { CO_FACILITATOR_DEFAULT_NAME } from '@roundtable/shared/workshop/workshopTransitions';
import type { MemberId } from '@roundtable/shared/ids/ids';
import type { Member } from '@roundtable/shared/members/member';
import { asksForName, isOwnName } from './facilitatorName';

const member = (role: Member['role'], name: string): Member => ({ id: 'm1' as MemberId, role, name, organisation: '', sector: null, joinedAt: null, removedAt: null });

describe('a facilitator’s name', () => {
  it('[LIVE4] is asked of the co-facilitator’s seat while it has the placeholder name, and of nobody else', () => {
    expect(asksForName(member('facilitator', CO_FACILITATOR_DEFAULT_NAME))).toBe(true);
    expect(asksForName(member('facilitator', 'Sam Okafor'))).toBe(false);
    expect(asksForName(member('participant', CO_FACILITATOR_DEFAULT_NAME))).toBe(false);
  });

  it('[LIVE4] must be a name of one’s own, not blank and not the placeholder again', () => {
    expect(isOwnName('Sam Okafor')).toBe(true);
    expect(isOwnName('  ')).toBe(false);
    expect(isOwnName(' co-facilitator ')).toBe(false);
  });
});
