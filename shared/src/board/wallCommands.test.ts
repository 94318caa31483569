import { describe, expect, it } from 'vitest';
import { CommandRoom } from '../testing/commandRoom';
import * as Y from 'yjs';
import type { BoardId, CardId, ClusterId } from '../ids/ids';
import { writeWorkshop } from '../doc/workshopDoc';
import { BOARD_PHASES, cardsOfBoard, type BoardPhase, type Card, boardsOfSession } from './board';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardRect,
  FRAME_HEADER,
  FRAME_MAX_SIZE,
  FRAME_MIN_HEIGHT,
  FRAME_MIN_WIDTH,
  FRAME_PADDING,
  overlaps,
  WALL_GAP,
  WALL_LIMIT,
  type Rect,
} from './wallLayout';
import { commandSchemas } from '../workshop/commandSchemas';
import { CLUSTER_NAME_MAX_CHARS } from './boardLimits';
import { sessionsInOrder } from '../sessions/session';
import { type WorkshopState } from '../workshop/workshop';

/** Two facilitators and two participants on a session-two board, driven command by command as the server does. */
class Room extends CommandRoom {
  readonly board: BoardId;
  readonly other: BoardId;

  constructor() {
    super();
    const [board, other] = boardsOfSession(this.state, sessionsInOrder(this.state)[1]!.id);
    this.board = board!.id;
    this.other = other!.id;
  }

  phaseOf(board: BoardId): BoardPhase {
    return this.state.boards[board]!.phase;
  }

  moveTo(target: BoardPhase, board = this.board): void {
    while (this.phaseOf(board) !== target) {
      const at = BOARD_PHASES.indexOf(this.phaseOf(board));
      const step = BOARD_PHASES.indexOf(target) > at ? 1 : -1;
      this.ok(this.lead, 'board:setPhase', { boardId: board, from: this.phaseOf(board), to: BOARD_PHASES[at + step]! });
    }
  }

  card(id: CardId): Card {
    return this.state.cards[id]!;
  }

  cluster(name: string, board = this.board): ClusterId {
    return this.ok(this.lead, 'cluster:add', { boardId: board, name }).clusterId as ClusterId;
  }

  /** Where the wall sees a card now: what a drag's `from` carries. */
  from(id: CardId) {
    const c = this.card(id);
    return { clusterId: c.clusterId, x: c.x, y: c.y };
  }
}

/** A revealed board: four participants' cards published from private drafts. */
function revealed() {
  const room = new Room();
  const people = [room.join('Cara', 'local_authority'), room.join('Colin', 'local_authority'), room.join('Tess', 'third_sector'), room.join('Theo', 'third_sector')];
  room.moveTo('contribute');
  const cards = ['Funding', 'Money', 'Trust', 'Respect'].map((text, i) => room.ok(people[i]!, 'card:add', { boardId: room.board, text }).cardId as CardId);
  room.moveTo('reveal');
  return { room, people, cards };
}

/** Every card of the board on the page, and every frame. */
function shapes(state: WorkshopState, board: BoardId): { frames: Rect[]; loose: Rect[] } {
  const frames = Object.values(state.clusters).filter((c) => c.boardId === board);
  const loose = cardsOfBoard(state, board)
    .filter((c) => c.clusterId === null)
    .map((c) => cardRect(c));
  return { frames: frames.map(({ x, y, w, h }) => ({ x, y, w, h })), loose };
}

function noOverlaps(rects: readonly Rect[]): boolean {
  return rects.every((a, i) => rects.every((b, j) => i === j || !overlaps(a, b)));
}

describe('card:place', () => {
  it('[WALL6] a facilitator drops a card into a cluster: it takes that place in the frame, last in the cluster\'s order', () => {
    const { room, cards } = revealed();
    const resources = room.cluster('Resources');
    room.ok(room.lead, 'card:move', { cardId: cards[1]!, clusterId: resources });
    const others = Object.fromEntries(cards.filter((c) => c !== cards[0]).map((c) => [c, room.card(c)]));
    room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: resources, x: FRAME_PADDING, y: FRAME_HEADER + CARD_HEIGHT + WALL_GAP, from: room.from(cards[0]!) });
    expect(room.card(cards[0]!)).toMatchObject({ clusterId: resources, x: FRAME_PADDING, y: FRAME_HEADER + CARD_HEIGHT + WALL_GAP, position: 1 });
    // Nothing else moved: the other cards are the very same objects.
    for (const [id, before] of Object.entries(others)) expect(room.state.cards[id as CardId]).toBe(before);
    // The frame grew to hold the card it now overhangs.
    expect(room.state.clusters[resources]).toMatchObject({ h: FRAME_HEADER + 2 * CARD_HEIGHT + WALL_GAP + FRAME_PADDING });
  });

  it('[WALL6] a card dropped loose goes to its page position; one dropped over a frame\'s edge is kept inside it', () => {
    const { room, cards } = revealed();
    const people = room.cluster('People');
    room.ok(room.lead, 'card:place', { cardId: cards[2]!, clusterId: null, x: -1234.5, y: 777, from: room.from(cards[2]!) });
    expect(room.card(cards[2]!)).toMatchObject({ clusterId: null, x: -1234.5, y: 777 });
    room.ok(room.lead, 'card:place', { cardId: cards[2]!, clusterId: people, x: -30, y: 5, from: room.from(cards[2]!) });
    expect(room.card(cards[2]!)).toMatchObject({ clusterId: people, x: FRAME_PADDING, y: FRAME_HEADER });
    expect(room.state.clusters[people]).toMatchObject({ w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
  });

  it('[WALL6] [DOC2] a drop writes only that card to the doc (and the frame when it grew, and the loose cards it grew over)', () => {
    const { room, cards } = revealed();
    const resources = room.cluster('Resources');
    const doc = new Y.Doc();
    doc.transact(() => writeWorkshop(doc, null, room.state));
    /** The entities (collection/id) a command's doc update touched. */
    const changed = (run: () => void): string[] => {
      const before = room.state;
      run();
      const seen = new Set<string>();
      const stops = ['meta', 'plan', 'sessions', 'boards', 'members', 'cards', 'clusters'].map((name) => {
        const map = doc.getMap(name);
        const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
          for (const e of events) seen.add(e.path.length > 0 ? `${name}/${e.path[0]}` : `${name}/${[...e.changes.keys.keys()].join(',')}`);
        };
        map.observeDeep(onChange);
        return () => map.unobserveDeep(onChange);
      });
      doc.transact(() => writeWorkshop(doc, before, room.state));
      for (const stop of stops) stop();
      return [...seen].sort();
    };
    expect(changed(() => room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: null, x: 5_000, y: 5_000, from: room.from(cards[0]!) }))).toEqual([`cards/${cards[0]}`]);
    const before = room.state;
    const grownOver = changed(() => room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: resources, x: 400, y: FRAME_HEADER, from: room.from(cards[0]!) }));
    // The frame grew right, over loose cards beside it: they, and only they, moved to free places.
    const frame = room.state.clusters[resources]!;
    const moved = cards.filter((c) => c !== cards[0] && room.card(c) !== before.cards[c]);
    expect(moved.length).toBeGreaterThan(0);
    for (const c of moved) {
      expect(before.cards[c]!.clusterId).toBeNull();
      expect(overlaps(frame, cardRect(before.cards[c]!))).toBe(true);
      expect(overlaps(frame, cardRect(room.card(c)))).toBe(false);
    }
    expect(grownOver).toEqual([`cards/${cards[0]}`, ...moved.map((c) => `cards/${c}`), `clusters/${resources}`].sort());
  });

  it('[WALL6] a drop from where the card no longer is (the other facilitator moved it, or a stale resend) is refused with conflict', () => {
    const { room, cards } = revealed();
    const seen = room.from(cards[0]!);
    room.ok(room.co, 'card:place', { cardId: cards[0]!, clusterId: null, x: 900, y: 900, from: seen });
    const message = room.fails(room.lead, 'card:place', { cardId: cards[0]!, clusterId: null, x: 100, y: 100, from: seen }, 'conflict');
    expect(message).toMatch(/has moved since/);
    expect(room.card(cards[0]!)).toMatchObject({ x: 900, y: 900 });
    const cluster = room.cluster('Resources');
    room.ok(room.co, 'card:move', { cardId: cards[0]!, clusterId: cluster });
    // Same numbers, but now inside a cluster: still not where the sender saw it.
    room.fails(room.lead, 'card:place', { cardId: cards[0]!, clusterId: null, x: 0, y: 0, from: { ...room.from(cards[0]!), clusterId: null } }, 'conflict');
  });

  it('[WALL8] [CMD5] a participant cannot place a card, not even their own, even where participants may group', () => {
    const { room, people, cards } = revealed();
    room.moveTo('group');
    room.ok(room.lead, 'board:configure', { boardId: room.board, participantsCanGroup: true });
    room.fails(people[0]!, 'card:place', { cardId: cards[0]!, clusterId: null, x: 0, y: 0, from: room.from(cards[0]!) }, 'forbidden');
    const cluster = room.cluster('Mine');
    room.fails(people[0]!, 'cluster:place', { clusterId: cluster, x: 0, y: 0, w: 500, h: 500 }, 'forbidden');
    room.fails(people[0]!, 'board:tidy', { boardId: room.board }, 'forbidden');
  });

  it('[WALL6] [GRP1] a card cannot be placed into a cluster of another board, so a drop never moves a card between boards', () => {
    const { room, cards } = revealed();
    room.moveTo('reveal', room.other);
    const elsewhere = room.cluster('Elsewhere', room.other);
    const message = room.fails(room.lead, 'card:place', { cardId: cards[0]!, clusterId: elsewhere, x: FRAME_PADDING, y: FRAME_HEADER, from: room.from(cards[0]!) }, 'not_found');
    expect(message).toMatch(/not on this board/);
    expect(room.card(cards[0]!).boardId).toBe(room.board);
    // The payload has no board of its own to name: a board id in it is refused before any transition.
    const schema = commandSchemas['card:place'];
    const valid = { commandId: 'cmd-000001', cardId: cards[0], clusterId: null, x: 1, y: 2, from: { clusterId: null, x: 0, y: 0 } };
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, boardId: room.other }).success).toBe(false);
  });

  it('[WALL6] [CMD3] an unknown card or cluster is not found, and nothing changes', () => {
    const { room, cards } = revealed();
    room.fails(room.lead, 'card:place', { cardId: 'no-such-card' as CardId, clusterId: null, x: 0, y: 0, from: { clusterId: null, x: 0, y: 0 } }, 'not_found');
    room.fails(room.lead, 'card:place', { cardId: cards[0]!, clusterId: 'no-such-cluster' as ClusterId, x: 0, y: 0, from: room.from(cards[0]!) }, 'not_found');
    room.fails(room.lead, 'cluster:place', { clusterId: 'no-such-cluster' as ClusterId, x: 0, y: 0, w: 500, h: 500 }, 'not_found');
    room.fails(room.lead, 'board:tidy', { boardId: 'no-such-board' as BoardId }, 'not_found');
  });

  it('[WALL1] a coordinate that is not a finite number within the wall, or a frame size out of range, is refused by the schema', () => {
    const place = commandSchemas['card:place'];
    const drop = (x: unknown, y: unknown = 0) => ({ commandId: 'cmd-000001', cardId: 'card-0001', clusterId: null, x, y, from: { clusterId: null, x: 0, y: 0 } });
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, WALL_LIMIT + 1, -WALL_LIMIT - 1, '10', null]) {
      expect(place.safeParse(drop(bad)).success, String(bad)).toBe(false);
      expect(place.safeParse(drop(0, bad)).success, String(bad)).toBe(false);
      expect(place.safeParse({ ...drop(0), from: { clusterId: null, x: bad, y: 0 } }).success, String(bad)).toBe(false);
    }
    const refusal = place.safeParse(drop(WALL_LIMIT + 1));
    expect(refusal.error?.issues[0]?.message).toBe(`x must be at most ${WALL_LIMIT}.`);
    expect(place.safeParse(drop(WALL_LIMIT, -WALL_LIMIT)).success).toBe(true);
    expect(place.safeParse(drop(12.5)).success).toBe(true);

    const frame = commandSchemas['cluster:place'];
    const at = (w: unknown, h: unknown) => ({ commandId: 'cmd-000001', clusterId: 'cluster-01', x: 0, y: 0, w, h });
    expect(frame.safeParse(at(FRAME_MIN_WIDTH, FRAME_MIN_HEIGHT)).success).toBe(true);
    expect(frame.safeParse(at(FRAME_MIN_WIDTH - 1, FRAME_MIN_HEIGHT)).success).toBe(false);
    expect(frame.safeParse(at(FRAME_MIN_WIDTH, FRAME_MAX_SIZE + 1)).success).toBe(false);
    expect(frame.safeParse(at(Number.NaN, FRAME_MIN_HEIGHT)).success).toBe(false);
    expect(commandSchemas['cluster:add'].safeParse({ commandId: 'cmd-000001', boardId: 'board-0001', name: 'x', x: Number.POSITIVE_INFINITY, y: 0 }).success).toBe(false);
  });

  it('[WALL6] a drop so far into a frame that it would pass the largest frame is refused', () => {
    const { room, cards } = revealed();
    const cluster = room.cluster('Resources');
    room.fails(room.lead, 'card:place', { cardId: cards[0]!, clusterId: cluster, x: FRAME_MAX_SIZE, y: FRAME_HEADER, from: room.from(cards[0]!) }, 'invalid_payload');
    room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: cluster, x: FRAME_MAX_SIZE - CARD_WIDTH - FRAME_PADDING, y: FRAME_HEADER, from: room.from(cards[0]!) });
    expect(room.state.clusters[cluster]!.w).toBe(FRAME_MAX_SIZE);
  });

  it('[WALL8] [PH2] the wall is arranged at reveal and group only', () => {
    const room = new Room();
    const p = room.join('Cara', 'local_authority');
    room.ok(room.lead, 'board:configure', { boardId: room.board, contributing: 'open' });
    room.moveTo('contribute');
    const card = room.ok(p, 'card:add', { boardId: room.board, text: 'Open card' }).cardId as CardId;
    const drop = () => ({ cardId: card, clusterId: null, x: 10, y: 10, from: room.from(card) });
    expect(room.fails(room.lead, 'card:place', drop(), 'wrong_phase')).toMatch(/only at "reveal" or "group"/);
    room.fails(room.lead, 'board:tidy', { boardId: room.board }, 'wrong_phase');
    room.moveTo('group');
    const cluster = room.cluster('Late');
    room.ok(room.lead, 'card:place', drop());
    room.moveTo('vote');
    room.fails(room.lead, 'card:place', drop(), 'wrong_phase');
    room.fails(room.lead, 'cluster:place', { clusterId: cluster, x: 0, y: 0, w: 500, h: 500 }, 'wrong_phase');
    room.fails(room.lead, 'board:tidy', { boardId: room.board }, 'wrong_phase');
  });

  it('[WALL6] [WALL8] [UNDO1] undo puts a dropped card back, and its frame back to its size', () => {
    const { room, cards } = revealed();
    const cluster = room.cluster('Resources');
    const card = room.card(cards[0]!);
    const frame = room.state.clusters[cluster]!;
    room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: cluster, x: 600, y: 300, from: room.from(cards[0]!) });
    expect(room.state.clusters[cluster]!.w).toBeGreaterThan(frame.w);
    expect(room.ok(room.co, 'facilitator:undo', {})).toEqual({ undone: 'card:place' });
    expect(room.card(cards[0]!)).toEqual(card);
    expect(room.state.clusters[cluster]).toEqual(frame);
  });

  it('[WALL8] [UNDO2] undo of a drop is refused once the card has been moved again', () => {
    const { room, people, cards } = revealed();
    room.moveTo('group');
    room.ok(room.lead, 'board:configure', { boardId: room.board, participantsCanGroup: true });
    const cluster = room.cluster('Resources');
    room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: null, x: 3_000, y: 0, from: room.from(cards[0]!) });
    // Its author moves it into a cluster from their phone: not a facilitator action, so the drop is still the last one.
    room.ok(people[0]!, 'card:move', { cardId: cards[0]!, clusterId: cluster });
    room.fails(room.lead, 'facilitator:undo', {}, 'conflict');
    expect(room.card(cards[0]!).clusterId).toBe(cluster);
  });
});

describe('cluster:place', () => {
  it('[WALL7] moving a frame moves its cards with it (they are relative to it); only the cluster is written', () => {
    const { room, cards } = revealed();
    const cluster = room.cluster('Resources');
    room.ok(room.lead, 'card:move', { cardId: cards[0]!, clusterId: cluster });
    const inside = room.card(cards[0]!);
    room.ok(room.lead, 'cluster:place', { clusterId: cluster, x: -2_000, y: 1_500, w: 800, h: 600 });
    expect(room.state.clusters[cluster]).toMatchObject({ x: -2_000, y: 1_500, w: 800, h: 600 });
    expect(room.card(cards[0]!)).toBe(inside);
  });

  it('[WALL7] a frame is never made smaller than its cards: it stops at their edge', () => {
    const { room, cards } = revealed();
    const cluster = room.cluster('Resources');
    room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: cluster, x: 500, y: 400, from: room.from(cards[0]!) });
    room.ok(room.lead, 'cluster:place', { clusterId: cluster, x: 10, y: 20, w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
    expect(room.state.clusters[cluster]).toMatchObject({ x: 10, y: 20, w: 500 + CARD_WIDTH + FRAME_PADDING, h: 400 + CARD_HEIGHT + FRAME_PADDING });
  });

  it('[WALL7] [WALL8] [UNDO1] undo puts a frame back where it was', () => {
    const { room } = revealed();
    const cluster = room.cluster('Resources');
    const frame = room.state.clusters[cluster]!;
    room.ok(room.lead, 'cluster:place', { clusterId: cluster, x: 4_000, y: 4_000, w: 900, h: 900 });
    room.ok(room.co, 'facilitator:undo', {});
    expect(room.state.clusters[cluster]).toEqual(frame);
  });

  it('[GRP4] a cluster name over the limit is refused before any transition, from the wall as from the list', () => {
    const schema = commandSchemas['cluster:add'];
    expect(schema.safeParse({ commandId: 'cmd-000001', boardId: 'board-0001', name: 'x'.repeat(CLUSTER_NAME_MAX_CHARS + 1), x: 10, y: 10 }).success).toBe(false);
    expect(schema.safeParse({ commandId: 'cmd-000001', boardId: 'board-0001', name: 'x'.repeat(CLUSTER_NAME_MAX_CHARS), x: 10, y: 10 }).success).toBe(true);
    expect(commandSchemas['cluster:rename'].safeParse({ commandId: 'cmd-000001', clusterId: 'cluster-01', name: 'x'.repeat(CLUSTER_NAME_MAX_CHARS + 1) }).success).toBe(false);
  });
});

describe('board:tidy', () => {
  it('[WALL5] tidy lays the board out with nothing overlapping, every card kept in its cluster', () => {
    const { room, cards } = revealed();
    const a = room.cluster('Resources');
    const b = room.cluster('People');
    room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: a, x: 900, y: 900, from: room.from(cards[0]!) });
    room.ok(room.lead, 'card:place', { cardId: cards[1]!, clusterId: b, x: FRAME_PADDING, y: FRAME_HEADER, from: room.from(cards[1]!) });
    room.ok(room.lead, 'card:place', { cardId: cards[2]!, clusterId: null, x: 0, y: 0, from: room.from(cards[2]!) });
    room.ok(room.lead, 'cluster:place', { clusterId: b, x: 0, y: 0, w: 700, h: 700 });
    const clusterOf = cards.map((c) => room.card(c).clusterId);
    room.ok(room.lead, 'board:tidy', { boardId: room.board });
    expect(cards.map((c) => room.card(c).clusterId)).toEqual(clusterOf);
    const { frames, loose } = shapes(room.state, room.board);
    expect(noOverlaps([...frames, ...loose])).toBe(true);
    expect(room.card(cards[0]!)).toMatchObject({ x: FRAME_PADDING, y: FRAME_HEADER });
    expect(room.state.clusters[a]).toMatchObject({ w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
  });

  it('[WALL5] [WALL8] [UNDO1] tidy is undone like any facilitator action', () => {
    const { room, cards } = revealed();
    room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: null, x: 7_000, y: -7_000, from: room.from(cards[0]!) });
    const before = room.state;
    room.ok(room.lead, 'board:tidy', { boardId: room.board });
    expect(room.card(cards[0]!)).not.toMatchObject({ x: 7_000 });
    expect(room.ok(room.co, 'facilitator:undo', {})).toEqual({ undone: 'board:tidy' });
    expect(room.state.cards).toEqual(before.cards);
    expect(room.state.clusters).toEqual(before.clusters);
  });
});

describe('places given by the other board commands', () => {
  it('[WALL2] [PH3] drafts published at reveal, and cards added on an open board, each take a free place', () => {
    const { room } = revealed();
    const loose = shapes(room.state, room.board).loose;
    expect(loose).toHaveLength(4);
    expect(noOverlaps(loose)).toBe(true);
    room.ok(room.lead, 'card:add', { boardId: room.board, text: 'Scribed from the flip chart', sector: null });
    const after = shapes(room.state, room.board);
    expect(after.loose).toHaveLength(5);
    expect(noOverlaps(after.loose)).toBe(true);
  });

  it('[WALL2] a card added after a drop left a gap in the loose cards\' order still goes last', () => {
    const { room, cards } = revealed();
    const cluster = room.cluster('Resources');
    room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: cluster, x: FRAME_PADDING, y: FRAME_HEADER, from: room.from(cards[0]!) });
    const scribed = room.ok(room.lead, 'card:add', { boardId: room.board, text: 'Scribed' }).cardId as CardId;
    const order = cardsOfBoard(room.state, room.board).filter((c) => c.clusterId === null);
    expect(order.at(-1)!.id).toBe(scribed);
  });

  it('[WALL3] [GRP1] moving a card into a cluster from the list puts it in the next free place of the frame, which grows', () => {
    const { room, cards } = revealed();
    const cluster = room.cluster('Resources');
    for (const c of cards) room.ok(room.lead, 'card:move', { cardId: c, clusterId: cluster });
    const inside = cards.map((c) => room.card(c));
    expect(inside.every((c) => c.clusterId === cluster)).toBe(true);
    expect(noOverlaps(inside.map((c) => cardRect(c)))).toBe(true);
    const frame = room.state.clusters[cluster]!;
    for (const c of inside) expect(c.x + CARD_WIDTH + FRAME_PADDING <= frame.w && c.y + CARD_HEIGHT + FRAME_PADDING <= frame.h).toBe(true);
    // And out again: a free loose place.
    room.ok(room.lead, 'card:move', { cardId: cards[0]!, clusterId: null });
    const { frames, loose } = shapes(room.state, room.board);
    expect(noOverlaps([...frames, ...loose])).toBe(true);
  });

  it('[WALL1] [GRP5] removing a cluster leaves its cards loose where they were on the page', () => {
    const { room, cards } = revealed();
    const cluster = room.cluster('Resources');
    room.ok(room.lead, 'cluster:place', { clusterId: cluster, x: 3_000, y: 2_000, w: 600, h: 600 });
    room.ok(room.lead, 'card:place', { cardId: cards[0]!, clusterId: cluster, x: 50, y: 60, from: room.from(cards[0]!) });
    room.ok(room.lead, 'cluster:remove', { clusterId: cluster });
    expect(room.card(cards[0]!)).toMatchObject({ clusterId: null, x: 3_050, y: 2_060 });
  });

  it('[WALL4] [GRP4] a new cluster goes to a free place, or where the facilitator made it; x without y is refused', () => {
    const { room } = revealed();
    const free = room.cluster('Resources');
    const { frames, loose } = shapes(room.state, room.board);
    expect(noOverlaps([...frames, ...loose])).toBe(true);
    expect(room.state.clusters[free]).toMatchObject({ w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
    const made = room.ok(room.lead, 'cluster:add', { boardId: room.board, name: 'Here', x: -500, y: 250 }).clusterId as ClusterId;
    expect(room.state.clusters[made]).toMatchObject({ x: -500, y: 250 });
    room.fails(room.lead, 'cluster:add', { boardId: room.board, name: 'Half', x: 10 }, 'invalid_payload');
  });

  it('[WALL1] [GRP3] a merged card keeps the place of the card it was merged into', () => {
    const { room, cards } = revealed();
    room.ok(room.lead, 'card:place', { cardId: cards[1]!, clusterId: null, x: 1_111, y: 2_222, from: room.from(cards[1]!) });
    room.ok(room.lead, 'card:merge', { cardId: cards[0]!, intoCardId: cards[1]! });
    expect(room.card(cards[1]!)).toMatchObject({ x: 1_111, y: 2_222 });
  });
});
