import { describe, expect, it } from 'vitest';
import type { BoardId, MemberId, SessionId } from '../ids/ids';
import { BoardRoom, roomWithFour } from '../testing/boardRoom';
import { expectOk, runCommand, setupWorkshop } from '../testing/commandRunner';
import { personalViews } from '../workshop/personalView';
import { boardsOfSession, focusedBoard } from './board';
import { BOARDS_PER_SESSION_MAX } from './boardLimits';

describe("a session's boards", () => {
  it('[BRD1] adds a board at the end of its session', () => {
    const { state, lead, s1 } = setupWorkshop();
    const result = expectOk(runCommand(state, 'board:add', { sessionId: s1.id, kind: 'discussion', title: 'Local examples', prompt: '' }, lead));
    const boards = boardsOfSession(result.state, s1.id);
    expect(boards.map((b) => b.title).at(-1)).toBe('Local examples');
    expect(boards.map((b) => b.position)).toEqual([0, 1, 2]);
    expect(result.data.boardId).toBe(boards[2]!.id);
  });

  it(`[BRD1] refuses a session's board number ${BOARDS_PER_SESSION_MAX + 1}`, () => {
    const { lead, s1 } = setupWorkshop();
    let { state } = setupWorkshop();
    for (let i = boardsOfSession(state, s1.id).length; i < BOARDS_PER_SESSION_MAX; i += 1) {
      state = expectOk(runCommand(state, 'board:add', { sessionId: s1.id, kind: 'discussion', title: `B${i}`, prompt: '' }, lead)).state;
    }
    const over = runCommand(state, 'board:add', { sessionId: s1.id, kind: 'discussion', title: 'Over', prompt: '' }, lead);
    expect(over).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
  });

  it('[BRD2] removing a board closes the gap', () => {
    const { state, lead, s1 } = setupWorkshop();
    const added = expectOk(runCommand(state, 'board:add', { sessionId: s1.id, kind: 'discussion', title: 'Third', prompt: '' }, lead));
    const first = boardsOfSession(added.state, s1.id)[0]!;
    const removed = expectOk(runCommand(added.state, 'board:remove', { boardId: first.id }, lead));
    const boards = boardsOfSession(removed.state, s1.id);
    expect(boards.map((b) => b.position)).toEqual([0, 1]);
    expect(boards.map((b) => b.title)).not.toContain(first.title);
  });

  it('[BRD3] moves a board, past the end meaning last', () => {
    const { state, lead, s1 } = setupWorkshop();
    const [a, b] = boardsOfSession(state, s1.id);
    const moved = expectOk(runCommand(state, 'board:move', { boardId: a!.id, toIndex: 99 }, lead));
    expect(boardsOfSession(moved.state, s1.id).map((x) => x.id)).toEqual([b!.id, a!.id]);
    const back = expectOk(runCommand(moved.state, 'board:move', { boardId: a!.id, toIndex: 0 }, lead));
    expect(boardsOfSession(back.state, s1.id).map((x) => x.id)).toEqual([a!.id, b!.id]);
  });

  it('rejects a board id that is not in the workshop', () => {
    const { state, lead } = setupWorkshop();
    const result = runCommand(state, 'board:update', { boardId: 'unknown-board' as BoardId, title: 'x' }, lead);
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('phases', () => {
  it('[PH1] a board moves one step at a time, forward or back', () => {
    const room = new BoardRoom();
    expect(room.phase).toBe('draft');
    room.fails(room.lead, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'reveal' }, 'invalid_payload');
    room.fails(room.lead, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'draft' }, 'invalid_payload');
    room.moveTo('closed');
    room.moveTo('draft');
    expect(room.phase).toBe('draft');
  });

  it('[PH2] a phase change from a phase the board has left is refused: the second facilitator is told', () => {
    const room = new BoardRoom();
    room.ok(room.lead, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'contribute' });
    const result = room.run(room.co, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'contribute' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!result.ok && result.error.message).toContain('already moved to "contribute"');
  });

  it('[CMD5] a participant cannot change the phase', () => {
    const room = new BoardRoom();
    const p = room.join('Pat', 'third_sector');
    room.fails(p, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'contribute' }, 'forbidden');
  });

  it('[CMD3] an unknown board is not found', () => {
    const room = new BoardRoom();
    room.fails(room.lead, 'board:setPhase', { boardId: 'no-such-board' as BoardId, from: 'draft', to: 'contribute' }, 'not_found');
  });

  it('[PH4] a closed board refuses every change but stepping back', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    const card = room.add(council1, 'Shared local priorities');
    room.moveTo('closed');
    room.fails(council1, 'card:add', { boardId: room.board, text: 'late' }, 'wrong_phase');
    room.fails(room.lead, 'card:hide', { cardId: card, hidden: true }, 'wrong_phase');
    room.fails(room.lead, 'board:lock', { boardId: room.board, locked: true }, 'wrong_phase');
    room.fails(room.lead, 'item:agree', { itemId: card }, 'wrong_phase');
    room.ok(room.lead, 'board:setPhase', { boardId: room.board, from: 'closed', to: 'agree' });
  });
});

describe('facilitator controls', () => {
  it('[CTL2] a countdown ends at a time on the server clock; a phase change stops it', () => {
    const room = new BoardRoom();
    room.ok(room.lead, 'board:timer', { boardId: room.board, seconds: 180 });
    expect(room.state.boards[room.board]).toMatchObject({ timerEndsAt: '2026-11-01T10:03:00.000Z', timerSeconds: 180 });
    room.moveTo('contribute');
    expect(room.state.boards[room.board]!.timerEndsAt).toBeNull();
  });

  it('[CTL3] "bring everyone here" sets the board every participant follows', () => {
    const room = new BoardRoom();
    room.ok(room.lead, 'board:focus', { boardId: room.board });
    expect(room.state.meta).toMatchObject({ focusBoardId: room.board, focusAt: '2026-11-01T10:00:00.000Z' });
    room.fails(room.lead, 'board:focus', { boardId: 'missing-board' as BoardId }, 'not_found');
  });

  it('[CTL4] "bring everyone here" ends when its board is closed or the workshop moves to another session', () => {
    const room = new BoardRoom();
    room.ok(room.lead, 'board:focus', { boardId: room.board });
    const inSession = (currentSessionId: SessionId | null) => ({ ...room.state, meta: { ...room.state.meta, currentSessionId } });
    const session = room.state.boards[room.board]!.sessionId;
    expect(focusedBoard(inSession(session))?.id).toBe(room.board);
    expect(focusedBoard(inSession('session-four' as SessionId))).toBeNull();
    expect(focusedBoard(inSession(null))).toBeNull();
    room.moveTo('closed');
    expect(room.state.meta.focusBoardId).toBe(room.board);
    expect(focusedBoard(inSession(session))).toBeNull();
    expect(focusedBoard({ ...inSession(session), meta: { ...inSession(session).meta, focusBoardId: 'constructor' as BoardId } })).toBeNull();
  });

  it('[SET1] anonymity cannot change once a card exists; vote settings not once voting starts', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'first');
    room.fails(room.lead, 'board:configure', { boardId: room.board, anonymous: false }, 'conflict');
    room.fails(room.lead, 'board:configure', { boardId: room.board, votesPerItemMax: 9, votesPerParticipant: 3 }, 'invalid_payload');
    room.moveTo('vote');
    room.fails(room.lead, 'board:configure', { boardId: room.board, votesPerParticipant: 5 }, 'wrong_phase');
    room.ok(room.lead, 'board:configure', { boardId: room.board, agreeCount: 4 });
  });

  it('[BRD2] removing a board removes its cards, clusters, drafts and dots', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'draft');
    room.ok(room.lead, 'board:remove', { boardId: room.board });
    expect(room.hidden.cards).toEqual({});
    expect(room.view(council1).drafts).toEqual([]);
  });

  it('[PRIV1] a personal view names nobody but its own member', () => {
    const { room, council1, council2, third1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'c1');
    room.add(council2, 'c2');
    room.add(third1, 't1');
    const views = personalViews(room.state, room.hidden);
    for (const [memberId, view] of views) {
      const others = [council1, council2, third1].map((a) => a.memberId).filter((id) => id !== memberId) as MemberId[];
      for (const other of others) expect(JSON.stringify(view)).not.toContain(other);
    }
  });
});
