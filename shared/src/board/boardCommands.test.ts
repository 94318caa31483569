import { CARD_PAYLOADS } from './cardPayloads';
import { describe, expect, it } from 'vitest';
import type { BoardId, CardId, CommandId, MemberId } from '../ids/ids';
import { fixedContext } from '../testing/fixedContext';
import { createWorkshop, joinWorkshop } from '../workshop/workshopTransitions';
import { BOARD_PHASES, cardsOfBoard, divergence, dotsUnspent, rankedItems, type BoardPhase, boardsOfSession } from './board';
import { EMPTY_HIDDEN, type HiddenState } from '../workshop/hiddenState';
import type { World } from './boardState';
import { personalViews, viewersOfChange } from '../workshop/personalView';
import type { CommandData } from '../workshop/commands';
import type { CommandName, CommandPayload } from '../workshop/commandSchemas';
import { CARD_TEXT_MAX_CHARS } from './boardLimits';
import type { Actor } from '../command/actor';
import { sessionsInOrder } from '../sessions/session';
import { type WorkshopState } from '../workshop/workshop';
import { applyCommand } from '../workshop/commands';
import type { Sector } from '../members/sector';

/**
 * A workshop with a facilitator and participants, driven command by command as the server does: each command
 * sees the shared and hidden state the previous one left.
 */
/** [PRIV1] Every member whose personal view a command changed is among those the server recomputes and sends. */
function expectViewersCovered(prev: World, next: World): void {
  const before = personalViews(prev.state, prev.hidden);
  const after = personalViews(next.state, next.hidden);
  const viewers = viewersOfChange(prev, next);
  const changed = [...after.keys()].filter((id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)));
  expect(changed.filter((id) => !viewers.has(id))).toEqual([]);
}

class Room {
  state: WorkshopState;
  hidden: HiddenState = EMPTY_HIDDEN;
  readonly lead: Actor;
  readonly co: Actor;
  readonly board: BoardId;
  private n = 0;
  private readonly ctx = { ...fixedContext(), newId: () => `made-${String((this.n += 1)).padStart(4, '0')}` };

  constructor() {
    const ctx = fixedContext();
    const created = createWorkshop({ title: 'Darlington PIP', area: 'Darlington', facilitatorName: 'Ann' }, ctx);
    this.state = created.state;
    this.lead = { memberId: created.leadFacilitatorId, role: 'facilitator' };
    this.co = { memberId: created.coFacilitatorId, role: 'facilitator' };
    const session2 = sessionsInOrder(this.state)[1]!;
    this.board = boardsOfSession(this.state, session2.id)[0]!.id;
  }

  join(name: string, sector: Sector): Actor {
    const joined = joinWorkshop(this.state, { name, organisation: `${name} org`, sector }, { ...this.ctx, newId: () => `member-${name}` });
    if (!joined.ok) throw new Error(joined.error.message);
    this.state = joined.state;
    return { memberId: joined.data.memberId, role: 'participant' };
  }

  /**
   * Applies a command; on success the room moves on. Every command must leave its inputs untouched (transitions are
   * pure), so a refused command changes nothing: asserted on every call.
   */
  run<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>) {
    const before = JSON.stringify({ state: this.state, hidden: this.hidden });
    const inputs = { state: this.state, hidden: this.hidden };
    const result = applyCommand(name, this.state, { ...payload, commandId: `c${(this.n += 1)}` as CommandId } as CommandPayload<K>, actor, this.ctx, this.hidden);
    expect(JSON.stringify(inputs)).toBe(before);
    if (result.ok) {
      expectViewersCovered({ state: this.state, hidden: this.hidden }, { state: result.state, hidden: result.hidden ?? this.hidden });
      this.state = result.state;
      this.hidden = result.hidden ?? this.hidden;
    }
    return result;
  }

  ok<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>): CommandData[K] {
    const result = this.run(actor, name, payload);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    return result.data;
  }

  fails<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>, code: string) {
    const result = this.run(actor, name, payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
  }

  get phase(): BoardPhase {
    return this.state.boards[this.board]!.phase;
  }

  moveTo(target: BoardPhase): void {
    while (this.phase !== target) {
      const step = BOARD_PHASES.indexOf(target) > BOARD_PHASES.indexOf(this.phase) ? 1 : -1;
      this.ok(this.lead, 'board:setPhase', { boardId: this.board, from: this.phase, to: BOARD_PHASES[BOARD_PHASES.indexOf(this.phase) + step]! });
    }
  }

  add(actor: Actor, text: string, sector?: Sector | null): CardId {
    return this.ok(actor, 'card:add', { boardId: this.board, text, ...(sector !== undefined ? { sector } : {}) }).cardId as CardId;
  }

  view(actor: Actor) {
    return personalViews(this.state, this.hidden).get(actor.memberId)!;
  }

  /** The whole shared state as text: what every member's doc holds. */
  sharedText(): string {
    return JSON.stringify(this.state);
  }
}

function roomWithFour() {
  const room = new Room();
  const council1 = room.join('Cara', 'local_authority');
  const council2 = room.join('Colin', 'local_authority');
  const third1 = room.join('Tess', 'third_sector');
  const third2 = room.join('Theo', 'third_sector');
  return { room, council1, council2, third1, third2 };
}

describe('phases', () => {
  it('[PH1] a board moves one step at a time, forward or back', () => {
    const room = new Room();
    expect(room.phase).toBe('draft');
    room.fails(room.lead, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'reveal' }, 'invalid_payload');
    room.fails(room.lead, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'draft' }, 'invalid_payload');
    room.moveTo('closed');
    room.moveTo('draft');
    expect(room.phase).toBe('draft');
  });

  it('[PH2] a phase change from a phase the board has left is refused: the second facilitator is told', () => {
    const room = new Room();
    room.ok(room.lead, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'contribute' });
    const result = room.run(room.co, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'contribute' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!result.ok && result.error.message).toContain('already moved to "contribute"');
  });

  it('[CMD5] a participant cannot change the phase', () => {
    const room = new Room();
    const p = room.join('Pat', 'third_sector');
    room.fails(p, 'board:setPhase', { boardId: room.board, from: 'draft', to: 'contribute' }, 'forbidden');
  });

  it('[CMD3] an unknown board is not found', () => {
    const room = new Room();
    room.fails(room.lead, 'board:setPhase', { boardId: 'no-such-board' as BoardId, from: 'draft', to: 'contribute' }, 'not_found');
  });

  it('[PH4] a closed board refuses every change but stepping back', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    const card = room.add(council1, 'Shared local priorities');
    room.moveTo('closed');
    room.fails(council1, 'card:add', { boardId: room.board, text: 'late' }, 'wrong_phase');
    room.fails(room.lead, 'card:hide', { cardId: card, hidden: true }, 'wrong_phase');
    room.fails(room.lead, 'board:lock', { boardId: room.board, locked: true }, 'wrong_phase');
    room.fails(room.lead, 'item:agree', { itemId: card }, 'wrong_phase');
    room.ok(room.lead, 'board:setPhase', { boardId: room.board, from: 'closed', to: 'agree' });
  });
});

describe('contributing', () => {
  it('[CARD1] a participant card carries their sector; on an anonymous board never their identity', () => {
    const { room, third1 } = roomWithFour();
    room.ok(room.lead, 'board:configure', { boardId: room.board, contributing: 'open' });
    room.moveTo('contribute');
    const card = room.add(third1, 'Local knowledge of communities');
    expect(room.state.cards[card]).toMatchObject({ text: 'Local knowledge of communities', sectors: ['third_sector'], authorIds: null });
    expect(room.sharedText()).not.toMatch(new RegExp(`"authorIds":\\[[^\\]]*${third1.memberId}`));
    expect(room.hidden.cards[card]!.authorIds).toEqual([third1.memberId]);
    expect(room.view(third1).myCardIds).toEqual([card]);
  });

  it('[CARD1] on a named board the card shows who wrote it', () => {
    const { room, third1 } = roomWithFour();
    room.ok(room.lead, 'board:configure', { boardId: room.board, anonymous: false, contributing: 'open' });
    room.moveTo('contribute');
    const card = room.add(third1, 'Named idea');
    expect(room.state.cards[card]!.authorIds).toEqual([third1.memberId]);
  });

  it('[CARD2] in private mode a card is a draft only its author sees, until reveal puts every draft on the board', () => {
    const { room, council1, third1 } = roomWithFour();
    room.moveTo('contribute');
    const a = room.add(council1, 'Council draft');
    const b = room.add(third1, 'Third sector draft');
    expect(room.state.cards).toEqual({});
    expect(room.sharedText()).not.toContain('Council draft');
    expect(room.view(council1).drafts.map((c) => c.text)).toEqual(['Council draft']);
    expect(room.view(third1).drafts.map((c) => c.text)).toEqual(['Third sector draft']);
    room.moveTo('reveal');
    expect(Object.keys(room.state.cards).sort()).toEqual([a, b].sort());
    expect(room.view(council1).drafts).toEqual([]);
    expect(room.view(council1).myCardIds).toEqual([a]);
    expect(cardsOfBoard(room.state, room.board).map((c) => c.position)).toEqual([0, 1]);
  });

  it('[LIVE1] live counts by sector include private drafts', () => {
    const { room, council1, council2, third1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'one');
    room.add(council2, 'two');
    room.add(third1, 'three');
    room.add(room.lead, 'from the flip chart', null);
    expect(room.state.boards[room.board]!.cardCounts).toEqual({ local_authority: 2, third_sector: 1, other_public: 0, other: 0, none: 1 });
  });

  it('[CARD3] authors edit their own cards until reveal; nobody else can', () => {
    const { room, council1, third1 } = roomWithFour();
    room.moveTo('contribute');
    const card = room.add(council1, 'Typo heer');
    room.ok(council1, 'card:edit', { cardId: card, text: 'Typo here' });
    expect(room.view(council1).drafts[0]!.text).toBe('Typo here');
    room.fails(third1, 'card:edit', { cardId: card, text: 'Not mine' }, 'forbidden');
    room.moveTo('reveal');
    room.fails(council1, 'card:edit', { cardId: card, text: 'Too late' }, 'wrong_phase');
  });

  it('[CARD4] authors delete their own cards until reveal; a facilitator cannot delete a participant card', () => {
    const { room, council1, third1 } = roomWithFour();
    room.moveTo('contribute');
    const card = room.add(council1, 'Delete me');
    room.fails(third1, 'card:delete', { cardId: card }, 'forbidden');
    room.fails(room.lead, 'card:delete', { cardId: card }, 'forbidden');
    room.ok(council1, 'card:delete', { cardId: card });
    expect(room.hidden.cards[card]).toBeUndefined();
    expect(room.state.boards[room.board]!.cardCounts.local_authority).toBe(0);
  });

  it('[CARD5] a facilitator scribes cards for the room, choosing a sector or none, also after reveal', () => {
    const { room } = roomWithFour();
    room.moveTo('reveal');
    const a = room.add(room.lead, 'Flip chart: shared outcomes', 'third_sector');
    const b = room.add(room.lead, 'Flip chart: trust', null);
    expect(room.state.cards[a]!.sectors).toEqual(['third_sector']);
    expect(room.state.cards[b]!.sectors).toEqual(['none']);
    room.moveTo('vote');
    room.fails(room.lead, 'card:add', { boardId: room.board, text: 'too late' }, 'wrong_phase');
  });

  it('[CARD1] a participant cannot choose a sector for their card', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    room.fails(council1, 'card:add', { boardId: room.board, text: 'x', sector: 'third_sector' }, 'invalid_payload');
  });

  it('[CARD6] contributing outside contribute, or while locked, is refused and changes nothing', () => {
    const { room, council1 } = roomWithFour();
    room.fails(council1, 'card:add', { boardId: room.board, text: 'too early' }, 'wrong_phase');
    room.moveTo('contribute');
    room.ok(room.lead, 'board:lock', { boardId: room.board, locked: true });
    room.fails(council1, 'card:add', { boardId: room.board, text: 'paused' }, 'locked');
    room.ok(room.lead, 'board:lock', { boardId: room.board, locked: false });
    room.add(council1, 'resumed');
  });

  it('[CARD6] text limits are the schema\'s: empty and over-long cards are refused before any transition', () => {
    const schema = CARD_PAYLOADS['card:add'];
    expect(schema.safeParse({ commandId: 'cmd-000001', boardId: 'board-0001', text: '   ' }).success).toBe(false);
    expect(schema.safeParse({ commandId: 'cmd-000001', boardId: 'board-0001', text: 'x'.repeat(CARD_TEXT_MAX_CHARS + 1) }).success).toBe(false);
    expect(schema.safeParse({ commandId: 'cmd-000001', boardId: 'board-0001', text: 'x'.repeat(CARD_TEXT_MAX_CHARS) }).success).toBe(true);
  });
});

describe('grouping', () => {
  function revealed() {
    const setup = roomWithFour();
    const { room, council1, council2, third1 } = setup;
    room.moveTo('contribute');
    const cards = [room.add(council1, 'Funding'), room.add(council2, 'Money'), room.add(third1, 'Trust'), room.add(third1, 'Respect')];
    room.moveTo('reveal');
    return { ...setup, cards };
  }

  it('[GRP1] facilitators make named clusters and move cards into them, in order', () => {
    const { room, cards } = revealed();
    const resources = room.ok(room.lead, 'cluster:add', { boardId: room.board, name: 'Resources' }).clusterId as never;
    room.ok(room.lead, 'card:move', { cardId: cards[0]!, clusterId: resources });
    room.ok(room.lead, 'card:move', { cardId: cards[1]!, clusterId: resources, toIndex: 0 });
    const inCluster = cardsOfBoard(room.state, room.board).filter((c) => c.clusterId === resources);
    expect(inCluster.map((c) => [c.text, c.position])).toEqual([
      ['Money', 0],
      ['Funding', 1],
    ]);
    const loose = cardsOfBoard(room.state, room.board).filter((c) => c.clusterId === null);
    expect(loose.map((c) => c.position)).toEqual([0, 1]);
  });

  it('[GRP2] a participant moving someone else\'s card is refused; their own, only if the board allows it', () => {
    const { room, cards, council1 } = revealed();
    room.moveTo('group');
    room.fails(council1, 'card:move', { cardId: cards[0]!, clusterId: null, toIndex: 3 }, 'forbidden');
    room.ok(room.lead, 'board:configure', { boardId: room.board, participantsCanGroup: true });
    room.fails(council1, 'card:move', { cardId: cards[2]!, clusterId: null, toIndex: 0 }, 'forbidden');
    room.ok(council1, 'card:move', { cardId: cards[0]!, clusterId: null, toIndex: 3 });
  });

  it('[CTL1] a lock pauses participants\' cards, grouping and dots with `locked`, while facilitators carry on', () => {
    const { room, cards, council1 } = revealed();
    room.ok(room.lead, 'board:configure', { boardId: room.board, participantsCanGroup: true });
    room.moveTo('group');
    room.ok(room.lead, 'board:lock', { boardId: room.board, locked: true });
    room.fails(council1, 'card:move', { cardId: cards[0]!, clusterId: null, toIndex: 3 }, 'locked');
    room.ok(room.lead, 'card:move', { cardId: cards[1]!, clusterId: null, toIndex: 0 });
    room.ok(room.lead, 'board:lock', { boardId: room.board, locked: false });
    room.ok(council1, 'card:move', { cardId: cards[0]!, clusterId: null, toIndex: 3 });
    room.moveTo('vote');
    room.ok(room.lead, 'board:lock', { boardId: room.board, locked: true });
    room.fails(council1, 'vote:cast', { boardId: room.board, itemId: cards[0]! }, 'locked');
    room.ok(room.lead, 'board:lock', { boardId: room.board, locked: false });
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: cards[0]! });
  });

  it('[GRP1] a card cannot go into a cluster of another board', () => {
    const { room, cards } = revealed();
    const other = boardsOfSession(room.state, room.state.boards[room.board]!.sessionId)[1]!.id;
    room.ok(room.lead, 'board:setPhase', { boardId: other, from: 'draft', to: 'contribute' });
    room.ok(room.lead, 'board:setPhase', { boardId: other, from: 'contribute', to: 'reveal' });
    const elsewhere = room.ok(room.lead, 'cluster:add', { boardId: other, name: 'Elsewhere' }).clusterId as never;
    room.fails(room.lead, 'card:move', { cardId: cards[0]!, clusterId: elsewhere }, 'not_found');
  });

  it('[GRP3] merging duplicates keeps both texts and sectors, and both authors privately', () => {
    const { room, cards, council1, third1 } = revealed();
    room.ok(room.lead, 'card:merge', { cardId: cards[2]!, intoCardId: cards[0]! });
    const merged = room.state.cards[cards[0]!]!;
    expect(merged).toMatchObject({ text: 'Funding', mergedTexts: ['Trust'], sectors: ['local_authority', 'third_sector'], authorIds: null });
    expect(room.state.cards[cards[2]!]).toBeUndefined();
    expect(room.hidden.cards[cards[0]!]!.authorIds).toEqual([council1.memberId, third1.memberId]);
    expect(room.view(third1).myCardIds).toContain(cards[0]);
    room.fails(room.lead, 'card:merge', { cardId: cards[0]!, intoCardId: cards[0]! }, 'invalid_payload');
  });

  it('[GRP4] cluster names are unique on a board; [GRP5] removing a cluster leaves its cards loose', () => {
    const { room, cards } = revealed();
    const id = room.ok(room.lead, 'cluster:add', { boardId: room.board, name: 'People' }).clusterId as never;
    room.fails(room.lead, 'cluster:add', { boardId: room.board, name: 'people' }, 'conflict');
    room.ok(room.lead, 'card:move', { cardId: cards[2]!, clusterId: id });
    room.ok(room.lead, 'cluster:rename', { clusterId: id, name: 'Relationships' });
    room.ok(room.lead, 'cluster:remove', { clusterId: id });
    expect(room.state.clusters).toEqual({});
    expect(cardsOfBoard(room.state, room.board).every((c) => c.clusterId === null)).toBe(true);
    expect(cardsOfBoard(room.state, room.board).map((c) => c.position)).toEqual([0, 1, 2, 3]);
  });

  it('[GRP1] grouping is refused while contributing and once voting starts', () => {
    const { room } = roomWithFour();
    room.moveTo('contribute');
    room.fails(room.lead, 'cluster:add', { boardId: room.board, name: 'Early' }, 'wrong_phase');
    room.moveTo('vote');
    room.fails(room.lead, 'cluster:add', { boardId: room.board, name: 'Late' }, 'wrong_phase');
  });
});

describe('voting and results', () => {
  function voting(voters: [string, Sector][]) {
    const room = new Room();
    const actors = voters.map(([name, sector]) => room.join(name, sector));
    room.ok(room.lead, 'board:configure', { boardId: room.board, votesPerParticipant: 3, votesPerItemMax: 2 });
    room.moveTo('contribute');
    const cards = ['Funding', 'Trust', 'Shared outcomes'].map((text, i) => room.add(actors[i % actors.length]!, text));
    room.moveTo('vote');
    return { room, actors, cards };
  }

  it('[VOTE1] dots up to the budget and the per-item cap; [VOTE2] a dot can be taken back', () => {
    const { room, actors, cards } = voting([['Cara', 'local_authority']]);
    const [p] = actors;
    expect(room.ok(p!, 'vote:cast', { boardId: room.board, itemId: cards[0]! })).toEqual({ dotsLeft: 2 });
    room.ok(p!, 'vote:cast', { boardId: room.board, itemId: cards[0]! });
    room.fails(p!, 'vote:cast', { boardId: room.board, itemId: cards[0]! }, 'limit_reached');
    room.ok(p!, 'vote:cast', { boardId: room.board, itemId: cards[1]! });
    room.fails(p!, 'vote:cast', { boardId: room.board, itemId: cards[2]! }, 'limit_reached');
    expect(room.ok(p!, 'vote:retract', { boardId: room.board, itemId: cards[1]! })).toEqual({ dotsLeft: 1 });
    room.fails(p!, 'vote:retract', { boardId: room.board, itemId: cards[2]! }, 'conflict');
    expect(room.view(p!).dots[room.board]).toEqual({ [cards[0]!]: 2 });
  });

  it('[VOTE1] voting on an item of another board, or outside the vote, is refused', () => {
    const { room, actors, cards } = voting([['Cara', 'local_authority']]);
    const other = boardsOfSession(room.state, room.state.boards[room.board]!.sessionId)[1]!.id;
    room.fails(actors[0]!, 'vote:cast', { boardId: other, itemId: cards[0]! }, 'wrong_phase');
    room.ok(room.lead, 'board:setPhase', { boardId: other, from: 'draft', to: 'contribute' });
    room.ok(room.lead, 'board:setPhase', { boardId: other, from: 'contribute', to: 'reveal' });
    room.ok(room.lead, 'board:setPhase', { boardId: other, from: 'reveal', to: 'group' });
    room.ok(room.lead, 'board:setPhase', { boardId: other, from: 'group', to: 'vote' });
    room.fails(actors[0]!, 'vote:cast', { boardId: other, itemId: cards[0]! }, 'not_found');
    room.fails(actors[0]!, 'vote:cast', { boardId: room.board, itemId: 'no-such-item' as CardId }, 'not_found');
    room.fails(room.lead, 'vote:cast', { boardId: room.board, itemId: cards[0]! }, 'forbidden');
  });

  it('[VOTE3] nobody sees totals until results; [VOTE4] the facilitator sees how many dots are unspent', () => {
    const { room, actors, cards } = voting([['Cara', 'local_authority'], ['Tess', 'third_sector']]);
    room.ok(actors[0]!, 'vote:cast', { boardId: room.board, itemId: cards[1]! });
    expect(room.sharedText()).not.toContain(`"${cards[1]}":1`);
    expect(Object.values(room.state.cards).every((c) => c.votes === null)).toBe(true);
    expect(dotsUnspent(room.state, room.state.boards[room.board]!)).toBe(5);
  });

  it('[RES1] results publish ranked totals with the split by sector; [RES3] and where the sectors diverge most', () => {
    const { room, actors, cards } = voting([
      ['C1', 'local_authority'],
      ['C2', 'local_authority'],
      ['C3', 'local_authority'],
      ['T1', 'third_sector'],
      ['T2', 'third_sector'],
      ['T3', 'third_sector'],
    ]);
    for (const council of actors.slice(0, 3)) room.ok(council, 'vote:cast', { boardId: room.board, itemId: cards[0]! });
    for (const third of actors.slice(3)) room.ok(third, 'vote:cast', { boardId: room.board, itemId: cards[1]! });
    room.ok(actors[3]!, 'vote:cast', { boardId: room.board, itemId: cards[2]! });
    room.moveTo('results');
    const board = room.state.boards[room.board]!;
    expect(board.resultGroups).toEqual(['local_authority', 'third_sector']);
    const ranked = rankedItems(room.state, room.board);
    // Tied totals rank by wording, so every screen shows the same order.
    expect(ranked.map((i) => i.text)).toEqual(['Funding', 'Trust', 'Shared outcomes']);
    expect(room.state.cards[cards[0]!]!.votes).toEqual({ total: 3, bySector: { local_authority: 3, third_sector: 0, other: 0 } });
    expect(room.state.cards[cards[2]!]!.votes).toEqual({ total: 1, bySector: { local_authority: 0, third_sector: 1, other: 0 } });
    // Council gave Funding all its dots, the third sector none: the widest gap.
    const gaps = divergence(room.state, room.board).map((d) => [d.item.text, d.gap]);
    expect(gaps).toEqual([
      ['Funding', 1],
      ['Trust', 0.75],
      ['Shared outcomes', 0.25],
    ]);
    room.moveTo('vote');
    expect(room.state.cards[cards[0]!]!.votes).toBeNull();
  });

  it('[RES2] a sector with fewer than 3 voters is folded into "other"; a small "other" suppresses the split', () => {
    const folded = voting([
      ['C1', 'local_authority'],
      ['C2', 'local_authority'],
      ['T1', 'third_sector'],
      ['T2', 'third_sector'],
      ['T3', 'third_sector'],
    ]);
    for (const a of folded.actors) folded.room.ok(a, 'vote:cast', { boardId: folded.room.board, itemId: folded.cards[0]! });
    folded.room.moveTo('results');
    expect(folded.room.state.boards[folded.room.board]!.resultGroups).toEqual([]);
    expect(folded.room.state.cards[folded.cards[0]!]!.votes).toEqual({ total: 5, bySector: null });

    const two = voting([
      ['C1', 'local_authority'],
      ['C2', 'local_authority'],
      ['T1', 'third_sector'],
      ['T2', 'third_sector'],
    ]);
    for (const a of two.actors) two.room.ok(a, 'vote:cast', { boardId: two.room.board, itemId: two.cards[0]! });
    two.room.moveTo('results');
    expect(two.room.state.boards[two.room.board]!.resultGroups).toEqual(['other']);
    expect(two.room.state.cards[two.cards[0]!]!.votes).toEqual({ total: 4, bySector: { local_authority: 0, third_sector: 0, other: 4 } });
  });
});

describe('agreeing', () => {
  it('[AGR1] at agree, facilitators mark up to the board\'s count of items agreed, with edited wording', () => {
    const { room, council1, third1 } = roomWithFour();
    room.ok(room.lead, 'board:configure', { boardId: room.board, agreeCount: 1 });
    room.moveTo('contribute');
    const a = room.add(council1, 'Shared priorities');
    const b = room.add(third1, 'Trust');
    room.moveTo('results');
    room.fails(room.lead, 'item:agree', { itemId: a }, 'wrong_phase');
    room.moveTo('agree');
    room.ok(room.lead, 'item:agree', { itemId: a, text: 'Shared local priorities' });
    expect(room.state.cards[a]).toMatchObject({ agreed: true, agreedText: 'Shared local priorities' });
    room.fails(room.lead, 'item:agree', { itemId: b }, 'limit_reached');
    room.fails(council1, 'item:agree', { itemId: b }, 'forbidden');
    room.ok(room.lead, 'item:unagree', { itemId: a });
    room.ok(room.lead, 'item:agree', { itemId: b });
    expect(room.state.cards[b]).toMatchObject({ agreed: true, agreedText: null });
  });
});

describe('facilitator controls', () => {
  it('[CTL2] a countdown ends at a time on the server clock; a phase change stops it', () => {
    const room = new Room();
    room.ok(room.lead, 'board:timer', { boardId: room.board, seconds: 180 });
    expect(room.state.boards[room.board]).toMatchObject({ timerEndsAt: '2026-11-01T10:03:00.000Z', timerSeconds: 180 });
    room.moveTo('contribute');
    expect(room.state.boards[room.board]!.timerEndsAt).toBeNull();
  });

  it('[CTL3] "bring everyone here" sets the board every participant follows', () => {
    const room = new Room();
    room.ok(room.lead, 'board:focus', { boardId: room.board });
    expect(room.state.meta).toMatchObject({ focusBoardId: room.board, focusAt: '2026-11-01T10:00:00.000Z' });
    room.fails(room.lead, 'board:focus', { boardId: 'missing-board' as BoardId }, 'not_found');
  });

  it('[MOD1] hiding a card withholds its text from everyone and tells its author privately', () => {
    const { room, council1, third1 } = roomWithFour();
    room.ok(room.lead, 'board:configure', { boardId: room.board, contributing: 'open' });
    room.moveTo('contribute');
    const card = room.add(council1, 'Something unkind');
    room.ok(room.lead, 'card:hide', { cardId: card, hidden: true });
    expect(room.state.cards[card]).toMatchObject({ hidden: true, text: '' });
    expect(room.sharedText()).not.toContain('Something unkind');
    expect(room.view(council1).notices).toMatchObject([{ kind: 'cardHidden', excerpt: 'Something unkind', cardId: card }]);
    expect(room.view(third1).notices).toEqual([]);
    room.ok(room.lead, 'card:hide', { cardId: card, hidden: false });
    expect(room.state.cards[card]).toMatchObject({ hidden: false, text: 'Something unkind' });
    expect(room.view(council1).notices).toEqual([]);
  });

  it('[SET1] anonymity cannot change once a card exists; vote settings not once voting starts', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'first');
    room.fails(room.lead, 'board:configure', { boardId: room.board, anonymous: false }, 'conflict');
    room.fails(room.lead, 'board:configure', { boardId: room.board, votesPerItemMax: 9, votesPerParticipant: 3 }, 'invalid_payload');
    room.moveTo('vote');
    room.fails(room.lead, 'board:configure', { boardId: room.board, votesPerParticipant: 5 }, 'wrong_phase');
    room.ok(room.lead, 'board:configure', { boardId: room.board, agreeCount: 4 });
  });

  it('[UNDO1] undo takes back the last facilitator action, whichever facilitator did it', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'a');
    room.moveTo('reveal');
    expect(Object.keys(room.state.cards)).toHaveLength(1);
    expect(room.view(room.lead).undo).toMatchObject({ command: 'board:setPhase' });
    expect(room.ok(room.co, 'facilitator:undo', {})).toEqual({ undone: 'board:setPhase' });
    expect(room.phase).toBe('contribute');
    expect(room.state.cards).toEqual({});
    expect(room.view(council1).drafts.map((c) => c.text)).toEqual(['a']);
    expect(room.view(council1).undo).toBeNull();
  });

  it('[UNDO1] undoing a merge brings both cards back; undo of nothing is refused', () => {
    const { room, council1, third1 } = roomWithFour();
    room.moveTo('contribute');
    const a = room.add(council1, 'Funding');
    const b = room.add(third1, 'Money');
    room.moveTo('reveal');
    room.ok(room.lead, 'card:merge', { cardId: b, intoCardId: a });
    room.ok(room.lead, 'facilitator:undo', {});
    expect(room.state.cards[a]).toMatchObject({ text: 'Funding', mergedTexts: [], sectors: ['local_authority'] });
    expect(room.state.cards[b]).toMatchObject({ text: 'Money' });
    expect(room.hidden.cards[b]!.authorIds).toEqual([third1.memberId]);
    room.ok(room.lead, 'facilitator:undo', {});
    room.ok(room.lead, 'facilitator:undo', {});
    expect(room.phase).toBe('draft');
    room.fails(room.lead, 'facilitator:undo', {}, 'not_found');
  });

  it('[UNDO2] undo is refused when something it changed has been changed again since', () => {
    const { room, council1 } = roomWithFour();
    room.ok(room.lead, 'board:configure', { boardId: room.board, contributing: 'open' });
    room.moveTo('contribute');
    const card = room.add(council1, 'Original');
    room.ok(room.lead, 'card:edit', { cardId: card, text: 'Facilitator wording' });
    room.ok(council1, 'card:edit', { cardId: card, text: 'Author changed it again' });
    room.fails(room.lead, 'facilitator:undo', {}, 'conflict');
    expect(room.state.cards[card]!.text).toBe('Author changed it again');
  });

  it('[UNDO1] participants\' own actions are not facilitator actions: they are not in the undo history', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'mine');
    expect(room.view(room.lead).undo).toMatchObject({ command: 'board:setPhase' });
  });

  it('[BRD2] removing a board removes its cards, clusters, drafts and dots', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'draft');
    room.ok(room.lead, 'board:remove', { boardId: room.board });
    expect(room.hidden.cards).toEqual({});
    expect(room.view(council1).drafts).toEqual([]);
  });

  it('[PRIV1] a personal view names nobody but its own member', () => {
    const { room, council1, council2, third1 } = roomWithFour();
    room.moveTo('contribute');
    room.add(council1, 'c1');
    room.add(council2, 'c2');
    room.add(third1, 't1');
    const views = personalViews(room.state, room.hidden);
    for (const [memberId, view] of views) {
      const others = [council1, council2, third1].map((a) => a.memberId).filter((id) => id !== memberId) as MemberId[];
      for (const other of others) expect(JSON.stringify(view)).not.toContain(other);
    }
  });
});
