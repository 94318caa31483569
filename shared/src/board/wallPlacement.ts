import type { BoardId, CardId } from '../ids/ids';
import type { WorkshopState } from '../workshop/workshop';
import type { Card, Cluster } from './board';
import { cardRect, frameRect, freeFrameSlot, freeFrameSpot, freeLooseSlots, tidyLayout, FRAME_MIN_HEIGHT, FRAME_MIN_WIDTH, type Point, type Rect } from './wallLayout';

/*
 * The wall's geometry (wallLayout.ts) applied to a board of the workshop's state: where a new card, a card moved into
 * a cluster or a new cluster goes, a board tidied, and places for what has none. Pure, like the geometry.
 */

function boardShapes(state: WorkshopState, boardId: BoardId, exceptCard?: CardId): { frames: Rect[]; cards: Rect[]; loose: Rect[] } {
  const frames: Rect[] = [];
  for (const c of Object.values(state.clusters)) if (c.boardId === boardId) frames.push(frameRect(c));
  const cards: Rect[] = [];
  const loose: Rect[] = [];
  for (const card of Object.values(state.cards)) {
    if (card.boardId !== boardId || card.id === exceptCard) continue;
    const frame = card.clusterId === null ? null : (state.clusters[card.clusterId] ?? null);
    const rect = cardRect(card, frame);
    if (!frame) loose.push(rect);
    cards.push(rect);
  }
  return { frames, cards, loose };
}

/** [WALL2] Free places on a board for `count` new loose cards (page coordinates). */
export function looseSlotsOnBoard(state: WorkshopState, boardId: BoardId, count: number, exceptCard?: CardId): Point[] {
  const { frames, cards, loose } = boardShapes(state, boardId, exceptCard);
  return freeLooseSlots(frames, cards, count, loose.length);
}

/** [WALL3] The next free place in a cluster's frame, and the cluster (grown if it had to). */
export function slotInCluster(state: WorkshopState, cluster: Cluster, exceptCard?: CardId): { x: number; y: number; cluster: Cluster } {
  const inside = Object.values(state.cards).filter((c) => c.clusterId === cluster.id && c.id !== exceptCard);
  const slot = freeFrameSlot(cluster, inside);
  const grown = slot.w === cluster.w && slot.h === cluster.h ? cluster : { ...cluster, w: slot.w, h: slot.h };
  return { x: slot.x, y: slot.y, cluster: grown };
}

/** [WALL4] A place on a board for a new cluster's frame, clear of the other frames (loose cards under it move: makeRoom). */
export function frameSpotOnBoard(state: WorkshopState, boardId: BoardId): Point {
  const { frames, loose } = boardShapes(state, boardId);
  return freeFrameSpot(frames, loose);
}

/** [WALL5] The board laid out afresh: the cards and clusters whose place or size changed, with their new ones. */
export function tidyBoard(state: WorkshopState, boardId: BoardId): { cards: Card[]; clusters: Cluster[] } {
  const clusters = Object.values(state.clusters).filter((c) => c.boardId === boardId);
  const cards = Object.values(state.cards).filter((c) => c.boardId === boardId);
  const layout = tidyLayout(clusters, cards);
  const changedClusters = clusters.flatMap((c) => {
    const f = layout.frames.get(c.id)!;
    return f.x === c.x && f.y === c.y && f.w === c.w && f.h === c.h ? [] : [{ ...c, ...f }];
  });
  const changedCards = cards.flatMap((c) => {
    const p = layout.cards.get(c.id)!;
    return p.x === c.x && p.y === c.y ? [] : [{ ...c, x: p.x, y: p.y }];
  });
  return { cards: changedCards, clusters: changedClusters };
}

/** A card's page position (its frame's top-left added when it is in a cluster). */
export function pagePosition(state: WorkshopState, card: Card): Point {
  const frame = card.clusterId === null ? undefined : state.clusters[card.clusterId];
  return { x: card.x + (frame?.x ?? 0), y: card.y + (frame?.y ?? 0) };
}

const placed = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/**
 * Places for the cards and clusters of a board that have none (an undo can bring back a card removed before the wall
 * existed): frames to free spots, their cards into them, loose cards among the loose ones. Only those are returned.
 */
export function placeStrays(state: WorkshopState, boardId: BoardId): { cards: Card[]; clusters: Cluster[] } {
  const strayClusters = Object.values(state.clusters).filter((c) => c.boardId === boardId && ![c.x, c.y, c.w, c.h].every(placed));
  const strayCards = Object.values(state.cards).filter((c) => c.boardId === boardId && ![c.x, c.y].every(placed));
  if (strayClusters.length === 0 && strayCards.length === 0) return { cards: [], clusters: [] };
  let next = state;
  const clusters: Cluster[] = [];
  const cards: Card[] = [];
  const put = (card: Card) => {
    cards.push(card);
    next = { ...next, cards: { ...next.cards, [card.id]: card } };
  };
  for (const stray of strayClusters) {
    const cluster = { ...stray, ...frameSpotOnBoard(next, boardId), w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT };
    next = { ...next, clusters: { ...next.clusters, [cluster.id]: cluster } };
  }
  for (const card of strayCards) {
    const cluster = card.clusterId === null ? undefined : next.clusters[card.clusterId];
    if (cluster) {
      const slot = slotInCluster(next, cluster, card.id);
      next = { ...next, clusters: { ...next.clusters, [cluster.id]: slot.cluster } };
      put({ ...card, x: slot.x, y: slot.y });
    } else {
      put({ ...card, ...looseSlotsOnBoard(next, boardId, 1, card.id)[0]! });
    }
  }
  for (const c of Object.values(next.clusters)) if (c.boardId === boardId && c !== state.clusters[c.id]) clusters.push(c);
  return { cards, clusters };
}
