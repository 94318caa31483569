import { cardsOfBoard, clustersOfBoard, type CardSector } from '@roundtable/shared/board/board';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  FRAME_HEADER,
  FRAME_MAX_SIZE,
  FRAME_MIN_HEIGHT,
  FRAME_MIN_WIDTH,
  FRAME_PADDING,
  WALL_LIMIT,
  type Point,
  type Rect,
} from '@roundtable/shared/board/wallLayout';
import type { BoardId, CardId, ClusterId } from '@roundtable/shared/ids/ids';
import type { CommandInput } from '@roundtable/shared/protocol/commands';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { TLShapeId } from 'tldraw';

/*
 * The binding between the workshop's doc and the wall's canvas (WALLV1), with no React, DOM or tldraw runtime in it:
 * (a) the shapes the canvas should hold for a board, and what to change to get there from what it shows;
 * (b) what a finished drag or resize on the canvas asks of the workshop: the command to send, or none.
 * The canvas is a view: it never keeps a place the doc does not have, except a drop waiting for its answer.
 */

/** The custom tldraw shape of a card. */
export const CARD_SHAPE_TYPE = 'rt-card';
/** Clusters are tldraw's own frames. */
export const FRAME_SHAPE_TYPE = 'frame';

export interface CardShapeProps {
  w: number;
  h: number;
  text: string;
  /** One sector per contribution (merged cards have several). */
  sectors: CardSector[];
  /** Texts merged into this card. */
  merged: number;
  /** Dots received, once results are out; null before. */
  votes: number | null;
  agreed: boolean;
  hidden: boolean;
}

export interface FrameShapeProps {
  w: number;
  h: number;
  name: string;
}

/** What the canvas should show of one card: page-level when loose, inside its cluster's frame otherwise. */
export interface CardShapeSpec {
  kind: 'card';
  id: TLShapeId;
  cardId: CardId;
  /** The frame it sits in, or null on the page. */
  parentId: TLShapeId | null;
  clusterId: ClusterId | null;
  /** Relative to the frame's top-left when in a frame; page coordinates when loose. */
  x: number;
  y: number;
  props: CardShapeProps;
}

/** What the canvas should show of one cluster: a frame on the page with its name (and, in the header, its figures). */
export interface FrameShapeSpec {
  kind: 'frame';
  id: TLShapeId;
  clusterId: ClusterId;
  x: number;
  y: number;
  props: FrameShapeProps;
  /** Dots the cluster received once results are out, and whether it was agreed (shown in the frame's header). */
  votes: number | null;
  agreed: boolean;
}

export type ShapeSpec = CardShapeSpec | FrameShapeSpec;

/** Shapes by id, frames before cards (so a frame exists before the cards placed in it). */
export type WallShapes = ReadonlyMap<TLShapeId, ShapeSpec>;

const CARD_PREFIX = 'shape:card:';
const CLUSTER_PREFIX = 'shape:cluster:';

/** A card's shape id: stable, from the card's id (ids never hold a colon, so this reads back unambiguously). */
export function cardShapeId(cardId: string): TLShapeId {
  return `${CARD_PREFIX}${cardId}` as TLShapeId;
}

export function clusterShapeId(clusterId: string): TLShapeId {
  return `${CLUSTER_PREFIX}${clusterId}` as TLShapeId;
}

export function cardIdOfShape(id: string): CardId | null {
  return id.startsWith(CARD_PREFIX) ? (id.slice(CARD_PREFIX.length) as CardId) : null;
}

export function clusterIdOfShape(id: string): ClusterId | null {
  return id.startsWith(CLUSTER_PREFIX) ? (id.slice(CLUSTER_PREFIX.length) as ClusterId) : null;
}

/** (a) The shapes for a board's clusters and cards, as the doc has them now. */
export function wallShapes(state: WorkshopState, boardId: BoardId): Map<TLShapeId, ShapeSpec> {
  const shapes = new Map<TLShapeId, ShapeSpec>();
  for (const cluster of clustersOfBoard(state, boardId)) {
    const id = clusterShapeId(cluster.id);
    shapes.set(id, {
      kind: 'frame',
      id,
      clusterId: cluster.id,
      x: cluster.x,
      y: cluster.y,
      props: { w: cluster.w, h: cluster.h, name: cluster.name },
      votes: cluster.votes?.total ?? null,
      agreed: cluster.agreed,
    });
  }
  for (const card of cardsOfBoard(state, boardId)) {
    const inFrame = card.clusterId !== null && shapes.has(clusterShapeId(card.clusterId));
    const id = cardShapeId(card.id);
    shapes.set(id, {
      kind: 'card',
      id,
      cardId: card.id,
      parentId: inFrame && card.clusterId ? clusterShapeId(card.clusterId) : null,
      clusterId: inFrame ? card.clusterId : null,
      x: card.x,
      y: card.y,
      props: {
        w: CARD_WIDTH,
        h: CARD_HEIGHT,
        text: card.hidden ? '' : card.text,
        sectors: [...card.sectors],
        merged: card.mergedTexts.length,
        votes: card.votes?.total ?? null,
        agreed: card.agreed,
        hidden: card.hidden,
      },
    });
  }
  return shapes;
}

function sameSpec(a: ShapeSpec, b: ShapeSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface ShapeChanges {
  /** Shapes to create or update, frames first. */
  put: ShapeSpec[];
  /** Shapes to delete, cards first (deleting a frame before its cards would take them with it). */
  remove: TLShapeId[];
}

/** (a) What to change on a canvas that shows `shown` so that it shows `wanted`: only the shapes that differ. */
export function diffShapes(shown: WallShapes, wanted: WallShapes): ShapeChanges {
  const put: ShapeSpec[] = [];
  for (const spec of wanted.values()) {
    const before = shown.get(spec.id);
    if (!before || !sameSpec(before, spec)) put.push(spec);
  }
  const gone = [...shown.values()].filter((spec) => !wanted.has(spec.id));
  const remove = [...gone.filter((s) => s.kind === 'card'), ...gone.filter((s) => s.kind === 'frame')].map((s) => s.id);
  put.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'frame' ? -1 : 1));
  return { put, remove };
}

/** A card's rectangle on the page, as the canvas shows it. */
export function cardPageRect(shapes: WallShapes, spec: CardShapeSpec): Rect {
  const frame = spec.parentId ? shapes.get(spec.parentId) : undefined;
  return { x: spec.x + (frame?.x ?? 0), y: spec.y + (frame?.y ?? 0), w: spec.props.w, h: spec.props.h };
}

export type WallCommand = { name: 'card:place'; input: Omit<CommandInput<'card:place'>, 'commandId'> } | { name: 'cluster:place'; input: Omit<CommandInput<'cluster:place'>, 'commandId'> };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const coordinate = (v: number) => clamp(Math.round(v), -WALL_LIMIT, WALL_LIMIT);

/**
 * The frame a card dropped with its top-left at `page` lands in: the one holding the card's centre (the smallest, if
 * frames overlap), or null for the page.
 */
export function frameAt(shapes: WallShapes, page: Point): FrameShapeSpec | null {
  const centre = { x: page.x + CARD_WIDTH / 2, y: page.y + CARD_HEIGHT / 2 };
  let found: FrameShapeSpec | null = null;
  for (const spec of shapes.values()) {
    if (spec.kind !== 'frame') continue;
    const inside = centre.x >= spec.x && centre.x <= spec.x + spec.props.w && centre.y >= spec.y && centre.y <= spec.y + spec.props.h;
    if (inside && (!found || spec.props.w * spec.props.h < found.props.w * found.props.h)) found = spec;
  }
  return found;
}

/**
 * (b) A card dropped with its top-left at `page` (page coordinates) → `card:place`, or null when it is where the
 * canvas showed it (or is not a card the canvas shows). Dropped in a frame, the card keeps clear of the frame's
 * name and left and top padding; `from` is where this canvas showed the card, so a drop over a move made meanwhile by
 * someone else is refused (`conflict`) instead of undoing theirs. `frames` is where the frames are now (default: as
 * shown), for a frame dragged together with the card.
 */
export function cardDropCommand(shown: WallShapes, cardId: CardId, page: Point, frames: WallShapes = shown): WallCommand | null {
  const spec = shown.get(cardShapeId(cardId));
  if (!spec || spec.kind !== 'card' || !Number.isFinite(page.x) || !Number.isFinite(page.y)) return null;
  const frame = frameAt(frames, page);
  const x = frame ? Math.max(FRAME_PADDING, coordinate(page.x - frame.x)) : coordinate(page.x);
  const y = frame ? Math.max(FRAME_HEADER, coordinate(page.y - frame.y)) : coordinate(page.y);
  const clusterId = frame?.clusterId ?? null;
  if (clusterId === spec.clusterId && x === spec.x && y === spec.y) return null;
  return { name: 'card:place', input: { cardId, clusterId, x, y, from: { clusterId: spec.clusterId, x: spec.x, y: spec.y } } };
}

/**
 * (b) A frame moved or resized to `rect` (page coordinates) → `cluster:place`, kept to the sizes the workshop
 * allows; null when nothing changed.
 */
export function frameChangeCommand(shown: WallShapes, clusterId: ClusterId, rect: Rect): WallCommand | null {
  const spec = shown.get(clusterShapeId(clusterId));
  if (!spec || spec.kind !== 'frame' || ![rect.x, rect.y, rect.w, rect.h].every(Number.isFinite)) return null;
  const w = clamp(Math.round(rect.w), FRAME_MIN_WIDTH, FRAME_MAX_SIZE);
  const h = clamp(Math.round(rect.h), FRAME_MIN_HEIGHT, FRAME_MAX_SIZE);
  const x = clamp(Math.round(rect.x), -WALL_LIMIT, WALL_LIMIT - w);
  const y = clamp(Math.round(rect.y), -WALL_LIMIT, WALL_LIMIT - h);
  if (x === spec.x && y === spec.y && w === spec.props.w && h === spec.props.h) return null;
  return { name: 'cluster:place', input: { clusterId, x, y, w, h } };
}

/** Where a card shows after `command` is accepted, for the canvas to keep it there until the doc says so. */
export function placedSpec(shown: WallShapes, command: WallCommand): ShapeSpec | null {
  if (command.name === 'card:place') {
    const spec = shown.get(cardShapeId(command.input.cardId));
    if (!spec || spec.kind !== 'card') return null;
    const { x, y } = command.input;
    const clusterId = command.input.clusterId as ClusterId | null;
    return { ...spec, clusterId, parentId: clusterId ? clusterShapeId(clusterId) : null, x, y };
  }
  const spec = shown.get(clusterShapeId(command.input.clusterId));
  if (!spec || spec.kind !== 'frame') return null;
  const { x, y, w, h } = command.input;
  return { ...spec, x, y, props: { ...spec.props, w, h } };
}

/** The page rectangle around everything on the wall, for zooming to fit (null when the board is empty). */
export function wallBounds(shapes: WallShapes): Rect | null {
  const rects: Rect[] = [];
  for (const spec of shapes.values()) {
    rects.push(spec.kind === 'frame' ? { x: spec.x, y: spec.y, w: spec.props.w, h: spec.props.h } : cardPageRect(shapes, spec));
  }
  if (rects.length === 0) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.w));
  const bottom = Math.max(...rects.map((r) => r.y + r.h));
  return { x, y, w: right - x, h: bottom - y };
}
