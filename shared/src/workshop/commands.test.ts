import { describe, expect, it } from 'vitest';
import { expectOk, runCommand, setupWorkshop } from '../testing/commandRunner';

describe('roles', () => {
  it('[CMD5] a participant cannot send a facilitator command, and nothing changes', () => {
    const { state, participant, s1 } = setupWorkshop();
    const result = runCommand(state, 'session:update', { sessionId: s1.id, title: 'Hijacked' }, participant);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(state.sessions[s1.id]!.title).not.toBe('Hijacked');
  });

  it('[CMD5] both facilitators have full control', () => {
    const { state, lead, co, s1 } = setupWorkshop();
    expect(runCommand(state, 'session:update', { sessionId: s1.id, title: 'By lead' }, lead).ok).toBe(true);
    expect(runCommand(state, 'session:update', { sessionId: s1.id, title: 'By co' }, co).ok).toBe(true);
  });

  it('[MEM2] a removed member can no longer act', () => {
    const { state, lead, participant } = setupWorkshop();
    const removed = expectOk(runCommand(state, 'member:remove', { memberId: participant.memberId }, lead));
    const result = runCommand(removed.state, 'member:updateProfile', { name: 'Still here?' }, participant);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
