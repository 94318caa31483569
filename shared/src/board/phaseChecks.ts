import type { BoardId } from '../ids/ids';
import { BOARD_PHASES, type BoardPhase } from './board';
import type { Actor } from '../command/actor';
import { rejected } from '../command/transitionResult';
import type { Board } from './board';
import type { WorkshopState } from '../workshop/workshop';

/*
 * Which phases allow what, and the refusals that say so (rule ids refer to docs/spec.md):
 *   contribute   participants add, edit and delete their own cards (CARD1-4)
 *   contribute, reveal, group   facilitators scribe and edit cards (CARD5)
 *   reveal, group   facilitators cluster, move and merge; participants too in group, if allowed (GRP1-4)
 *   vote         participants spend and take back dots (VOTE1-4)
 *   agree        facilitators mark items agreed (AGR1-2)
 *   closed       nothing changes (PH4)
 */
export const CONTRIBUTE: readonly BoardPhase[] = ['contribute'];
export const SCRIBE: readonly BoardPhase[] = ['contribute', 'reveal', 'group'];
export const GROUP: readonly BoardPhase[] = ['reveal', 'group'];
export const OPEN: readonly BoardPhase[] = BOARD_PHASES.filter((p) => p !== 'closed');

export type Rejection = { ok: false; error: { code: 'not_found' | 'wrong_phase' | 'locked' | 'forbidden'; message: string } };

export const PHASE_NAMES: Record<BoardPhase, string> = {
  draft: 'draft',
  contribute: 'contribute',
  reveal: 'reveal',
  group: 'group',
  vote: 'vote',
  results: 'results',
  agree: 'agree',
  closed: 'closed',
};

export const missingBoard = (): Rejection => rejected('not_found', 'That board is not in this workshop (it may have been removed).') as Rejection;
export const missingCard = (): Rejection => rejected('not_found', 'That card is not on any board of this workshop.') as Rejection;
export const missingCluster = (): Rejection => rejected('not_found', 'That cluster is not on this board.') as Rejection;

export function wrongPhase(board: Board, what: string, phases: readonly BoardPhase[]): Rejection {
  if (board.phase === 'closed') return rejected('wrong_phase', 'This board is closed: it can be read and exported, not changed.') as Rejection;
  const when = phases.map((p) => `"${PHASE_NAMES[p]}"`).join(' or ');
  return rejected('wrong_phase', `${what} only at ${when}; this board is now at "${PHASE_NAMES[board.phase]}".`) as Rejection;
}

/** The board, if it exists and is at one of `phases` (and, for participants, not locked). */
export function boardAt(state: WorkshopState, boardId: BoardId, phases: readonly BoardPhase[], what: string, actor?: Actor): Board | Rejection {
  const board = state.boards[boardId];
  if (!board) return missingBoard();
  if (!phases.includes(board.phase)) return wrongPhase(board, what, phases);
  if (actor?.role === 'participant' && board.locked) {
    return rejected('locked', 'The facilitators have paused contributions on this board for a moment.') as Rejection;
  }
  return board;
}

export const isRejection = (x: object): x is Rejection => 'ok' in x && (x as { ok: unknown }).ok === false;
