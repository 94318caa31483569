import type { BoardId, CardId, ClusterId } from '../ids/ids';
import { EMPTY_CARD_COUNTS, RESULT_GROUPS, inPlace, resultGroupOf, type Card, type CardSector, type Cluster, type ResultGroup, type Tally } from './board';
import type { Ballot, CardRecord } from './boardHidden';
import type { HiddenState } from '../workshop/hiddenState';
import { placeStrays } from './wallPlacement';
import { largeEnoughToShow } from '../members/smallGroups';
import type { Board } from './board';
import type { WorkshopState } from '../workshop/workshop';

/*
 * Small immutable updates of the shared and hidden state, used by the board's command rules. Each returns a new
 * object only for what changed, so the doc writer emits only those entities.
 */

export interface World {
  state: WorkshopState;
  hidden: HiddenState;
}

export function putBoard(state: WorkshopState, board: Board): WorkshopState {
  return { ...state, boards: { ...state.boards, [board.id]: board } };
}

export function putCards(state: WorkshopState, cards: readonly Card[], removed: readonly CardId[] = []): WorkshopState {
  if (cards.length === 0 && removed.length === 0) return state;
  const next = { ...state.cards };
  for (const id of removed) delete next[id];
  for (const card of cards) next[card.id] = card;
  return { ...state, cards: next };
}

export function putClusters(state: WorkshopState, clusters: readonly Cluster[], removed: readonly ClusterId[] = []): WorkshopState {
  if (clusters.length === 0 && removed.length === 0) return state;
  const next = { ...state.clusters };
  for (const id of removed) delete next[id];
  for (const cluster of clusters) next[cluster.id] = cluster;
  return { ...state, clusters: next };
}

export function putRecords(hidden: HiddenState, records: readonly CardRecord[], removed: readonly CardId[] = []): HiddenState {
  const cards = { ...hidden.cards };
  for (const id of removed) delete cards[id];
  for (const record of records) cards[record.id] = record;
  return { ...hidden, cards };
}

export function putBallot(hidden: HiddenState, ballot: Ballot): HiddenState {
  return { ...hidden, ballots: { ...hidden.ballots, [ballot.id]: ballot } };
}

/** Positions 0..n-1 in the given order; returns only the cards whose position changed. */
export function renumberCards(ordered: readonly Card[]): Card[] {
  return ordered.flatMap((c, position) => (c.position === position ? [] : [{ ...c, position }]));
}

export function renumberClusters(ordered: readonly Cluster[]): Cluster[] {
  return ordered.flatMap((c, position) => (c.position === position ? [] : [{ ...c, position }]));
}

/** The position after the last of a group: its size while positions are dense, past any gap a wall drop left. */
export function nextPosition(group: readonly { position: number }[]): number {
  return group.reduce((n, c) => Math.max(n, c.position + 1), 0);
}

/** The published cards of one cluster (or the loose ones), in order. */
export function groupOf(state: WorkshopState, boardId: BoardId, clusterId: ClusterId | null): Card[] {
  return Object.values(state.cards)
    .filter((c) => c.boardId === boardId && c.clusterId === clusterId)
    .sort(inPlace);
}

/** Dense positions for every cluster and every group of cards of a board (after an undo, say), and a place on the wall for each. */
export function normaliseBoard(state: WorkshopState, boardId: BoardId): WorkshopState {
  const clusters = Object.values(state.clusters)
    .filter((c) => c.boardId === boardId)
    .sort((a, b) => a.position - b.position);
  let next = putClusters(state, renumberClusters(clusters));
  for (const clusterId of [null, ...clusters.map((c) => c.id)]) next = putCards(next, renumberCards(groupOf(next, boardId, clusterId)));
  const strays = placeStrays(next, boardId);
  return putClusters(putCards(next, strays.cards), strays.clusters);
}

/** Contributions by sector on a board: published cards and private drafts, every sector of a merged card. */
export function countCards(world: World, boardId: BoardId): Record<CardSector, number> {
  const counts = { ...EMPTY_CARD_COUNTS };
  for (const record of Object.values(world.hidden.cards)) {
    if (record.boardId !== boardId) continue;
    const card = record.draft ?? world.state.cards[record.id];
    for (const sector of card?.sectors ?? []) counts[sector] += 1;
  }
  return counts;
}

function sameCounts(a: Record<CardSector, number>, b: Record<CardSector, number>): boolean {
  return (Object.keys(a) as CardSector[]).every((k) => a[k] === b[k]);
}

/** Brings a board's live card counts up to date (a no-op, same object, when they already are). */
export function recount(world: World, boardId: BoardId): WorkshopState {
  const board = world.state.boards[boardId];
  if (!board) return world.state;
  const counts = countCards(world, boardId);
  return sameCounts(board.cardCounts, counts) ? world.state : putBoard(world.state, { ...board, cardCounts: counts });
}

/**
 * [RES1][RES2] The board's tallies: per item, the total dots and the split by the voters' sectors. A sector too
 * small to show on its own (SMALL1) is folded into "other"; if "other" then still has voters but is too small
 * itself, no split is published at all, so no small group's choices can be read off the chart.
 */
export function tallyBoard(ballots: readonly Ballot[]): { groups: ResultGroup[]; tallies: Map<string, Tally> } {
  const voting = ballots.filter((b) => Object.values(b.dots).some((n) => n > 0));
  const voters: Record<ResultGroup, number> = { local_authority: 0, third_sector: 0, other: 0 };
  for (const ballot of voting) voters[resultGroupOf(ballot.sector)] += 1;
  const folded = new Set<ResultGroup>();
  for (const group of ['local_authority', 'third_sector'] as const) {
    if (voters[group] > 0 && !largeEnoughToShow(voters[group])) {
      voters.other += voters[group];
      voters[group] = 0;
      folded.add(group);
    }
  }
  const suppressed = voters.other > 0 && !largeEnoughToShow(voters.other);
  const groups = suppressed ? [] : RESULT_GROUPS.filter((g) => voters[g] > 0);
  const tallies = new Map<string, Tally>();
  for (const ballot of voting) {
    const raw = resultGroupOf(ballot.sector);
    const group = folded.has(raw) ? 'other' : raw;
    for (const [itemId, dots] of Object.entries(ballot.dots)) {
      if (dots <= 0) continue;
      const tally = tallies.get(itemId) ?? { total: 0, bySector: suppressed ? null : { local_authority: 0, third_sector: 0, other: 0 } };
      tally.total += dots;
      if (tally.bySector) tally.bySector[group] += dots;
      tallies.set(itemId, tally);
    }
  }
  return { groups, tallies };
}

/** The cards on a board, drafts included (the hidden state holds a record of every one). */
export function cardsOnBoard(hidden: HiddenState, boardId: BoardId): number {
  return Object.values(hidden.cards).filter((r) => r.boardId === boardId).length;
}
