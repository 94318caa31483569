import { describe, expect, it } from 'vitest';
import { roomWithFour } from '../testing/boardRoom';
import { fixedContext } from '../testing/fixedContext';
import { boardsOfSession, cardsOfBoard } from './board';
import { CARD_TEXT_MAX_CHARS } from './boardLimits';
import { CARD_PAYLOADS } from './cardPayloads';
import { revealOrder } from './revealOrder';

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

describe('moderation', () => {
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
});

describe('anonymity of the time and order of writing', () => {
  function writeTwelve(anonymous: boolean) {
    const { room, council1, council2, third1, third2 } = roomWithFour();
    room.ok(room.lead, 'board:configure', { boardId: room.board, anonymous });
    room.moveTo('contribute');
    const writers = [council1, third1, council2, third2];
    const written = Array.from({ length: 12 }, (_, i) => room.add(writers[i % 4]!, `idea ${i + 1}`));
    room.moveTo('reveal');
    return { room, written, shown: cardsOfBoard(room.state, room.board).map((c) => c.id) };
  }

  it('[ANON2] an anonymous board reveals its drafts in an order that is not the order they were written, with no time written', () => {
    const { room, written, shown } = writeTwelve(true);
    expect([...shown].sort()).toEqual([...written].sort());
    expect(shown).not.toEqual(written);
    expect(shown).toEqual(revealOrder(room.board, written.map((id) => ({ id }))).map((c) => c.id));
    expect(cardsOfBoard(room.state, room.board).map((c) => c.position)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    for (const card of Object.values(room.state.cards)) expect(JSON.stringify(card)).toContain('"createdAt":null');
  });

  it('[ANON2] a card added on an open anonymous board reaches the shared doc without its time', () => {
    const { room, third1 } = roomWithFour();
    room.ok(room.lead, 'board:configure', { boardId: room.board, contributing: 'open' });
    room.moveTo('contribute');
    const card = room.add(third1, 'Open idea');
    expect(room.state.cards[card]!.createdAt).toBeNull();
  });

  it('[PH3] a named board reveals its drafts in the order they were written, each with its time', () => {
    const { room, written, shown } = writeTwelve(false);
    expect(shown).toEqual(written);
    for (const card of Object.values(room.state.cards)) expect(card.createdAt).toBe(fixedContext().now);
  });
});
