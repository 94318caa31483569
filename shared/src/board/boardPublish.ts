import type { BoardId } from '../ids/ids';
import { itemsOfBoard, type Card, type Board } from './board';
import { looseSlotsOnBoard } from './wallPlacement';
import { revealOrder } from './revealOrder';
import { groupOf, nextPosition, putBallot, putBoard, putCards, putClusters, putRecords, tallyBoard } from './boardState';
import type { CardRecord } from './boardHidden';
import type { HiddenState } from '../workshop/hiddenState';
import type { WorkshopState } from '../workshop/workshop';

/* What a phase change publishes, settles or withdraws: the drafts at reveal, the dots at vote, the tallies at results. */

/**
 * [PH3] Moving to reveal puts every private draft of the board on it, after the cards already there: on a named
 * board in the order they were written; [ANON2] on an anonymous board in revealOrder, and without the time written.
 */
export function publishDrafts(state: WorkshopState, hidden: HiddenState, boardId: BoardId): { state: WorkshopState; hidden: HiddenState } {
  const unordered = Object.values(hidden.cards).filter((r): r is CardRecord & { draft: Card } => r.boardId === boardId && r.draft !== null);
  const anonymous = state.boards[boardId]?.anonymous ?? true;
  const drafts = anonymous
    ? revealOrder(boardId, unordered)
    : unordered.sort((a, b) => (a.draft.createdAt ?? '').localeCompare(b.draft.createdAt ?? '') || a.id.localeCompare(b.id));
  if (drafts.length === 0) return { state, hidden };
  const start = nextPosition(groupOf(state, boardId, null));
  // [WALL2] Each takes a free place among the loose cards on the wall, in the same order.
  const slots = looseSlotsOnBoard(state, boardId, drafts.length);
  const cards = drafts.map((r, i) => ({ ...r.draft, clusterId: null, position: start + i, x: slots[i]!.x, y: slots[i]!.y, createdAt: anonymous ? null : r.draft.createdAt }));
  return { state: putCards(state, cards), hidden: putRecords(hidden, drafts.map((r) => ({ ...r, draft: null }))) };
}

/**
 * [VOTE6] As the vote opens, each dot on something that is not an item of the board's level now (a cluster removed,
 * a card moved into a cluster, the other level after the setting changed, a card hidden) goes back to its voter; the
 * others stay where they are. The board's count of dots spent follows.
 */
export function returnStrayDots(state: WorkshopState, hidden: HiddenState, boardId: BoardId): { state: WorkshopState; hidden: HiddenState } {
  const board = state.boards[boardId];
  if (!board) return { state, hidden };
  const items = new Set<string>(itemsOfBoard(state, boardId).map((i) => i.id));
  let nextHidden = hidden;
  let spent = 0;
  for (const ballot of Object.values(hidden.ballots)) {
    if (ballot.boardId !== boardId) continue;
    const kept = Object.entries(ballot.dots).filter(([itemId, n]) => items.has(itemId) && n > 0);
    spent += kept.reduce((total, [, n]) => total + n, 0);
    if (kept.length !== Object.keys(ballot.dots).length) nextHidden = putBallot(nextHidden, { ...ballot, dots: Object.fromEntries(kept) });
  }
  const next = spent === board.dotsSpent ? state : putBoard(state, { ...board, dotsSpent: spent });
  return { state: next, hidden: nextHidden };
}

/**
 * [RES1] Results publish each item's tally (zero included) and which sector groups are shown; [VOTE8] the items are
 * those of the board's level, so a card inside a cluster on a board voting on clusters carries no tally (and a
 * cluster none on a board voting on cards).
 */
export function publishResults(state: WorkshopState, hidden: HiddenState, board: Board): WorkshopState {
  const ballots = Object.values(hidden.ballots).filter((b) => b.boardId === board.id);
  const { groups, tallies } = tallyBoard(ballots);
  const items = new Set<string>(itemsOfBoard(state, board.id).map((i) => i.id));
  const zero = () => ({ total: 0, bySector: groups.length > 0 ? { local_authority: 0, third_sector: 0, other: 0 } : null });
  const tallyOf = (id: string) => (items.has(id) ? (tallies.get(id) ?? zero()) : null);
  const cards = Object.values(state.cards)
    .filter((c) => c.boardId === board.id)
    .map((c) => ({ ...c, votes: tallyOf(c.id) }));
  const clusters = Object.values(state.clusters)
    .filter((c) => c.boardId === board.id)
    .map((c) => ({ ...c, votes: tallyOf(c.id) }));
  return putBoard(putClusters(putCards(state, cards), clusters), { ...board, resultGroups: groups });
}

/** Stepping back from results withdraws the totals, so the room can vote again. */
export function withdrawResults(state: WorkshopState, board: Board): WorkshopState {
  const cards = Object.values(state.cards)
    .filter((c) => c.boardId === board.id && c.votes !== null)
    .map((c) => ({ ...c, votes: null }));
  const clusters = Object.values(state.clusters)
    .filter((c) => c.boardId === board.id && c.votes !== null)
    .map((c) => ({ ...c, votes: null }));
  return putBoard(putClusters(putCards(state, cards), clusters), { ...board, resultGroups: null });
}
