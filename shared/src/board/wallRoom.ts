import type { Card, Cluster } from './board';
import type { WorkshopState } from '../workshop/workshop';
import { cardRect, FRAME_GAP, frameRect, freeFrameSpot, freeLooseSlots, overlaps, WALL_GAP, WALL_LIMIT, type Point, type Rect } from './wallLayout';

/*
 * Making room on the wall (rules WALL3, WALL4, WALL6 in docs/spec.md). A frame that grows (a card moved or dropped
 * into it) or appears (a new cluster) may reach over what was beside it. What it now covers moves out of its way:
 * another frame along its row or column (its cards are relative to it, so they go with it: one write), a loose card
 * to a free loose place. Nothing else moves, so a command's doc update stays small.
 */

/** True if `after` covers `r`, or comes within WALL_GAP of it, where `before` (the frame before it grew) did not. */
function newlyReaches(after: Rect, before: Rect | null, r: Rect): boolean {
  const covers = overlaps(after, r) && !(before && overlaps(before, r));
  const crowds = overlaps(after, r, WALL_GAP) && !(before && overlaps(before, r, WALL_GAP));
  return covers || crowds;
}

/** Where frame `f` goes when `pusher` (which was at `was`) now reaches it: pushed right if it was beside, down if below. */
function pushed(f: Rect, pusher: Rect, was: Rect | null): Point {
  const right = { x: pusher.x + pusher.w + FRAME_GAP, y: f.y };
  const down = { x: f.x, y: pusher.y + pusher.h + FRAME_GAP };
  const o = was ?? pusher;
  const wasRight = f.x >= o.x + o.w;
  const wasBelow = f.y >= o.y + o.h;
  if (wasRight !== wasBelow) return wasRight ? right : down;
  return right.x - f.x <= down.y - f.y ? right : down;
}

/** Frames moved at most this many times each by one change before the rest go to free places instead. */
const PUSHES_PER_FRAME = 4;

/**
 * [WALL3] [WALL4] Room around the frame `changed` (in `frames` at its new place and size; `before` is where it was, or
 * null for a new frame). A frame it now reaches is pushed out of its way, right if it was beside it, down if below,
 * and pushes on what it reaches in turn, so rows and columns of frames keep their order; a frame that cannot be
 * pushed within the wall goes to the nearest free frame place. Loose cards that a grown or moved frame now reaches
 * go to free loose places, in the order of `loose`. Things that already overlapped a frame stay where they are
 * (someone put them there). Returns only what moved: frames with their new rectangle, cards with their new page position.
 */
export function makeRoom(
  frames: ReadonlyMap<string, Rect>,
  loose: ReadonlyMap<string, Rect>,
  changed: string,
  before: Rect | null,
): { frames: Map<string, Rect>; cards: Map<string, Point> } {
  const now = new Map(frames);
  const movedFrames = new Map<string, Rect>();
  const movedCards = new Map<string, Point>();
  const start = now.get(changed);
  if (!start) return { frames: movedFrames, cards: movedCards };
  const looseRects = [...loose.values()];
  /** Every frame that grew or moved, with where it was: what it newly reaches must make way. */
  const changes: { id: string; was: Rect | null; pushes: boolean }[] = [{ id: changed, was: before, pushes: true }];
  const pushes = new Map<string, number>();
  for (let i = 0; i < changes.length; i += 1) {
    const { id, was, pushes: pushing } = changes[i]!;
    if (!pushing) continue;
    const pusher = now.get(id)!;
    const reached = [...now].filter(([other, f]) => other !== id && newlyReaches(pusher, was, f)).sort(([, a], [, b]) => a.y - b.y || a.x - b.x);
    for (const [other, f] of reached) {
      let to: Point = pushed(f, pusher, was);
      const count = (pushes.get(other) ?? 0) + 1;
      pushes.set(other, count);
      // A free place is clear of every frame, so a frame sent there pushes nothing on.
      const toFreePlace = count > PUSHES_PER_FRAME || to.x > WALL_LIMIT - f.w || to.y > WALL_LIMIT - f.h;
      if (toFreePlace) {
        const others = [...now].filter(([k]) => k !== other).map(([, r]) => r);
        to = freeFrameSpot(others, looseRects, { w: f.w, h: f.h }, { x: f.x, y: f.y });
      }
      const moved = { ...to, w: f.w, h: f.h };
      now.set(other, moved);
      movedFrames.set(other, moved);
      changes.push({ id: other, was: f, pushes: !toFreePlace });
    }
  }
  const reachedCard = (r: Rect) => changes.some(({ id, was }) => newlyReaches(now.get(id)!, was, r));
  const displaced = [...loose].filter(([, r]) => reachedCard(r)).map(([id]) => id);
  if (displaced.length === 0) return { frames: movedFrames, cards: movedCards };
  const staying = [...loose].filter(([id]) => !displaced.includes(id)).map(([, r]) => r);
  const slots = freeLooseSlots([...now.values()], staying, displaced.length, loose.size - displaced.length);
  for (const [i, id] of displaced.entries()) movedCards.set(id, slots[i]!);
  return { frames: movedFrames, cards: movedCards };
}

/**
 * [WALL3] [WALL4] The same on a board of the workshop: room around `cluster` (already at its new place and size in
 * `state`), `before` being its frame before (null if new). Returns the clusters and cards that moved, to be written
 * with the command's own changes.
 */
export function roomAround(state: WorkshopState, cluster: Cluster, before: Rect | null): { cards: Card[]; clusters: Cluster[] } {
  const clusters = Object.values(state.clusters).filter((c) => c.boardId === cluster.boardId);
  const frames = new Map<string, Rect>(clusters.map((c) => [c.id, frameRect(c)]));
  const looseCards = Object.values(state.cards)
    .filter((c) => c.boardId === cluster.boardId && (c.clusterId === null || !state.clusters[c.clusterId]))
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const loose = new Map<string, Rect>(looseCards.map((c) => [c.id, cardRect(c)]));
  const room = makeRoom(frames, loose, cluster.id, before);
  const movedClusters = clusters.flatMap((c) => {
    const to = room.frames.get(c.id);
    return to ? [{ ...c, x: to.x, y: to.y }] : [];
  });
  const movedCards = looseCards.flatMap((c) => {
    const to = room.cards.get(c.id);
    return to ? [{ ...c, x: to.x, y: to.y }] : [];
  });
  return { cards: movedCards, clusters: movedClusters };
}
