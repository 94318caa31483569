import type { BoardId, SessionId } from '@roundtable/shared/ids/ids';
import { describe, expect, it } from 'vitest';
import { testBoard, workshopWith } from '../testing/workshopFixture';
import { FOLLOW_FOCUS, wallBoard } from './wallBoard';

const DRAFT = testBoard({ id: 'board00001' as BoardId, title: 'Experiences', position: 0 });
const UNDER_WAY = testBoard({ id: 'board00002' as BoardId, title: 'Drivers', position: 1, phase: 'group' });
const FOCUSED = testBoard({ id: 'board00003' as BoardId, title: 'Benefits', position: 2, phase: 'vote' });

function workshop(focusBoardId: BoardId | null) {
  const state = workshopWith({ boards: [DRAFT, UNDER_WAY, FOCUSED] });
  return { ...state, meta: { ...state.meta, focusBoardId } };
}

describe('wallBoard', () => {
  it('[WALLV6] shows the board chosen, in either mode', () => {
    expect(wallBoard(workshop(FOCUSED.id), UNDER_WAY.id, 'wall')?.title).toBe('Drivers');
    expect(wallBoard(workshop(null), DRAFT.id, 'arrange')?.title).toBe('Experiences');
  });

  it('[WALLV6] follows the board everyone is brought to when none is chosen', () => {
    expect(wallBoard(workshop(FOCUSED.id), null, 'wall')?.title).toBe('Benefits');
    expect(wallBoard(workshop(FOCUSED.id), FOLLOW_FOCUS, 'arrange')?.title).toBe('Benefits');
  });

  it('[WALLV6] with nobody brought anywhere: the projector\'s wall waits; arranging opens the first board under way', () => {
    expect(wallBoard(workshop(null), FOLLOW_FOCUS, 'wall')).toBeNull();
    expect(wallBoard(workshop(null), null, 'arrange')?.title).toBe('Drivers');
  });

  it('[CTL4] does not follow, nor offer, a board everyone was brought to once it is closed or its session is over', () => {
    const closed = workshop(FOCUSED.id);
    closed.boards[FOCUSED.id] = { ...FOCUSED, phase: 'closed' };
    expect(wallBoard(closed, FOLLOW_FOCUS, 'wall')).toBeNull();
    expect(wallBoard(closed, null, 'arrange')?.title).toBe('Drivers');
    const movedOn = workshop(FOCUSED.id);
    movedOn.meta.currentSessionId = 'session-four' as SessionId;
    expect(wallBoard(movedOn, FOLLOW_FOCUS, 'wall')).toBeNull();
  });

  it('[WALLV6] shows nothing for a board that is not in the workshop', () => {
    expect(wallBoard(workshop(FOCUSED.id), 'gone000001', 'arrange')).toBeNull();
  });
});
