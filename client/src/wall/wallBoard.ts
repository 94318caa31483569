import type { BoardId, SessionId } from '@roundtable/shared/ids/ids';
import { boardsOfSession, focusedBoard, type Board } from '@roundtable/shared/board/board';
import { type WorkshopState } from '@roundtable/shared/workshop/workshop';

export type WallMode = 'arrange' | 'wall';

/** The board choice (`?board=focus`, or none) that follows the board everyone is brought to. */
export const FOLLOW_FOCUS = 'focus';

/**
 * [WALLV6] The board the wall shows: the one chosen; else the one everyone is brought to while that lasts (CTL4), as a
 * projector's wall follows it; else, when arranging, the current session's first board under way (or its first).
 */
export function wallBoard(workshop: WorkshopState, chosen: string | null, mode: WallMode): Board | null {
  if (chosen && chosen !== FOLLOW_FOCUS) return workshop.boards[chosen as BoardId] ?? null;
  const focused = focusedBoard(workshop);
  if (focused || mode === 'wall') return focused;
  const sessionId = workshop.meta.currentSessionId as SessionId | null;
  const boards = sessionId ? boardsOfSession(workshop, sessionId) : [];
  return boards.find((b) => b.phase !== 'draft' && b.phase !== 'closed') ?? boards[0] ?? null;
}
