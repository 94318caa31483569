import { describe, expect, it } from 'vitest';
import type { SessionId } from '../ids/ids';
import { expectOk, runCommand, setupWorkshop } from '../testing/commandRunner';

describe('sessions', () => {
  it('renames a session, sets and clears its date, and edits its agenda', () => {
    const { state, lead, s1 } = setupWorkshop();
    const dated = expectOk(runCommand(state, 'session:update', { sessionId: s1.id, title: 'Session one', date: '2026-12-03', agenda: 'Intro' }, lead));
    expect(dated.state.sessions[s1.id]).toMatchObject({ title: 'Session one', date: '2026-12-03', agenda: 'Intro', number: 1 });
    const cleared = expectOk(runCommand(dated.state, 'session:update', { sessionId: s1.id, date: null }, lead));
    expect(cleared.state.sessions[s1.id]).toMatchObject({ title: 'Session one', date: null });
  });

  it('[SES1] opening a session makes it current', () => {
    const { state, lead, s2 } = setupWorkshop();
    expect(expectOk(runCommand(state, 'session:open', { sessionId: s2.id }, lead)).state.meta.currentSessionId).toBe(s2.id);
  });

  it('rejects an unknown session id', () => {
    const { state, lead } = setupWorkshop();
    expect(runCommand(state, 'session:open', { sessionId: 'nope-nope-nope' as SessionId }, lead)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
