import type { Board } from '@roundtable/shared/workshop/workshop';

/** A participant's dots on one board: item id → dots. */
export type MyDots = Readonly<Record<string, number>>;

/** My dots as the server last confirmed them, plus the changes I have sent that are not yet confirmed. */
export function withPending(confirmed: MyDots, pending: MyDots): Record<string, number> {
  const dots: Record<string, number> = { ...confirmed };
  for (const [itemId, delta] of Object.entries(pending)) {
    const n = (dots[itemId] ?? 0) + delta;
    if (n > 0) dots[itemId] = n;
    else delete dots[itemId];
  }
  return dots;
}

export function dotsSpent(dots: MyDots): number {
  return Object.values(dots).reduce((n, d) => n + d, 0);
}

/** How many of the board's dots I still hold. */
export function dotsLeft(board: Pick<Board, 'votesPerParticipant'>, dots: MyDots): number {
  return Math.max(0, board.votesPerParticipant - dotsSpent(dots));
}

type VotingBoard = Pick<Board, 'phase' | 'locked' | 'votesPerParticipant' | 'votesPerItemMax'>;

/** Whether one more dot may go on this item now (VOTE1): the vote is on, not paused, dots left, under the per-item cap. */
export function canAddDot(board: VotingBoard, dots: MyDots, itemId: string): boolean {
  return board.phase === 'vote' && !board.locked && dotsLeft(board, dots) > 0 && (dots[itemId] ?? 0) < board.votesPerItemMax;
}

/** Whether I can take a dot back from this item now (VOTE2). */
export function canTakeDot(board: VotingBoard, dots: MyDots, itemId: string): boolean {
  return board.phase === 'vote' && !board.locked && (dots[itemId] ?? 0) > 0;
}
