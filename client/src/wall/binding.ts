import { cardsOfBoard, clustersOfBoard, type Card, type CardSector, type Cluster } from '@roundtable/shared/board/board';
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
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { TLShapeId } from 'tldraw';
import type { CommandInput } from '@roundtable/shared/workshop/commandSchemas';

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

function frameSpec(cluster: Cluster): FrameShapeSpec {
  const id = clusterShapeId(cluster.id);
  return {
    kind: 'frame',
    id,
    clusterId: cluster.id,
    x: cluster.x,
    y: cluster.y,
    props: { w: cluster.w, h: cluster.h, name: cluster.name },
    votes: cluster.votes?.total ?? null,
    agreed: cluster.agreed,
  };
}

function cardSpec(card: Card, inFrame: boolean): CardShapeSpec {
  const id = cardShapeId(card.id);
  return {
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
  };
}

/** The shapes of one board as built from one state of the doc, kept so that the next build can reuse what did not change. */
export interface WallBuild {
  boardId: BoardId;
  /** The state's cards and clusters the shapes were built from (compared by identity next time). */
  cards: WorkshopState['cards'];
  clusters: WorkshopState['clusters'];
  shapes: WallShapes;
}

/**
 * (a) The shapes for a board's clusters and cards, as the doc has them now, reusing `previous`'s: a card or cluster
 * that is the same object as before keeps its spec without being looked at again, and one rebuilt to the same spec
 * keeps the old spec object too. So an unchanged shape is the same object from build to build (`diffShapes` passes
 * over it at once), and when nothing on the board changed the build's `shapes` is the previous map itself.
 */
export function buildWall(state: WorkshopState, boardId: BoardId, previous: WallBuild | null = null): WallBuild {
  const before = previous?.boardId === boardId ? previous : null;
  const shapes = new Map<TLShapeId, ShapeSpec>();
  let changed = before === null;
  const keep = <S extends ShapeSpec>(spec: S, old: ShapeSpec | undefined): ShapeSpec => {
    if (old && sameSpec(old, spec)) return old;
    changed = true;
    return spec;
  };
  for (const cluster of clustersOfBoard(state, boardId)) {
    const id = clusterShapeId(cluster.id);
    const old = before?.shapes.get(id);
    shapes.set(id, old && before?.clusters[cluster.id] === cluster ? old : keep(frameSpec(cluster), old));
  }
  for (const card of cardsOfBoard(state, boardId)) {
    const inFrame = card.clusterId !== null && shapes.has(clusterShapeId(card.clusterId));
    const id = cardShapeId(card.id);
    const old = before?.shapes.get(id);
    const same = old?.kind === 'card' && before?.cards[card.id] === card && old.clusterId === (inFrame ? card.clusterId : null);
    shapes.set(id, same ? old : keep(cardSpec(card, inFrame), old));
  }
  if (before && !changed && shapes.size === before.shapes.size) return { boardId, cards: state.cards, clusters: state.clusters, shapes: before.shapes };
  return { boardId, cards: state.cards, clusters: state.clusters, shapes };
}

/** (a) The shapes for a board's clusters and cards, as the doc has them now. */
export function wallShapes(state: WorkshopState, boardId: BoardId): WallShapes {
  return buildWall(state, boardId).shapes;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((v, i) => v === b[i]);

function sameCardProps(a: CardShapeProps, b: CardShapeProps): boolean {
  return a.w === b.w && a.h === b.h && a.text === b.text && a.merged === b.merged && a.votes === b.votes && a.agreed === b.agreed && a.hidden === b.hidden && sameList(a.sectors, b.sectors);
}

/** Whether two specs show the same, field by field. */
export function sameSpec(a: ShapeSpec, b: ShapeSpec): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.x !== b.x || a.y !== b.y) return false;
  if (a.kind === 'card' && b.kind === 'card') return a.cardId === b.cardId && a.parentId === b.parentId && a.clusterId === b.clusterId && sameCardProps(a.props, b.props);
  if (a.kind === 'frame' && b.kind === 'frame') {
    return a.clusterId === b.clusterId && a.votes === b.votes && a.agreed === b.agreed && a.props.w === b.props.w && a.props.h === b.props.h && a.props.name === b.props.name;
  }
  return false;
}

export interface ShapeChanges {
  /** Shapes to create or update, frames first. */
  put: ShapeSpec[];
  /** Shapes to delete, cards first (deleting a frame before its cards would take them with it). */
  remove: TLShapeId[];
}

/**
 * (a) What to change on a canvas that shows `shown` so that it shows `wanted`: only the shapes that differ (a spec
 * that is the same object in both is passed over at once).
 */
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
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const spec of shapes.values()) {
    const r = spec.kind === 'frame' ? { x: spec.x, y: spec.y, w: spec.props.w, h: spec.props.h } : cardPageRect(shapes, spec);
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.w);
    bottom = Math.max(bottom, r.y + r.h);
  }
  return shapes.size === 0 ? null : { x: left, y: top, w: right - left, h: bottom - top };
}

/** Below this share of the view in both directions, the content is fitted again (it shrank, as after a tidy). */
const REFIT_BELOW = 0.8;

/**
 * [WALLV6] Whether the projector's wall, showing the page rectangle `view`, should be fitted to the screen again for
 * content with bounds `content`: when some of it is out of view, or when it has shrunk well inside the view. A card
 * added within the view changes nothing, so the wall does not move while people add cards.
 */
export function needsRefit(view: Rect, content: Rect): boolean {
  const outside = content.x < view.x || content.y < view.y || content.x + content.w > view.x + view.w || content.y + content.h > view.y + view.h;
  return outside || (content.w < view.w * REFIT_BELOW && content.h < view.h * REFIT_BELOW);
}
