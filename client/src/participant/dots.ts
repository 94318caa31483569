import type { Board } from '@roundtable/shared/board/board';

/** A participant's dots on one board: item id → dots. */
export type MyDots = Readonly<Record<string, number>>;

/** Changes to my dots on one item that are on their way: where they take its count, and how many are unanswered. */
export interface PendingDots {
  target: number;
  unanswered: number;
}
export type Pending = Readonly<Record<string, PendingDots>>;

/**
 * My dots as shown: as the server last confirmed them, except on items with changes on their way, which show the
 * count those changes lead to. Not confirmed + pending: the personal view confirming a dot arrives just before the
 * dot's acknowledgement, and in between that sum would count the dot twice (and refuse the next tap).
 */
export function withPending(confirmed: MyDots, pending: Pending): Record<string, number> {
  const dots: Record<string, number> = { ...confirmed };
  for (const [itemId, { target }] of Object.entries(pending)) {
    if (target > 0) dots[itemId] = target;
    else delete dots[itemId];
  }
  return dots;
}

/** One more change sent for an item: from the count shown now. */
export function dotSent(pending: Pending, confirmed: MyDots, itemId: string, delta: 1 | -1): Pending {
  const now = pending[itemId] ?? { target: confirmed[itemId] ?? 0, unanswered: 0 };
  return { ...pending, [itemId]: { target: Math.max(0, now.target + delta), unanswered: now.unanswered + 1 } };
}

/** A change for an item answered (either way): once none is left, the item shows what the server confirmed. */
export function dotAnswered(pending: Pending, itemId: string): Pending {
  const now = pending[itemId];
  if (!now) return pending;
  const { [itemId]: _answered, ...rest } = pending;
  return now.unanswered > 1 ? { ...rest, [itemId]: { ...now, unanswered: now.unanswered - 1 } } : rest;
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
