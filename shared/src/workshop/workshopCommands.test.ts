import { describe, expect, it } from 'vitest';
import type { BoardId, CommandId, MemberId, SessionId } from '../ids/ids';
import { fixedContext } from '../testing/fixedContext';
import { createWorkshop, joinWorkshop } from './workshopTransitions';
import type { CommandName, CommandPayload } from './commandSchemas';
import { BOARDS_PER_SESSION_MAX } from '../board/boardLimits';
import type { Actor } from '../command/actor';
import { boardsOfSession } from '../board/board';
import { sessionsInOrder } from '../sessions/session';
import { type WorkshopState } from './workshop';
import { applyCommand } from './commands';

function setup() {
  const ctx = fixedContext();
  const created = createWorkshop({ title: 'T', area: 'A', facilitatorName: 'Ann' }, ctx);
  const joined = joinWorkshop(created.state, { name: 'Bea', organisation: 'CVS', sector: 'third_sector' }, ctx);
  if (!joined.ok) throw new Error('join failed');
  const state = joined.state;
  const lead: Actor = { memberId: created.leadFacilitatorId, role: 'facilitator' };
  const co: Actor = { memberId: created.coFacilitatorId, role: 'facilitator' };
  const participant: Actor = { memberId: joined.data.memberId, role: 'participant' };
  const [s1, s2] = sessionsInOrder(state);
  return { ctx, state, lead, co, participant, s1: s1!, s2: s2! };
}

let n = 0;
/** Ids from commands must not collide with the ids `setup` made. */
const commandContext = { ...fixedContext(), newId: () => `cmd-made-${(n += 1)}` };
function run<K extends CommandName>(state: WorkshopState, name: K, payload: Omit<CommandPayload<K>, 'commandId'>, actor: Actor, ctx = commandContext) {
  return applyCommand(name, state, { ...payload, commandId: `cmd${(n += 1)}` as CommandId } as CommandPayload<K>, actor, ctx);
}

function expectOk<T>(result: { ok: true; state: WorkshopState; data: T } | { ok: false; error: { message: string } }) {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result;
}

describe('roles', () => {
  it('[CMD5] a participant cannot send a facilitator command, and nothing changes', () => {
    const { state, participant, s1 } = setup();
    const result = run(state, 'session:update', { sessionId: s1.id, title: 'Hijacked' }, participant);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(state.sessions[s1.id]!.title).not.toBe('Hijacked');
  });

  it('[CMD5] both facilitators have full control', () => {
    const { state, lead, co, s1 } = setup();
    expect(run(state, 'session:update', { sessionId: s1.id, title: 'By lead' }, lead).ok).toBe(true);
    expect(run(state, 'session:update', { sessionId: s1.id, title: 'By co' }, co).ok).toBe(true);
  });

  it('[MEM2] a removed member can no longer act', () => {
    const { state, lead, participant } = setup();
    const removed = expectOk(run(state, 'member:remove', { memberId: participant.memberId }, lead));
    const result = run(removed.state, 'member:updateProfile', { name: 'Still here?' }, participant);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('sessions', () => {
  it('renames a session, sets and clears its date, and edits its agenda', () => {
    const { state, lead, s1 } = setup();
    const dated = expectOk(run(state, 'session:update', { sessionId: s1.id, title: 'Session one', date: '2026-12-03', agenda: 'Intro' }, lead));
    expect(dated.state.sessions[s1.id]).toMatchObject({ title: 'Session one', date: '2026-12-03', agenda: 'Intro', number: 1 });
    const cleared = expectOk(run(dated.state, 'session:update', { sessionId: s1.id, date: null }, lead));
    expect(cleared.state.sessions[s1.id]).toMatchObject({ title: 'Session one', date: null });
  });

  it('[SES1] opening a session makes it current', () => {
    const { state, lead, s2 } = setup();
    expect(expectOk(run(state, 'session:open', { sessionId: s2.id }, lead)).state.meta.currentSessionId).toBe(s2.id);
  });

  it('rejects an unknown session id', () => {
    const { state, lead } = setup();
    expect(run(state, 'session:open', { sessionId: 'nope-nope-nope' as SessionId }, lead)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('boards', () => {
  it('[BRD1] adds a board at the end of its session', () => {
    const { state, lead, s1 } = setup();
    const result = expectOk(run(state, 'board:add', { sessionId: s1.id, kind: 'discussion', title: 'Local examples', prompt: '' }, lead));
    const boards = boardsOfSession(result.state, s1.id);
    expect(boards.map((b) => b.title).at(-1)).toBe('Local examples');
    expect(boards.map((b) => b.position)).toEqual([0, 1, 2]);
    expect(result.data.boardId).toBe(boards[2]!.id);
  });

  it(`[BRD1] refuses a session's board number ${BOARDS_PER_SESSION_MAX + 1}`, () => {
    const { lead, s1 } = setup();
    let { state } = setup();
    for (let i = boardsOfSession(state, s1.id).length; i < BOARDS_PER_SESSION_MAX; i += 1) {
      state = expectOk(run(state, 'board:add', { sessionId: s1.id, kind: 'discussion', title: `B${i}`, prompt: '' }, lead)).state;
    }
    const over = run(state, 'board:add', { sessionId: s1.id, kind: 'discussion', title: 'Over', prompt: '' }, lead);
    expect(over).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
  });

  it('[BRD2] removing a board closes the gap', () => {
    const { state, lead, s1 } = setup();
    const added = expectOk(run(state, 'board:add', { sessionId: s1.id, kind: 'discussion', title: 'Third', prompt: '' }, lead));
    const first = boardsOfSession(added.state, s1.id)[0]!;
    const removed = expectOk(run(added.state, 'board:remove', { boardId: first.id }, lead));
    const boards = boardsOfSession(removed.state, s1.id);
    expect(boards.map((b) => b.position)).toEqual([0, 1]);
    expect(boards.map((b) => b.title)).not.toContain(first.title);
  });

  it('[BRD3] moves a board, past the end meaning last', () => {
    const { state, lead, s1 } = setup();
    const [a, b] = boardsOfSession(state, s1.id);
    const moved = expectOk(run(state, 'board:move', { boardId: a!.id, toIndex: 99 }, lead));
    expect(boardsOfSession(moved.state, s1.id).map((x) => x.id)).toEqual([b!.id, a!.id]);
    const back = expectOk(run(moved.state, 'board:move', { boardId: a!.id, toIndex: 0 }, lead));
    expect(boardsOfSession(back.state, s1.id).map((x) => x.id)).toEqual([a!.id, b!.id]);
  });

  it('rejects a board id that is not in the workshop', () => {
    const { state, lead } = setup();
    const result = run(state, 'board:update', { boardId: 'unknown-board' as BoardId, title: 'x' }, lead);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('join code and members', () => {
  it('[JOIN3] rotating the join code gives a different code and reports it as an effect', () => {
    const { state, lead } = setup();
    const ctx = fixedContext();
    ctx.newJoinCode = () => (ctx.codes.push(state.meta.joinCode), ctx.codes.length > 1 ? 'XYZ789' : state.meta.joinCode);
    const result = expectOk(run(state, 'joinCode:rotate', {}, lead, ctx));
    expect(result.state.meta.joinCode).toBe('XYZ789');
    expect(result.data).toEqual({ joinCode: 'XYZ789' });
  });

  it('[MEM2] a facilitator cannot remove themselves', () => {
    const { state, lead } = setup();
    expect(run(state, 'member:remove', { memberId: lead.memberId }, lead)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('[MEM2] removing a member marks them removed and asks the store to revoke their link', () => {
    const { state, lead, participant } = setup();
    const result = run(state, 'member:remove', { memberId: participant.memberId }, lead);
    expect(result.ok && result.state.members[participant.memberId]!.removedAt).toBeTruthy();
    expect(result.ok && result.effects).toEqual([{ type: 'memberRemoved', memberId: participant.memberId }]);
    expect(run(result.ok ? result.state : state, 'member:remove', { memberId: participant.memberId }, lead)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('[MEM1] everyone edits their own profile only', () => {
    const { state, participant, lead } = setup();
    const result = expectOk(run(state, 'member:updateProfile', { organisation: 'Age UK Darlington', sector: 'other' }, participant));
    expect(result.state.members[participant.memberId]).toMatchObject({ name: 'Bea', organisation: 'Age UK Darlington', sector: 'other' });
    expect(result.state.members[lead.memberId]).toEqual(state.members[lead.memberId]);
    expect(result.state.members['someone' as MemberId]).toBeUndefined();
  });
});
