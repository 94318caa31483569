import { BOARD_PHASES, boardsOfSession, type BoardPhase } from '../board/board';
import type { Actor } from '../command/actor';
import type { BoardId, CardId } from '../ids/ids';
import type { Sector } from '../members/sector';
import { sessionsInOrder } from '../sessions/session';
import { personalViews } from '../workshop/personalView';
import { CommandRoom } from './commandRoom';

/** A workshop on its session-two board, with the vocabulary of the board's rule tests. */
export class BoardRoom extends CommandRoom {
  readonly board: BoardId;

  constructor() {
    super();
    const session2 = sessionsInOrder(this.state)[1]!;
    this.board = boardsOfSession(this.state, session2.id)[0]!.id;
  }

  get phase(): BoardPhase {
    return this.state.boards[this.board]!.phase;
  }

  moveTo(target: BoardPhase): void {
    while (this.phase !== target) {
      const step = BOARD_PHASES.indexOf(target) > BOARD_PHASES.indexOf(this.phase) ? 1 : -1;
      this.ok(this.lead, 'board:setPhase', { boardId: this.board, from: this.phase, to: BOARD_PHASES[BOARD_PHASES.indexOf(this.phase) + step]! });
    }
  }

  add(actor: Actor, text: string, sector?: Sector | null): CardId {
    return this.ok(actor, 'card:add', { boardId: this.board, text, ...(sector !== undefined ? { sector } : {}) }).cardId as CardId;
  }

  view(actor: Actor) {
    return personalViews(this.state, this.hidden).get(actor.memberId)!;
  }

  /** The whole shared state as text: what every member's doc holds. */
  sharedText(): string {
    return JSON.stringify(this.state);
  }
}

/** A room with two council and two third-sector participants. */
export function roomWithFour() {
  const room = new BoardRoom();
  const council1 = room.join('Cara', 'local_authority');
  const council2 = room.join('Colin', 'local_authority');
  const third1 = room.join('Tess', 'third_sector');
  const third2 = room.join('Theo', 'third_sector');
  return { room, council1, council2, third1, third2 };
}
