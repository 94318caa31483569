import { describe, expect, it } from 'vitest';
import type { MemberId } from '../ids/ids';
import { expectOk, runCommand, setupWorkshop } from '../testing/commandRunner';

describe('members', () => {
  it('[MEM2] a facilitator cannot remove themselves', () => {
    const { state, lead } = setupWorkshop();
    expect(runCommand(state, 'member:remove', { memberId: lead.memberId }, lead)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('[MEM2] removing a member marks them removed and asks the store to revoke their link', () => {
    const { state, lead, participant } = setupWorkshop();
    const result = runCommand(state, 'member:remove', { memberId: participant.memberId }, lead);
    expect(result.ok && result.state.members[participant.memberId]!.removedAt).toBeTruthy();
    expect(result.ok && result.effects).toEqual([{ type: 'memberRemoved', memberId: participant.memberId }]);
    expect(runCommand(result.ok ? result.state : state, 'member:remove', { memberId: participant.memberId }, lead)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('[MEM1] everyone edits their own profile only', () => {
    const { state, participant, lead } = setupWorkshop();
    const result = expectOk(runCommand(state, 'member:updateProfile', { organisation: 'Age UK Darlington', sector: 'other' }, participant));
    expect(result.state.members[participant.memberId]).toMatchObject({ name: 'Bea', organisation: 'Age UK Darlington', sector: 'other' });
    expect(result.state.members[lead.memberId]).toEqual(state.members[lead.memberId]);
    expect(result.state.members['someone' as MemberId]).toBeUndefined();
  });
});
