/**
 * What a client puts in its Yjs awareness state: who it is, which board it is looking at and the card it is
 * dragging on the wall, nothing else.
 * The server drops any awareness update whose `memberId` is not the connection's own member, or that is
 * larger than AWARENESS_STATE_MAX_BYTES, so presence cannot be spoofed or used as a side channel
 * (presenceSchema.ts validates it there).
 */
export const AWARENESS_STATE_MAX_BYTES = 1_024;

export interface Presence {
  memberId: string;
  boardId: string | null;
  /**
   * A facilitator's drag on the board wall while it is in progress (the card's top-left, page coordinates);
   * null or absent when not dragging. Never committed: only the drop is a command (`card:place`).
   */
  drag?: PresenceDrag | null;
}

export interface PresenceDrag {
  boardId: string;
  cardId: string;
  x: number;
  y: number;
}

/** Members currently connected, from awareness states (several tabs of one member count once). */
export function onlineMemberIds(states: Iterable<unknown>): Set<string> {
  const online = new Set<string>();
  for (const state of states) {
    const memberId = (state as Partial<Presence> | null)?.memberId;
    if (typeof memberId === 'string') online.add(memberId);
  }
  return online;
}
