import { describe, expect, it } from 'vitest';
import type { CardId } from '../ids/ids';
import type { Sector } from '../members/sector';
import { BoardRoom, roomWithFour } from '../testing/boardRoom';
import { boardsOfSession, divergence, dotsUnspent, rankedItems } from './board';

describe('voting and results', () => {
  function voting(voters: [string, Sector][]) {
    const room = new BoardRoom();
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
      ['C4', 'local_authority'],
      ['C5', 'local_authority'],
      ['T1', 'third_sector'],
      ['T2', 'third_sector'],
      ['T3', 'third_sector'],
      ['T4', 'third_sector'],
      ['T5', 'third_sector'],
    ]);
    for (const council of actors.slice(0, 5)) room.ok(council, 'vote:cast', { boardId: room.board, itemId: cards[0]! });
    for (const third of actors.slice(5)) room.ok(third, 'vote:cast', { boardId: room.board, itemId: cards[1]! });
    room.ok(actors[5]!, 'vote:cast', { boardId: room.board, itemId: cards[2]! });
    room.moveTo('results');
    const board = room.state.boards[room.board]!;
    expect(board.resultGroups).toEqual(['local_authority', 'third_sector']);
    const ranked = rankedItems(room.state, room.board);
    // Tied totals rank by wording, so every screen shows the same order.
    expect(ranked.map((i) => i.text)).toEqual(['Funding', 'Trust', 'Shared outcomes']);
    expect(room.state.cards[cards[0]!]!.votes).toEqual({ total: 5, bySector: { local_authority: 5, third_sector: 0, other: 0 } });
    expect(room.state.cards[cards[2]!]!.votes).toEqual({ total: 1, bySector: { local_authority: 0, third_sector: 1, other: 0 } });
    // Council gave Funding all its dots, the third sector none: the widest gap.
    const gaps = divergence(room.state, room.board);
    expect(gaps.map((d) => d.item.text)).toEqual(['Funding', 'Trust', 'Shared outcomes']);
    expect(gaps[0]!.gap).toBe(1);
    expect(gaps[1]!.gap).toBeCloseTo(5 / 6);
    expect(gaps[2]!.gap).toBeCloseTo(1 / 6);
    room.moveTo('vote');
    expect(room.state.cards[cards[0]!]!.votes).toBeNull();
  });

  it('[RES2] [SMALL1] a sector with fewer than 5 voters is folded into "other"; a small "other" suppresses the split', () => {
    const suppressed = voting([
      ['C1', 'local_authority'],
      ['C2', 'local_authority'],
      ['C3', 'local_authority'],
      ['C4', 'local_authority'],
      ['T1', 'third_sector'],
      ['T2', 'third_sector'],
      ['T3', 'third_sector'],
      ['T4', 'third_sector'],
      ['T5', 'third_sector'],
    ]);
    for (const a of suppressed.actors) suppressed.room.ok(a, 'vote:cast', { boardId: suppressed.room.board, itemId: suppressed.cards[0]! });
    suppressed.room.moveTo('results');
    expect(suppressed.room.state.boards[suppressed.room.board]!.resultGroups).toEqual([]);
    expect(suppressed.room.state.cards[suppressed.cards[0]!]!.votes).toEqual({ total: 9, bySector: null });

    const folded = voting([
      ['C1', 'local_authority'],
      ['C2', 'local_authority'],
      ['C3', 'local_authority'],
      ['C4', 'local_authority'],
      ['H1', 'other_public'],
      ['T1', 'third_sector'],
      ['T2', 'third_sector'],
      ['T3', 'third_sector'],
      ['T4', 'third_sector'],
      ['T5', 'third_sector'],
    ]);
    for (const a of folded.actors) folded.room.ok(a, 'vote:cast', { boardId: folded.room.board, itemId: folded.cards[0]! });
    folded.room.moveTo('results');
    expect(folded.room.state.boards[folded.room.board]!.resultGroups).toEqual(['third_sector', 'other']);
    expect(folded.room.state.cards[folded.cards[0]!]!.votes).toEqual({ total: 10, bySector: { local_authority: 0, third_sector: 5, other: 5 } });
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
