import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId, CardId, ClusterId } from '../ids/ids';
import { readWorkshop } from '../doc/readWorkshop';
import { DOC_LAYOUT_VERSION, migrateDoc } from '../doc/workshopDoc';
import { fixedContext } from '../testing/fixedContext';
import { createWorkshop } from '../workshop/workshopTransitions';
import type { Card, Cluster } from './board';
import { normaliseBoard } from './boardState';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardRect,
  FRAME_GAP,
  FRAME_HEADER,
  FRAME_MAX_SIZE,
  FRAME_MIN_HEIGHT,
  FRAME_MIN_WIDTH,
  FRAME_PADDING,
  freeFrameSlot,
  freeFrameSpot,
  freeLooseSlots,
  overlaps,
  tidyLayout,
  WALL_GAP,
  WALL_LIMIT,
  type Point,
  type Rect,
} from './wallLayout';
import { frameSpotOnBoard, looseSlotsOnBoard, slotInCluster, tidyBoard } from './wallPlacement';
import { makeRoom, roomAround } from './wallRoom';
import { seededRandom } from '../testing/seededRandom';
import { boardsOfSession } from './board';
import { sessionsInOrder } from '../sessions/session';
import { type WorkshopState } from '../workshop/workshop';

/** Every run tries the same boards, and a failure can be replayed from its seed. */
const random = seededRandom;

const BOARDS = 300;
const card = (p: Point): Rect => cardRect(p);

/** Every pair of rectangles that share area, as index pairs. */
function overlapping(rects: readonly Rect[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < rects.length; i += 1) for (let j = i + 1; j < rects.length; j += 1) if (overlaps(rects[i]!, rects[j]!)) pairs.push([i, j]);
  return pairs;
}

const within = (p: Point) => Number.isFinite(p.x) && Number.isFinite(p.y) && Math.abs(p.x) <= WALL_LIMIT && Math.abs(p.y) <= WALL_LIMIT;

/** A random wall: frames and loose cards anywhere near the origin, overlapping each other or not (a facilitator drags freely). */
function randomWall(seed: number): { frames: Rect[]; cards: Rect[] } {
  const r = random(seed);
  const spread = r.int(500, 6_000);
  const frames = Array.from({ length: r.int(0, 8) }, () => ({ x: r.int(-spread, spread), y: r.int(-spread, spread), w: r.int(FRAME_MIN_WIDTH, 1_500), h: r.int(FRAME_MIN_HEIGHT, 1_500) }));
  const cards = Array.from({ length: r.int(0, 60) }, () => card({ x: r.int(-spread, spread), y: r.int(-spread, spread) }));
  return { frames, cards };
}

describe('free places on the wall', () => {
  it('[WALL2] new loose cards never overlap a frame, a card or each other, over many random walls', () => {
    for (let seed = 1; seed <= BOARDS; seed += 1) {
      const { frames, cards } = randomWall(seed);
      const count = random(seed * 7).int(1, 40);
      const slots = freeLooseSlots(frames, cards, count);
      expect(slots).toHaveLength(count);
      for (const [i, slot] of slots.entries()) {
        expect(within(slot), `seed ${seed}`).toBe(true);
        const others = [...frames, ...cards, ...slots.filter((_, j) => j !== i).map(card)];
        expect(others.filter((o) => overlaps(card(slot), o, WALL_GAP)), `seed ${seed} slot ${i}`).toEqual([]);
      }
    }
  });

  it('[WALL2] loose cards fill a grid beside the frames, row by row, and fill a gap left by a card moved away', () => {
    const frame = { x: 0, y: 0, w: 600, h: 400 };
    const [a, b, c] = freeLooseSlots([frame], [], 3);
    expect(a).toEqual({ x: 600 + FRAME_GAP, y: 0 });
    expect(b).toEqual({ x: 600 + FRAME_GAP + CARD_WIDTH + WALL_GAP, y: 0 });
    expect(c!.y).toBe(0);
    // With the first place taken and the second free again, the next card goes into the gap.
    expect(freeLooseSlots([frame], [card(a!), card(c!)], 1)).toEqual([b]);
  });

  it('[WALL3] a card into a frame takes a free cell of its grid, never on another card, growing the frame only when full', () => {
    for (let seed = 1; seed <= BOARDS; seed += 1) {
      const r = random(seed);
      const frame = { w: r.int(FRAME_MIN_WIDTH, 1_200), h: r.int(FRAME_MIN_HEIGHT, 1_200) };
      const inside = Array.from({ length: r.int(0, 30) }, () => ({ x: r.int(FRAME_PADDING, Math.max(FRAME_PADDING, frame.w - CARD_WIDTH - FRAME_PADDING)), y: r.int(FRAME_HEADER, Math.max(FRAME_HEADER, frame.h - CARD_HEIGHT - FRAME_PADDING)) }));
      const slot = freeFrameSlot(frame, inside);
      expect(inside.filter((c) => overlaps(card(slot), card(c), WALL_GAP)), `seed ${seed}`).toEqual([]);
      expect(slot.x).toBeGreaterThanOrEqual(FRAME_PADDING);
      expect(slot.y).toBeGreaterThanOrEqual(FRAME_HEADER);
      expect(slot.w).toBeGreaterThanOrEqual(Math.max(frame.w, slot.x + CARD_WIDTH + FRAME_PADDING));
      expect(slot.h).toBeGreaterThanOrEqual(Math.max(frame.h, slot.y + CARD_HEIGHT + FRAME_PADDING));
      expect(Math.max(slot.w, slot.h)).toBeLessThanOrEqual(Math.max(FRAME_MAX_SIZE, frame.w, frame.h));
    }
  });

  it('[WALL3] an empty frame takes its first card at the top-left of its card area, without growing', () => {
    expect(freeFrameSlot({ w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT }, [])).toEqual({ x: FRAME_PADDING, y: FRAME_HEADER, w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
    // Full: the frame grows as tidy would shape it, square-ish: the second card beside the first, the third below.
    const second = freeFrameSlot({ w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT }, [{ x: FRAME_PADDING, y: FRAME_HEADER }]);
    expect(second).toEqual({ x: FRAME_PADDING + CARD_WIDTH + WALL_GAP, y: FRAME_HEADER, w: FRAME_MIN_WIDTH + CARD_WIDTH + WALL_GAP, h: FRAME_MIN_HEIGHT });
    const third = freeFrameSlot({ w: second.w, h: second.h }, [{ x: FRAME_PADDING, y: FRAME_HEADER }, second]);
    expect(third).toEqual({ x: FRAME_PADDING, y: FRAME_HEADER + CARD_HEIGHT + WALL_GAP, w: second.w, h: FRAME_MIN_HEIGHT + CARD_HEIGHT + WALL_GAP });
  });

  it('[WALL3] a frame holds a whole board of cards without passing the largest frame size', () => {
    let frame = { w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT };
    const inside: Point[] = [];
    for (let i = 0; i < 500; i += 1) {
      const slot = freeFrameSlot(frame, inside);
      inside.push({ x: slot.x, y: slot.y });
      frame = { w: slot.w, h: slot.h };
    }
    expect(overlapping(inside.map(card))).toEqual([]);
    expect(frame.h).toBeLessThanOrEqual(FRAME_MAX_SIZE);
    expect(frame.w).toBeLessThanOrEqual(FRAME_MAX_SIZE);
  });

  it('[WALL4] a new frame never overlaps a frame, and the loose cards under it move out of its way, over many random walls', () => {
    for (let seed = 1; seed <= BOARDS; seed += 1) {
      const { frames, cards } = randomWall(seed);
      const spot = freeFrameSpot(frames, cards);
      expect(within(spot), `seed ${seed}`).toBe(true);
      const rect = { ...spot, w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT };
      expect(frames.filter((o) => overlaps(rect, o)), `seed ${seed}`).toEqual([]);
      const room = makeRoom(new Map([...frames.map((f, i) => [`frame${i}`, f] as const), ['new', rect]]), new Map(cards.map((c, i) => [`card${i}`, c])), 'new', null);
      expect(room.frames.size, `seed ${seed}`).toBe(0);
      const after = cards.map((c, i) => (room.cards.has(`card${i}`) ? card(room.cards.get(`card${i}`)!) : c));
      expect(after.filter((c) => overlaps(rect, c)), `seed ${seed}`).toEqual([]);
      for (const [id, p] of room.cards) expect([...frames, ...after.filter((_, i) => `card${i}` !== id)].filter((o) => overlaps(card(p), o)), `seed ${seed}`).toEqual([]);
    }
  });

  it('[WALL4] the first frame of an empty wall is at the origin; the next beside it', () => {
    expect(freeFrameSpot([], [])).toEqual({ x: 0, y: 0 });
    expect(freeFrameSpot([{ x: 0, y: 0, w: 400, h: 300 }], [])).toEqual({ x: 400 + FRAME_GAP, y: 0 });
  });
});

/** A board of `clusters` clusters and `cards` cards, some in clusters, in the shapes tidyLayout reads. */
function randomBoard(seed: number) {
  const r = random(seed);
  const clusters = Array.from({ length: r.int(0, 12) }, (_, i) => ({ id: `cluster${i}`, position: r.int(0, 20) }));
  const cards = Array.from({ length: r.int(0, 150) }, (_, i) => ({
    id: `card${String(i).padStart(4, '0')}`,
    clusterId: clusters.length > 0 && r.next() < 0.7 ? clusters[r.int(0, clusters.length - 1)]!.id : null,
    position: r.int(0, 50),
    createdAt: '2026-11-01T10:00:00.000Z',
  }));
  return { clusters, cards };
}

/** Checks a laid-out board: frames apart, loose cards apart from frames and each other, each frame's cards inside it and apart. */
function expectTidy(layout: ReturnType<typeof tidyLayout>, cards: readonly { id: string; clusterId: string | null }[], label: string) {
  const frames = [...layout.frames.values()];
  expect(overlapping(frames), label).toEqual([]);
  const loose = cards.filter((c) => c.clusterId === null || !layout.frames.has(c.clusterId)).map((c) => card(layout.cards.get(c.id)!));
  expect(overlapping([...frames, ...loose]), label).toEqual([]);
  for (const [id, frame] of layout.frames) {
    const inside = cards.filter((c) => c.clusterId === id).map((c) => layout.cards.get(c.id)!);
    expect(overlapping(inside.map(card)), label).toEqual([]);
    for (const p of inside) {
      expect(p.x >= FRAME_PADDING && p.y >= FRAME_HEADER && p.x + CARD_WIDTH + FRAME_PADDING <= frame.w && p.y + CARD_HEIGHT + FRAME_PADDING <= frame.h, label).toBe(true);
    }
    expect(frame.w >= FRAME_MIN_WIDTH && frame.h >= FRAME_MIN_HEIGHT && frame.w <= FRAME_MAX_SIZE && frame.h <= FRAME_MAX_SIZE, label).toBe(true);
  }
  for (const p of layout.cards.values()) expect(within(p), label).toBe(true);
}

describe('tidying a board', () => {
  it('[WALL5] a tidied board has no overlaps, and every card is inside its own cluster\'s frame, over many random boards', () => {
    for (let seed = 1; seed <= BOARDS; seed += 1) {
      const { clusters, cards } = randomBoard(seed);
      const layout = tidyLayout(clusters, cards);
      expect(layout.cards.size).toBe(cards.length);
      expect(layout.frames.size).toBe(clusters.length);
      expectTidy(layout, cards, `seed ${seed}`);
    }
  });

  it('[WALL5] frames go in rows in cluster order, their cards in order; loose cards beside them', () => {
    const layout = tidyLayout(
      [
        { id: 'b', position: 1 },
        { id: 'a', position: 0 },
      ],
      [
        { id: 'c2', clusterId: 'a', position: 1, createdAt: '' },
        { id: 'c1', clusterId: 'a', position: 0, createdAt: '' },
        { id: 'l1', clusterId: null, position: 0, createdAt: '' },
      ],
    );
    const a = layout.frames.get('a')!;
    const b = layout.frames.get('b')!;
    // Two cards: a frame two cards wide, one row.
    expect(a).toEqual({ x: 0, y: 0, w: 2 * FRAME_PADDING + 2 * CARD_WIDTH + WALL_GAP, h: FRAME_MIN_HEIGHT });
    expect(b).toEqual({ x: a.w + FRAME_GAP, y: 0, w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
    expect(layout.cards.get('c1')).toEqual({ x: FRAME_PADDING, y: FRAME_HEADER });
    expect(layout.cards.get('c2')).toEqual({ x: FRAME_PADDING + CARD_WIDTH + WALL_GAP, y: FRAME_HEADER });
    expect(layout.cards.get('l1')).toEqual({ x: b.x + b.w + FRAME_GAP, y: 0 });
  });

  it('[WALL5] 60 cards in 5 clusters fit a projector: wider than tall', () => {
    const clusters = Array.from({ length: 5 }, (_, i) => ({ id: `k${i}`, position: i }));
    const cards = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, clusterId: `k${i % 5}`, position: i, createdAt: '' }));
    const frames = [...tidyLayout(clusters, cards).frames.values()];
    const width = Math.max(...frames.map((f) => f.x + f.w));
    const height = Math.max(...frames.map((f) => f.y + f.h));
    expect(width).toBeGreaterThan(height);
  });
});

function sessionTwoBoard(): { state: WorkshopState; board: BoardId } {
  const state = createWorkshop({ title: 'Darlington PIP', area: 'Darlington', facilitatorName: 'Ann' }, fixedContext()).state;
  const board = boardsOfSession(state, sessionsInOrder(state)[1]!.id)[0]!.id;
  return { state, board };
}

function withCards(state: WorkshopState, cards: Card[], clusters: Cluster[] = []): WorkshopState {
  return { ...state, cards: { ...state.cards, ...Object.fromEntries(cards.map((c) => [c.id, c])) }, clusters: { ...state.clusters, ...Object.fromEntries(clusters.map((c) => [c.id, c])) } };
}

function newCard(id: string, boardId: BoardId, at: Point, clusterId: ClusterId | null = null, position = 0): Card {
  return { id: id as CardId, boardId, text: id, sectors: ['none'], mergedTexts: [], authorIds: null, clusterId, position, ...at, createdAt: null, hidden: false, votes: null, agreed: false, agreedText: null };
}

function newCluster(id: string, boardId: BoardId, frame: Rect, position = 0): Cluster {
  return { id: id as ClusterId, boardId, name: id, position, ...frame, votes: null, agreed: false, agreedText: null };
}

/** Every shape of a board on the page: frames, and cards (inside their frames or loose). */
function pageShapes(state: WorkshopState, boardId: BoardId): { frames: Rect[]; loose: Rect[]; byFrame: Map<string, Rect[]> } {
  const frames = Object.values(state.clusters).filter((c) => c.boardId === boardId);
  const byFrame = new Map<string, Rect[]>(frames.map((f) => [f.id, []]));
  const loose: Rect[] = [];
  for (const c of Object.values(state.cards).filter((c) => c.boardId === boardId)) {
    if (c.clusterId) byFrame.get(c.clusterId)!.push(cardRect(c));
    else loose.push(cardRect(c));
  }
  return { frames: frames.map((f) => ({ x: f.x, y: f.y, w: f.w, h: f.h })), loose, byFrame };
}

describe('on a board of the workshop', () => {
  it('[WALL2] [WALL3] [WALL4] a board built card by card and frame by frame from free places has no overlaps', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const r = random(seed);
      const board = sessionTwoBoard().board;
      let state = sessionTwoBoard().state;
      for (let i = 0; i < 80; i += 1) {
        const clusters = Object.values(state.clusters);
        const roll = r.next();
        if (roll < 0.1 && clusters.length < 8) {
          const cluster = newCluster(`cluster${i}`, board, { ...frameSpotOnBoard(state, board), w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT }, clusters.length);
          state = withCards(state, [], [cluster]);
          const room = roomAround(state, cluster, null);
          state = withCards(state, room.cards, room.clusters);
        } else if (roll < 0.5 && clusters.length > 0) {
          const target = clusters[r.int(0, clusters.length - 1)]!;
          const slot = slotInCluster(state, target);
          state = withCards(state, [newCard(`card${i}`, board, slot, target.id)], [slot.cluster]);
          const room = roomAround(state, slot.cluster, target);
          state = withCards(state, room.cards, room.clusters);
        } else {
          state = withCards(state, [newCard(`card${i}`, board, looseSlotsOnBoard(state, board, 1)[0]!)]);
        }
      }
      const { frames, loose, byFrame } = pageShapes(state, board);
      // A frame that grew pushed aside what it reached, so nothing overlaps.
      expect(overlapping([...frames, ...loose]), `seed ${seed}`).toEqual([]);
      for (const inside of byFrame.values()) expect(overlapping(inside), `seed ${seed}`).toEqual([]);
      expect(frames.length + loose.length).toBeGreaterThan(0);
    }
  });

  it('[WALL5] tidyBoard returns only what moved, and keeps every card in its cluster', () => {
    const { state: base, board } = sessionTwoBoard();
    const state = withCards(
      base,
      [newCard('cardA0001', board, { x: 5_000, y: 5_000 }, 'clusterA01' as ClusterId), newCard('cardB0001', board, { x: -300, y: 40 })],
      [newCluster('clusterA01', board, { x: 70, y: 90, w: 900, h: 900 })],
    );
    const tidy = tidyBoard(state, board);
    expect(tidy.cards.map((c) => [c.id, c.clusterId])).toEqual([
      ['cardA0001', 'clusterA01'],
      ['cardB0001', null],
    ]);
    const tidied = withCards(state, tidy.cards, tidy.clusters);
    expect(tidyBoard(tidied, board)).toEqual({ cards: [], clusters: [] });
  });

  it('[WALL1] a card or cluster without a place (brought back by an undo from before the wall) is given a free one', () => {
    const { state: base, board } = sessionTwoBoard();
    const frame = newCluster('clusterA01', board, { x: 0, y: 0, w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
    const strayCluster = { ...newCluster('clusterB01', board, { x: 0, y: 0, w: 0, h: 0 }, 1) } as Partial<Cluster>;
    delete strayCluster.x;
    delete strayCluster.w;
    const strayCard = newCard('cardS0001', board, { x: 0, y: 0 }) as Partial<Card>;
    delete strayCard.x;
    delete strayCard.y;
    const state = withCards(base, [newCard('cardA0001', board, { x: FRAME_PADDING, y: FRAME_HEADER }, frame.id), strayCard as Card], [frame, strayCluster as Cluster]);
    const next = normaliseBoard(state, board);
    const { frames, loose } = pageShapes(next, board);
    for (const r of [...frames, ...loose]) expect(within(r) && Number.isFinite(r.w) && Number.isFinite(r.h)).toBe(true);
    expect(overlapping([...frames, ...loose])).toEqual([]);
    expect(next.cards['cardA0001' as CardId]).toBe(state.cards['cardA0001' as CardId]);
  });
});

describe('doc layout 4', () => {
  it('[DOC4] [WALL5] a layout-3 workshop with cards and clusters migrates: every card and frame gets a place, none overlapping', () => {
    const { state, board } = sessionTwoBoard();
    const clusters = ['Resources', 'People', 'Power'].map((name, i) => newCluster(`cluster${name}`, board, { x: 0, y: 0, w: 0, h: 0 }, i));
    const cards = Array.from({ length: 30 }, (_, i) => newCard(`card${String(i).padStart(5, '0')}`, board, { x: 0, y: 0 }, i % 4 === 3 ? null : clusters[i % 4]!.id, Math.floor(i / 4)));
    const doc = new Y.Doc();
    // A layout-3 doc as that release wrote it: cards and clusters without places, no session-five fields.
    doc.transact(() => {
      const meta = doc.getMap<unknown>('meta');
      meta.set('layoutVersion', 3);
      for (const [k, v] of Object.entries(state.meta)) meta.set(k, v);
      const plan = doc.getMap<unknown>('plan');
      for (const [k, v] of Object.entries(state.plan)) plan.set(k, v);
      const write = (name: string, entities: object[], omit: string[]) => {
        const collection = doc.getMap<Y.Map<unknown>>(name);
        for (const entity of entities) {
          const map = new Y.Map<unknown>();
          collection.set((entity as { id: string }).id, map);
          for (const [k, v] of Object.entries(entity)) if (!omit.includes(k)) map.set(k, v);
        }
      };
      write('sessions', Object.values(state.sessions), []);
      write('boards', Object.values(state.boards), []);
      write('members', Object.values(state.members), []);
      write('clusters', clusters, ['x', 'y', 'w', 'h']);
      write('cards', cards, ['x', 'y']);
    });
    expect(migrateDoc(doc)).toEqual({ from: 3, to: DOC_LAYOUT_VERSION });
    const migrated = readWorkshop(doc);
    /** An entity without its place on the wall. */
    const places = (entity: object) => Object.fromEntries(Object.entries(entity).filter(([k]) => !['x', 'y', 'w', 'h'].includes(k)));
    expect(Object.values(migrated.cards).map(places)).toEqual(cards.map(places));
    expect(Object.values(migrated.clusters).map(places)).toEqual(clusters.map(places));
    const layout = { frames: new Map(Object.values(migrated.clusters).map((c) => [c.id as string, { x: c.x, y: c.y, w: c.w, h: c.h }])), cards: new Map(Object.values(migrated.cards).map((c) => [c.id as string, { x: c.x, y: c.y }])) };
    expectTidy(layout, cards, 'migrated');
    expect(tidyBoard(migrated, board)).toEqual({ cards: [], clusters: [] });
  });
});
