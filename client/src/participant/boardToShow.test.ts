import type { BoardId, SessionId } from '@roundtable/shared/ids/ids';
import { describe, expect, it } from 'vitest';
import { testBoard } from '../testing/workshopFixture';
import { boardToShow } from './boardToShow';

const a = testBoard({ id: 'boardAAAAA' as BoardId });
const b = testBoard({ id: 'boardBBBBB' as BoardId, position: 1 });
const boards = { [a.id]: a, [b.id]: b };
const T1 = '2026-09-01T10:00:00.000Z';
const T2 = '2026-09-01T10:10:00.000Z';

describe('the board a participant sees', () => {
  it('is the list of boards until someone chooses or the facilitators bring everyone somewhere', () => {
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: null, focusAt: null }, boards, null)).toBeNull();
  });

  it('[CTL3] follows "bring everyone here"', () => {
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: a.id, focusAt: T1 }, boards, null)).toBe(a.id);
  });

  it('lets a participant browse away, and back to the list, after being brought to a board', () => {
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: a.id, focusAt: T1 }, boards, { boardId: b.id, focusAt: T1 })).toBe(b.id);
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: a.id, focusAt: T1 }, boards, { boardId: null, focusAt: T1 })).toBeNull();
  });

  it('[CTL4] stops following a board once it is closed', () => {
    const closed = { ...boards, [a.id]: { ...a, phase: 'closed' as const } };
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: a.id, focusAt: T1 }, closed, null)).toBeNull();
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: a.id, focusAt: T2 }, closed, { boardId: b.id, focusAt: T1 })).toBe(b.id);
  });

  it('[CTL3] brings them back when the facilitators bring everyone somewhere again', () => {
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: a.id, focusAt: T2 }, boards, { boardId: b.id, focusAt: T1 })).toBe(a.id);
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: b.id, focusAt: T2 }, boards, { boardId: null, focusAt: T1 })).toBe(b.id);
  });

  it('keeps their own choice when the facilitators let everyone browse', () => {
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: null, focusAt: T2 }, boards, { boardId: b.id, focusAt: T1 })).toBe(b.id);
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: null, focusAt: T2 }, boards, null)).toBeNull();
  });

  it('never shows a board that has been removed', () => {
    const gone = 'boardGONE0' as BoardId;
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: gone, focusAt: T1 }, boards, null)).toBeNull();
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: null, focusAt: null }, boards, { boardId: gone, focusAt: null })).toBeNull();
    expect(boardToShow({ currentSessionId: a.sessionId, focusBoardId: a.id, focusAt: T2 }, boards, { boardId: gone, focusAt: T1 })).toBe(a.id);
  });

  it('[CTL3] leaves a board of an earlier session once the facilitators make another session current', () => {
    const next = 'sessionNEXT1' as SessionId;
    const later = testBoard({ id: 'boardCCCCC' as BoardId, sessionId: next });
    const all = { ...boards, [later.id]: later };
    // Brought to a board of session 2, then session 3 is made current: the list of session 3's boards, not the old board.
    expect(boardToShow({ currentSessionId: next, focusBoardId: a.id, focusAt: T1 }, all, null)).toBeNull();
    expect(boardToShow({ currentSessionId: next, focusBoardId: a.id, focusAt: T1 }, all, { boardId: a.id, focusAt: T1 })).toBeNull();
    // A participant's own choice in the new session stands.
    expect(boardToShow({ currentSessionId: next, focusBoardId: a.id, focusAt: T1 }, all, { boardId: later.id, focusAt: T1 })).toBe(later.id);
  });
});
