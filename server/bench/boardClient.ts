import type { BoardPhase } from '@roundtable/shared/board/board';
import type { DisconnectLog } from './disconnectLog';

export type SendResult = { ok: true } | { ok: false; code: string };

/** What the tallies in a client's doc look like: not there yet, there and adding up to the dots spent, or not. */
export type TalliesShown = 'no' | 'yes' | 'inconsistent';

/** What a client's doc shows of the bench board right now. */
export interface BoardView {
  phase: BoardPhase | null;
  /** Dots spent on the board, as the room sees it (no one's, nowhere in particular). */
  dotsSpent: number;
}

/**
 * One simulated member of a whole-board run, whichever server it talks to. The board is the bench board: in
 * Roundtable the first board of the current session (from the workshop template), in the reference one fixed name.
 */
export interface BoardClient {
  /** Resolves once the doc has synced (and, for Roundtable, the command socket is connected and the board found). */
  ready(timeoutMs: number): Promise<void>;
  /** Facilitator: open contributing, enough dots, then draft → contribute. */
  openBoard(): Promise<SendResult>;
  setPhase(from: BoardPhase, to: BoardPhase): Promise<SendResult>;
  addCard(text: string): Promise<SendResult>;
  /** What this member can vote for: the cards of the bench board in their doc. */
  votableItems(): readonly string[];
  castVote(itemId: string): Promise<SendResult>;
  board(): BoardView;
  /** Calls `listener` with the text of every card that appears on the bench board in this client's doc. */
  onCard(listener: (text: string) => void): void;
  /** Calls `listener` after every change of the board's own fields (phase, dots spent…) in this client's doc. */
  onBoard(listener: (view: BoardView) => void): void;
  /** Calls `listener` after every change to this client's doc. */
  onDocUpdate(listener: () => void): void;
  /** Whether the results are in this client's doc: phase results and a tally on every card of the board. */
  talliesShown(): TalliesShown;
  /**
   * Roundtable: this member's personal view as the server last sent it, reduced to what the benchmark counts
   * (own cards on the bench board, own dots on it). The reference has no personal view and never calls.
   */
  onOwnView(listener: (own: { cards: number; dots: number }) => void): void;
  readonly disconnects: DisconnectLog;
  close(): void;
}
