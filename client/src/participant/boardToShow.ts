import type { BoardId } from '@roundtable/shared/ids/ids';
import { focusedBoard, type Board } from '@roundtable/shared/board/board';
import type { WorkshopMeta } from '@roundtable/shared/workshop/workshop';

/**
 * What a participant picked from the session's boards (null: the list itself), and the "bring everyone here"
 * (`meta.focusAt`) that was in force when they picked it.
 */
export interface BoardChoice {
  boardId: BoardId | null;
  focusAt: string | null;
}

/**
 * The board a participant's screen shows (null: the list of the session's boards). [CTL3] Each "bring everyone
 * here" takes everyone to that board; a participant may then browse elsewhere, and their choice stands until the
 * facilitators bring everyone somewhere again, or that board is closed (CTL4). A board that no longer exists, or that belongs to a session other
 * than the current one (the facilitators have moved the workshop on), is never shown.
 */
export function boardToShow(
  meta: Pick<WorkshopMeta, 'focusBoardId' | 'focusAt' | 'currentSessionId'>,
  boards: Readonly<Record<BoardId, Board>>,
  choice: BoardChoice | null,
): BoardId | null {
  const exists = (id: BoardId | null): id is BoardId => id !== null && boards[id] !== undefined && boards[id].sessionId === meta.currentSessionId;
  if (choice && choice.focusAt === meta.focusAt) return exists(choice.boardId) ? choice.boardId : null;
  const focused = focusedBoard({ meta, boards });
  if (focused) return focused.id;
  return choice && exists(choice.boardId) ? choice.boardId : null;
}
