/*
 * The board wall's geometry (rules WALL1-WALL8 in docs/spec.md). Positions are workshop state: a card's `x, y` is its
 * top-left in wall units, relative to its cluster's frame (the frame's top-left) when it is in a cluster, on the page
 * when loose; a cluster's `x, y, w, h` is its frame on the page. Everything here is pure, so the server, the wall and
 * the doc migration lay a board out the same way.
 */

export const CARD_WIDTH = 200;
export const CARD_HEIGHT = 120;
/** The space between cards laid out in a grid, and around a frame's cards. */
export const WALL_GAP = 16;
/** The band at the top of a frame that carries the cluster's name. */
export const FRAME_HEADER = 40;
export const FRAME_PADDING = 16;
/** Every coordinate is finite and within ±WALL_LIMIT. */
export const WALL_LIMIT = 100_000;
/** A frame holds at least one card, and is at most this wide and tall. */
export const FRAME_MAX_SIZE = 20_000;
export const FRAME_MIN_WIDTH = FRAME_PADDING + CARD_WIDTH + FRAME_PADDING;
export const FRAME_MIN_HEIGHT = FRAME_HEADER + CARD_HEIGHT + FRAME_PADDING;
/** Frames stand further apart than the cards inside them. */
export const FRAME_GAP = 2 * WALL_GAP;

const PITCH_X = CARD_WIDTH + WALL_GAP;
const PITCH_Y = CARD_HEIGHT + WALL_GAP;
/** Columns of a frame laid out by tidyBoard: a square-ish block, never wider than this. */
const FRAME_COLUMNS_MAX = 5;
/** Loose cards are laid out at least this many to a row. */
const LOOSE_COLUMNS_MIN = 6;

export interface Point {
  x: number;
  y: number;
}

export interface Rect extends Point {
  w: number;
  h: number;
}

/** True if the rectangles share any area once `a` is grown by `margin` on every side (touching edges do not). */
export function overlaps(a: Rect, b: Rect, margin = 0): boolean {
  return a.x - margin < b.x + b.w && b.x < a.x + a.w + margin && a.y - margin < b.y + b.h && b.y < a.y + a.h + margin;
}

/** A card's rectangle on the page (inside `frame` when it is in one). */
export function cardRect(card: Point, frame: Point | null = null): Rect {
  return { x: card.x + (frame?.x ?? 0), y: card.y + (frame?.y ?? 0), w: CARD_WIDTH, h: CARD_HEIGHT };
}

export function frameRect(cluster: Rect): Rect {
  return { x: cluster.x, y: cluster.y, w: cluster.w, h: cluster.h };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A point brought within the wall's limits. */
export function clampToWall(p: Point): Point {
  return { x: clamp(p.x, -WALL_LIMIT, WALL_LIMIT), y: clamp(p.y, -WALL_LIMIT, WALL_LIMIT) };
}

/** The smallest frame size (at least `w × h`) that holds cards at these frame-relative positions, padding included. */
export function frameSizeFor(cards: readonly Point[], w = FRAME_MIN_WIDTH, h = FRAME_MIN_HEIGHT): { w: number; h: number } {
  let width = Math.max(w, FRAME_MIN_WIDTH);
  let height = Math.max(h, FRAME_MIN_HEIGHT);
  for (const c of cards) {
    width = Math.max(width, c.x + CARD_WIDTH + FRAME_PADDING);
    height = Math.max(height, c.y + CARD_HEIGHT + FRAME_PADDING);
  }
  return { w: width, h: height };
}

/** Where a frame's card area starts: left of this or above it, a card would cover the padding or the name. */
export const FRAME_INNER: Readonly<Point> = { x: FRAME_PADDING, y: FRAME_HEADER };

/** The columns of a frame's grid for `n` cards: a square-ish block, never wider than FRAME_COLUMNS_MAX. */
function frameColumns(n: number): number {
  return clamp(Math.ceil(Math.sqrt(n)), 1, FRAME_COLUMNS_MAX);
}

/** The number of loose-card columns for a board that will have `n` loose cards. */
function looseColumns(n: number): number {
  return Math.max(LOOSE_COLUMNS_MIN, Math.ceil(Math.sqrt(n)));
}

/** Where loose cards start: beside the frames (right of them, level with the top one), or at the origin. */
function looseOrigin(frames: readonly Rect[], columns: number): Point {
  if (frames.length === 0) return { x: 0, y: 0 };
  const right = Math.max(...frames.map((f) => f.x + f.w)) + FRAME_GAP;
  const top = Math.min(...frames.map((f) => f.y));
  return { x: clamp(right, -WALL_LIMIT, WALL_LIMIT - columns * PITCH_X), y: clamp(top, -WALL_LIMIT, WALL_LIMIT - CARD_HEIGHT) };
}

/** The lowest bottom edge of anything on the wall, or 0. */
function bottomOf(rects: readonly Rect[]): number {
  return rects.length === 0 ? 0 : Math.max(...rects.map((r) => r.y + r.h));
}

/**
 * [WALL2] `count` places for new loose cards, none overlapping `frames`, `cards` (page rectangles) or each other,
 * with at least WALL_GAP around each: the first free cells of a grid beside the frames, row by row.
 */
export function freeLooseSlots(frames: readonly Rect[], cards: readonly Rect[], count: number, looseCount = cards.length): Point[] {
  if (count <= 0) return [];
  const columns = looseColumns(looseCount + count);
  const origin = looseOrigin(frames, columns);
  const taken: Rect[] = [...frames, ...cards];
  const found: Point[] = [];
  for (let i = 0; found.length < count; i += 1) {
    const x = origin.x + (i % columns) * PITCH_X;
    const y = origin.y + Math.floor(i / columns) * PITCH_Y;
    if (y > WALL_LIMIT - CARD_HEIGHT) break;
    const slot: Rect = { x, y, w: CARD_WIDTH, h: CARD_HEIGHT };
    if (taken.some((r) => overlaps(slot, r, WALL_GAP))) continue;
    taken.push(slot);
    found.push({ x, y });
  }
  // Only a wall packed to its limits runs out of grid: the rest go below everything, as far as the limit allows.
  while (found.length < count) {
    const y = clamp(bottomOf(taken) + WALL_GAP, -WALL_LIMIT, WALL_LIMIT);
    const slot = { x: origin.x, y, w: CARD_WIDTH, h: CARD_HEIGHT };
    taken.push(slot);
    found.push({ x: slot.x, y: slot.y });
  }
  return found;
}

/**
 * [WALL3] The next free place for a card in a frame of size `w × h` that already holds cards at `cards`
 * (frame-relative): the first free cell of the frame's grid, row by row. The grid is as wide as the frame, or as
 * tidyBoard would make it for this many cards if that is wider, so a growing frame stays square-ish; when the grid is
 * full the frame grows (taller, and wider once it would pass FRAME_MAX_SIZE). Returns the place and the frame's size
 * after.
 */
export function freeFrameSlot(frame: { w: number; h: number }, cards: readonly Point[]): Point & { w: number; h: number } {
  const rects = cards.map((c) => cardRect(c));
  const maxColumns = Math.floor((FRAME_MAX_SIZE - 2 * FRAME_PADDING + WALL_GAP) / PITCH_X);
  const maxRows = Math.floor((FRAME_MAX_SIZE - FRAME_HEADER - FRAME_PADDING + WALL_GAP) / PITCH_Y);
  const fits = Math.floor((frame.w - 2 * FRAME_PADDING + WALL_GAP) / PITCH_X);
  let columns = clamp(Math.max(fits, frameColumns(cards.length + 1)), 1, maxColumns);
  for (;;) {
    for (let i = 0; i < columns * maxRows; i += 1) {
      const x = FRAME_INNER.x + (i % columns) * PITCH_X;
      const y = FRAME_INNER.y + Math.floor(i / columns) * PITCH_Y;
      const slot: Rect = { x, y, w: CARD_WIDTH, h: CARD_HEIGHT };
      if (rects.some((r) => overlaps(slot, r, WALL_GAP))) continue;
      return { x, y, ...frameSizeFor([slot], frame.w, frame.h) };
    }
    if (columns >= maxColumns) break;
    columns += 1;
  }
  // A frame packed to its largest size: the card goes in the last cell (a board's card limit keeps this from happening).
  const x = FRAME_INNER.x + (maxColumns - 1) * PITCH_X;
  const y = FRAME_INNER.y + (maxRows - 1) * PITCH_Y;
  return { x, y, ...frameSizeFor([{ x, y }], frame.w, frame.h) };
}

/** The smallest rectangle holding all of `rects` (at the origin, one card in size, when there are none). */
export function boundsOf(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT };
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, w: Math.max(...rects.map((r) => r.x + r.w)) - x, h: Math.max(...rects.map((r) => r.y + r.h)) - y };
}

/** Frames to a row when a board has `n` of them: about as many rows as columns, as tidyLayout lays them out. */
export function framesPerRow(n: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(n)));
}

/**
 * The width-to-height ratio of `n` frames of `size` in rows of framesPerRow(n). Frames are usually wider than tall
 * (cards are), so for a square number of frames this is near a 16:9 screen (two frames of 12 cards: 1.9).
 */
export function gridAspect(n: number, size: { w: number; h: number }): number {
  const columns = Math.min(n, framesPerRow(n));
  const rows = Math.ceil(n / columns);
  return (columns * size.w + (columns - 1) * FRAME_GAP) / (rows * size.h + (rows - 1) * FRAME_GAP);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Lexicographic comparison of two score lists. */
const byScore = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

/**
 * [WALL4] A place for a frame of `size` that overlaps no other frame, with at least FRAME_GAP around it. The places
 * tried are beside each frame (right of it, level with its top), below it, and at the start of a new row or column
 * of the frames' block; on a wall without frames, the origin or left of the loose cards.
 *
 * A new frame (no `near`) is reckoned at the size of a typical frame already there, since it will fill up. It goes
 * where that grown frame would still overlap no frame, if there is such a place; then where the frames' block keeps
 * nearest the shape of tidy's rows of framesPerRow(n) frames (gridAspect: near 16:9 for the usual frames), so the
 * block fills rows and columns in turn rather than one long strip; then where it covers fewest `loose` cards; then
 * highest and leftmost. A frame that has to move out of another's way (`near`: where it was) goes to the
 * nearest such place. Loose cards under the place are the caller's to move (makeRoom in wallRoom.ts).
 */
export function freeFrameSpot(frames: readonly Rect[], loose: readonly Rect[] = [], size = { w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT }, near?: Point): Point {
  const candidates: Point[] = [];
  if (frames.length === 0) {
    candidates.push({ x: 0, y: 0 });
    if (loose.length > 0) {
      const cards = boundsOf(loose);
      candidates.push({ x: cards.x - FRAME_GAP - size.w, y: cards.y });
    }
  } else {
    const block = boundsOf(frames);
    for (const f of frames) {
      const right = f.x + f.w + FRAME_GAP;
      const below = f.y + f.h + FRAME_GAP;
      candidates.push({ x: right, y: f.y }, { x: f.x, y: below }, { x: block.x, y: below }, { x: right, y: block.y });
      if (near) candidates.push({ x: right, y: near.y }, { x: near.x, y: below });
    }
  }
  const fitsWall = (p: Point) => p.x >= -WALL_LIMIT && p.y >= -WALL_LIMIT && p.x <= WALL_LIMIT - size.w && p.y <= WALL_LIMIT - size.h;
  const clear = (r: Rect) => !frames.some((f) => overlaps(r, f, FRAME_GAP));
  const free = candidates.filter((p) => fitsWall(p) && clear({ ...p, ...size }));
  if (free.length === 0) {
    // Only a wall packed to its limits has no free place beside a frame: below everything, as far as the limit allows.
    const all = boundsOf([...frames, ...loose]);
    return { x: clamp(all.x, -WALL_LIMIT, WALL_LIMIT - size.w), y: clamp(all.y + all.h + FRAME_GAP, -WALL_LIMIT, WALL_LIMIT - size.h) };
  }
  const grown = frames.length === 0 ? size : { w: Math.max(size.w, median(frames.map((f) => f.w))), h: Math.max(size.h, median(frames.map((f) => f.h))) };
  const aspect = gridAspect(frames.length + 1, grown);
  const score = (p: Point): number[] => {
    const spot = { ...p, ...size };
    const covered = loose.filter((r) => overlaps(spot, r, WALL_GAP)).length;
    if (near) return [Math.hypot(p.x - near.x, p.y - near.y), covered, p.y, p.x];
    const future = { ...p, ...grown };
    const block = boundsOf([...frames, future]);
    // Rounded, so that places nearly as good are told apart by the loose cards they would cover.
    const mismatch = Math.round(Math.abs(Math.log(block.w / block.h / aspect)) * 20);
    return [clear(future) ? 0 : 1, mismatch, covered, p.y, p.x];
  };
  const scored = free.map((p) => ({ p, s: score(p) }));
  scored.sort((a, b) => byScore(a.s, b.s));
  return scored[0]!.p;
}

/** What tidyLayout needs of a cluster and of a card. */
export interface LayoutCluster {
  id: string;
  position: number;
}
export interface LayoutCard {
  id: string;
  clusterId: string | null;
  position: number;
  /** When it was written: named boards' cards only (ANON2). */
  createdAt: string | null;
}

const inOrder = (a: LayoutCard, b: LayoutCard) => a.position - b.position || (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id);

/**
 * [WALL5] A whole board laid out: frames in rows (about as many rows as columns) in cluster order, each frame a
 * square-ish grid of its cards in order (at most FRAME_COLUMNS_MAX wide), and the loose cards in a grid beside the
 * frames. Nothing overlaps and every card stays in its cluster. Cards whose cluster is not among `clusters` are
 * treated as loose.
 */
export function tidyLayout(clusters: readonly LayoutCluster[], cards: readonly LayoutCard[]): { frames: Map<string, Rect>; cards: Map<string, Point> } {
  const framesOut = new Map<string, Rect>();
  const cardsOut = new Map<string, Point>();
  const ordered = [...clusters].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const known = new Set(ordered.map((c) => c.id));
  const members = new Map<string, LayoutCard[]>(ordered.map((c) => [c.id, []]));
  const loose: LayoutCard[] = [];
  for (const card of cards) {
    if (card.clusterId !== null && known.has(card.clusterId)) members.get(card.clusterId)!.push(card);
    else loose.push(card);
  }
  const perRow = framesPerRow(ordered.length);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const [i, cluster] of ordered.entries()) {
    if (i > 0 && i % perRow === 0) {
      x = 0;
      y += rowHeight + FRAME_GAP;
      rowHeight = 0;
    }
    const inside = members.get(cluster.id)!.sort(inOrder);
    const columns = frameColumns(inside.length);
    const slots = inside.map((card, j) => {
      const slot = { x: FRAME_INNER.x + (j % columns) * PITCH_X, y: FRAME_INNER.y + Math.floor(j / columns) * PITCH_Y };
      cardsOut.set(card.id, slot);
      return slot;
    });
    const size = frameSizeFor(slots, FRAME_PADDING + columns * PITCH_X - WALL_GAP + FRAME_PADDING);
    framesOut.set(cluster.id, { x, y, w: size.w, h: size.h });
    x += size.w + FRAME_GAP;
    rowHeight = Math.max(rowHeight, size.h);
  }
  const columns = looseColumns(loose.length);
  const origin = looseOrigin([...framesOut.values()], columns);
  for (const [j, card] of loose.sort(inOrder).entries()) {
    cardsOut.set(card.id, { x: origin.x + (j % columns) * PITCH_X, y: origin.y + Math.floor(j / columns) * PITCH_Y });
  }
  return { frames: framesOut, cards: cardsOut };
}
