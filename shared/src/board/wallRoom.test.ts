import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId, CardId, ClusterId, CommandId } from '../ids/ids';
import { writeWorkshop } from '../doc/workshopDoc';
import { fixedContext } from '../testing/fixedContext';
import { createWorkshop } from '../workshop/workshopTransitions';
import { BOARD_PHASES, cardsOfBoard, boardsOfSession } from './board';
import { EMPTY_HIDDEN, type HiddenState } from '../workshop/hiddenState';
import {
  boundsOf,
  CARD_HEIGHT,
  CARD_WIDTH,
  cardRect,
  FRAME_GAP,
  FRAME_HEADER,
  FRAME_MIN_HEIGHT,
  FRAME_MIN_WIDTH,
  FRAME_PADDING,
  framesPerRow,
  freeFrameSpot,
  overlaps,
  WALL_GAP,
  type Point,
  type Rect,
} from './wallLayout';
import { makeRoom } from './wallRoom';
import { seededRandom } from '../testing/seededRandom';
import type { CommandData } from '../workshop/commands';
import type { CommandName, CommandPayload } from '../workshop/commandSchemas';
import type { Actor } from '../command/actor';
import { sessionsInOrder } from '../sessions/session';
import { type WorkshopState } from '../workshop/workshop';
import { applyCommand } from '../workshop/commands';

/** Every run tries the same boards, and a failure can be replayed from its seed. */
const random = seededRandom;

/** A board at group, driven by a facilitator command by command as the server does. */
class Wall {
  state: WorkshopState;
  hidden: HiddenState = EMPTY_HIDDEN;
  readonly lead: Actor;
  readonly board: BoardId;
  private n = 0;
  private readonly ctx = { ...fixedContext(), newId: () => `made-${String((this.n += 1)).padStart(5, '0')}` };

  constructor() {
    const created = createWorkshop({ title: 'Darlington PIP', area: 'Darlington', facilitatorName: 'Ann' }, fixedContext());
    this.state = created.state;
    this.lead = { memberId: created.leadFacilitatorId, role: 'facilitator' };
    this.board = boardsOfSession(this.state, sessionsInOrder(this.state)[1]!.id)[0]!.id;
    this.ok('board:configure', { boardId: this.board, contributing: 'open' });
    for (let i = 1; i <= BOARD_PHASES.indexOf('group'); i += 1) this.ok('board:setPhase', { boardId: this.board, from: BOARD_PHASES[i - 1]!, to: BOARD_PHASES[i]! });
  }

  ok<K extends CommandName>(name: K, payload: Omit<CommandPayload<K>, 'commandId'>): CommandData[K] {
    const result = applyCommand(name, this.state, { ...payload, commandId: `c${(this.n += 1)}` as CommandId } as CommandPayload<K>, this.lead, this.ctx, this.hidden);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    this.state = result.state;
    this.hidden = result.hidden ?? this.hidden;
    return result.data;
  }

  cluster(name: string): ClusterId {
    return this.ok('cluster:add', { boardId: this.board, name }).clusterId as ClusterId;
  }

  card(text: string): CardId {
    return this.ok('card:add', { boardId: this.board, text }).cardId as CardId;
  }

  clusters() {
    return Object.values(this.state.clusters).filter((c) => c.boardId === this.board);
  }

  /** The frames and the loose cards on the page. */
  shapes(): { frames: Rect[]; loose: Rect[] } {
    const frames = this.clusters().map(({ x, y, w, h }) => ({ x, y, w, h }));
    const loose = cardsOfBoard(this.state, this.board)
      .filter((c) => c.clusterId === null)
      .map((c) => cardRect(c));
    return { frames, loose };
  }
}

/** What overlaps on a wall: two frames, or a loose card and a frame or another loose card (as "frame 1 / card 3"). */
function overlapsOn({ frames, loose }: { frames: Rect[]; loose: Rect[] }): string[] {
  const named = [...frames.map((r, i) => ({ r, name: `frame ${i}` })), ...loose.map((r, i) => ({ r, name: `card ${i}` }))];
  const found: string[] = [];
  for (let i = 0; i < named.length; i += 1) for (let j = i + 1; j < named.length; j += 1) if (overlaps(named[i]!.r, named[j]!.r)) found.push(`${named[i]!.name} / ${named[j]!.name}`);
  return found;
}

/** A place on the wall near the others where a rectangle of `size` overlaps nothing, or null if a few tries find none. */
function freePlace(r: ReturnType<typeof random>, wall: Wall, size: { w: number; h: number }): Point | null {
  const { frames, loose } = wall.shapes();
  const around = boundsOf([...frames, ...loose]);
  for (let tries = 0; tries < 20; tries += 1) {
    const p = { x: r.int(around.x - 600, around.x + around.w + 200), y: r.int(around.y - 600, around.y + around.h + 200) };
    if (![...frames, ...loose].some((o) => overlaps({ ...p, ...size }, o))) return p;
  }
  return null;
}

describe('room on the wall, through the commands', () => {
  it('[WALL2] [WALL3] [WALL4] [WALL6] over many random boards, after any run of card:move, card:place, cluster:add and card:add, no two frames overlap and no loose card overlaps a frame or another loose card', () => {
    const BOARDS = 60;
    const STEPS = 70;
    for (let seed = 1; seed <= BOARDS; seed += 1) {
      const r = random(seed);
      const wall = new Wall();
      for (let step = 0; step < STEPS; step += 1) {
        const cards = cardsOfBoard(wall.state, wall.board);
        const clusters = wall.clusters();
        const roll = r.next();
        let did = '';
        if (roll < 0.12 && clusters.length < 12) {
          // A cluster from the list (a free place) or made on the wall where there is room.
          const at = r.next() < 0.7 ? null : freePlace(r, wall, { w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
          wall.ok('cluster:add', { boardId: wall.board, name: `Cluster ${step}`, ...(at ?? {}) });
          did = `cluster:add ${at ? 'at a place' : 'free'}`;
        } else if (roll < 0.35 || cards.length === 0) {
          wall.card(`Card ${step}`);
          did = 'card:add';
        } else if (roll < 0.7) {
          const card = r.pick(cards);
          const clusterId = clusters.length > 0 && r.next() < 0.8 ? r.pick(clusters).id : null;
          wall.ok('card:move', { cardId: card.id, clusterId, ...(r.next() < 0.3 ? { toIndex: r.int(0, 5) } : {}) });
          did = `card:move ${clusterId ? 'in' : 'out'}`;
        } else {
          const card = r.pick(cards);
          const from = { clusterId: card.clusterId, x: card.x, y: card.y };
          if (clusters.length > 0 && r.next() < 0.75) {
            // Anywhere into a frame, often past its edge, so that it grows.
            const target = r.pick(clusters);
            const x = r.int(0, target.w + 400);
            const y = r.int(0, target.h + 300);
            wall.ok('card:place', { cardId: card.id, clusterId: target.id, x, y, from });
            did = 'card:place into a frame';
          } else {
            const at = freePlace(r, wall, { w: CARD_WIDTH, h: CARD_HEIGHT });
            if (!at) continue;
            wall.ok('card:place', { cardId: card.id, clusterId: null, ...at, from });
            did = 'card:place loose';
          }
        }
        expect(overlapsOn(wall.shapes()), `seed ${seed}, step ${step} (${did})`).toEqual([]);
      }
    }
  });

  it('[WALL3] [WALL4] the seeded benefits board (60 cards, 5 clusters of 12, each with one card left loose) has no overlaps, and its frames fill rows rather than one strip', () => {
    const wall = new Wall();
    const names = ['Money and resources', 'People and skills', 'Communication', 'Power and decisions', 'Trust and culture'];
    for (const name of names) {
      const cluster = wall.cluster(name);
      const cards = Array.from({ length: 12 }, (_, i) => wall.card(`${name} ${i + 1}`));
      for (const card of cards.slice(0, -1)) wall.ok('card:move', { cardId: card, clusterId: cluster });
    }
    const { frames, loose } = wall.shapes();
    expect(loose).toHaveLength(5);
    expect(overlapsOn({ frames, loose })).toEqual([]);
    // Two rows of at most three (3 + 2, as tidy lays 5 frames out): about twice as wide as tall, not 5 side by side.
    const rows = new Map<number, number>();
    for (const f of frames) rows.set(f.y, (rows.get(f.y) ?? 0) + 1);
    expect([...rows.values()].sort()).toEqual([2, 3]);
    const block = boundsOf(frames);
    expect(block.w / block.h).toBeGreaterThan(16 / 9);
    expect(block.w / block.h).toBeLessThan(3);
    // The loose cards are beside the frames (right of the first column, within the rows' height), not under or over them.
    for (const card of loose) {
      expect(card.x).toBeGreaterThan(block.x + FRAME_MIN_WIDTH);
      expect(card.y).toBeGreaterThanOrEqual(block.y);
      expect(card.y + CARD_HEIGHT).toBeLessThanOrEqual(block.y + block.h);
    }
  });

  it('[WALL6] [WALL3] [UNDO1] a frame dropped into over its right edge pushes the frame beside it along its row, and the loose card it now covers takes a free place; a drop writes only those, and undo puts them all back', () => {
    const wall = new Wall();
    const left = wall.cluster('Resources');
    const right = wall.cluster('People');
    const a = wall.card('Pooling budgets');
    const b = wall.card('Shared training');
    wall.ok('card:move', { cardId: a, clusterId: left });
    const besideFrame = wall.state.clusters[right]!;
    const leftFrame = wall.state.clusters[left]!;
    // The second frame sits beside the first, in the same row.
    expect(besideFrame.y).toBe(leftFrame.y);
    expect(besideFrame.x).toBe(leftFrame.x + leftFrame.w + FRAME_GAP);
    // A loose card just below the second frame, where the first will grow to.
    const looseSpot = { x: leftFrame.x + 300, y: leftFrame.y + leftFrame.h + FRAME_GAP };
    wall.ok('card:place', { cardId: b, clusterId: null, ...looseSpot, from: { clusterId: null, x: wall.state.cards[b]!.x, y: wall.state.cards[b]!.y } });
    const c = wall.card('Trust');

    const doc = new Y.Doc();
    doc.transact(() => writeWorkshop(doc, null, wall.state));
    const before = wall.state;
    const seen = new Set<string>();
    const stops = ['cards', 'clusters'].map((name) => {
      const map = doc.getMap(name);
      const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        for (const e of events) seen.add(e.path.length > 0 ? `${name}/${e.path[0]}` : `${name}/${[...e.changes.keys.keys()].join(',')}`);
      };
      map.observeDeep(onChange);
      return () => map.unobserveDeep(onChange);
    });
    // Dropped well past the first frame's right and bottom edges: it grows over its neighbour and the loose card.
    const drop = { x: FRAME_PADDING + 2 * (CARD_WIDTH + WALL_GAP), y: FRAME_HEADER + CARD_HEIGHT + WALL_GAP };
    const fromC = { clusterId: null, x: wall.state.cards[c]!.x, y: wall.state.cards[c]!.y };
    wall.ok('card:place', { cardId: c, clusterId: left, ...drop, from: fromC });
    doc.transact(() => writeWorkshop(doc, before, wall.state));
    for (const stop of stops) stop();

    const grown = wall.state.clusters[left]!;
    expect(grown).toMatchObject({ x: leftFrame.x, y: leftFrame.y, w: drop.x + CARD_WIDTH + FRAME_PADDING, h: drop.y + CARD_HEIGHT + FRAME_PADDING });
    // Pushed right along the row, just clear of the grown frame; its card goes with it (relative, so unwritten).
    expect(wall.state.clusters[right]).toMatchObject({ x: grown.x + grown.w + FRAME_GAP, y: besideFrame.y, w: besideFrame.w, h: besideFrame.h });
    expect(overlaps(grown, cardRect(wall.state.cards[b]!))).toBe(false);
    expect(overlapsOn(wall.shapes())).toEqual([]);
    expect([...seen].sort()).toEqual([`cards/${b}`, `cards/${c}`, `clusters/${left}`, `clusters/${right}`].sort());
    expect(wall.ok('facilitator:undo', {})).toEqual({ undone: 'card:place' });
    expect(wall.state.cards).toEqual(before.cards);
    expect(wall.state.clusters).toEqual(before.clusters);
  });

  it('[WALL3] [WALL4] card:move into a full frame grows it and moves what it now covers; cluster:add moves the loose cards under its free place', () => {
    const wall = new Wall();
    const first = wall.cluster('Resources');
    const cards = Array.from({ length: 12 }, (_, i) => wall.card(`Card ${i + 1}`));
    let pushedAside = 0;
    for (const card of cards.slice(0, 8)) {
      const before = wall.state;
      wall.ok('card:move', { cardId: card, clusterId: first });
      pushedAside += Object.values(wall.state.cards).filter((c) => c.id !== card && (c.x !== before.cards[c.id]!.x || c.y !== before.cards[c.id]!.y)).length;
      expect(overlapsOn(wall.shapes())).toEqual([]);
    }
    // The frame grew right over the loose cards beside it, more than once.
    expect(pushedAside).toBeGreaterThan(1);
    const loose = cards.slice(8).map((id) => wall.state.cards[id]!);
    expect(loose.every((c) => c.clusterId === null)).toBe(true);
    // The second frame is beside the first, where loose cards were: they move out of its way, nothing else does.
    const before = wall.state;
    const second = wall.cluster('People');
    const moved = Object.values(wall.state.cards).filter((c) => c !== before.cards[c.id]);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((c) => c.clusterId === null && overlaps(wall.state.clusters[second]!, cardRect(before.cards[c.id]!), WALL_GAP))).toBe(true);
    expect(overlapsOn(wall.shapes())).toEqual([]);
    expect(wall.state.clusters[first]).toBe(before.clusters[first]);
    expect(wall.state.clusters[second]).toMatchObject({ w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
  });
});

describe('makeRoom', () => {
  const frame = (x: number, y: number, w = 600, h = 400): Rect => ({ x, y, w, h });
  const card = (x: number, y: number): Rect => cardRect({ x, y });

  it('[WALL3] moves only what the grown frame newly reaches; what already overlapped it, and what it does not reach, stay', () => {
    const before = frame(0, 0);
    const after = frame(0, 0, 900, 400);
    const frames = new Map([
      ['grown', after],
      ['beside', frame(632, 0, 600, 200)],
      ['below', frame(0, 432)],
    ]);
    const loose = new Map([
      ['reached', card(700, 250)],
      ['already', card(100, 100)],
      ['far', card(3_000, 0)],
    ]);
    const room = makeRoom(frames, loose, 'grown', before);
    expect([...room.frames]).toEqual([['beside', frame(900 + FRAME_GAP, 0, 600, 200)]]);
    expect([...room.cards.keys()]).toEqual(['reached']);
    const to = cardRect(room.cards.get('reached')!);
    expect([after, room.frames.get('beside')!, frames.get('below')!, loose.get('already')!, loose.get('far')!].some((r) => overlaps(to, r))).toBe(false);
  });

  it('[WALL3] a frame that grows down pushes the frame below it down, and that one pushes the loose card below it out of its way', () => {
    const frames = new Map([
      ['grown', frame(0, 0, 600, 800)],
      ['below', frame(0, 432)],
    ]);
    const loose = new Map([['card', card(100, 900)]]);
    const room = makeRoom(frames, loose, 'grown', frame(0, 0));
    expect(room.frames.get('below')).toEqual(frame(0, 800 + FRAME_GAP));
    const to = room.cards.get('card')!;
    for (const f of [frames.get('grown')!, room.frames.get('below')!]) expect(overlaps(cardRect(to), f)).toBe(false);
  });

  it('[WALL4] a new frame (nothing before) moves the loose cards under it and nothing else', () => {
    const frames = new Map([
      ['old', frame(0, 0)],
      ['new', frame(632, 0, FRAME_MIN_WIDTH, FRAME_MIN_HEIGHT)],
    ]);
    const loose = new Map([
      ['under', card(640, 10)],
      ['clear', card(2_000, 0)],
    ]);
    const room = makeRoom(frames, loose, 'new', null);
    expect(room.frames.size).toBe(0);
    expect([...room.cards.keys()]).toEqual(['under']);
    const to = cardRect(room.cards.get('under')!);
    expect([...frames.values(), loose.get('clear')!].some((r) => overlaps(to, r))).toBe(false);
  });
});

describe('where new frames go', () => {
  it('[WALL4] frames added one after another, each filled before the next, fill rows of about √n frames (as tidy would), never one long strip', () => {
    for (const size of [
      { w: 880, h: 448 },
      { w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT },
      { w: 448, h: 584 },
    ]) {
      const frames: Rect[] = [];
      for (let n = 1; n <= 12; n += 1) {
        const spot = freeFrameSpot(frames, [], { w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
        frames.push({ ...spot, ...size });
        const rows = new Map<number, number>();
        for (const f of frames) rows.set(f.y, (rows.get(f.y) ?? 0) + 1);
        expect(Math.max(...rows.values()), `${n} frames of ${size.w}×${size.h}`).toBeLessThanOrEqual(framesPerRow(n) + 1);
        expect(rows.size, `${n} frames of ${size.w}×${size.h}`).toBeLessThanOrEqual(Math.ceil(n / framesPerRow(n)) + 1);
        expect(overlapsOn({ frames, loose: [] })).toEqual([]);
      }
    }
  });

  it('[WALL4] the first frame of a wall of loose cards goes left of them, so the loose cards stay beside the frames', () => {
    const loose = [cardRect({ x: 0, y: 0 }), cardRect({ x: CARD_WIDTH + WALL_GAP, y: 0 })];
    expect(freeFrameSpot([], loose)).toEqual({ x: -FRAME_GAP - FRAME_MIN_WIDTH, y: 0 });
  });
});
