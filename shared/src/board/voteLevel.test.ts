import { describe, expect, it } from 'vitest';
import type { CardId, ClusterId } from '../ids/ids';
import { agreedItemsOfKind } from '../profile/profile';
import { roomWithFour } from '../testing/boardRoom';
import { applyCommand } from '../workshop/commands';
import type { CommandPayload } from '../workshop/commandSchemas';
import { boardsOfSession, itemsOfBoard, rankedItems, voteLevel, type VoteLevel } from './board';
import { BOARD_PAYLOADS } from './boardPayloads';
import { VOTE_PAYLOADS } from './votePayloads';

/**
 * A board of four participants with two clusters: "Resources" holding two cards, "People" one, and one card outside
 * every cluster. The board is left at group.
 */
function groupedBoard(voteOn?: VoteLevel) {
  const four = roomWithFour();
  const { room, council1, third1 } = four;
  room.ok(room.lead, 'board:configure', { boardId: room.board, votesPerParticipant: 4, votesPerItemMax: 2, agreeCount: 2, ...(voteOn ? { voteOn } : {}) });
  room.moveTo('contribute');
  const funding = room.add(council1, 'Funding');
  const buildings = room.add(third1, 'Shared buildings');
  const trust = room.add(third1, 'Trust between staff');
  const loose = room.add(council1, 'Time to meet');
  room.moveTo('group');
  const resources = room.ok(room.lead, 'cluster:add', { boardId: room.board, name: 'Resources' }).clusterId as ClusterId;
  const people = room.ok(room.lead, 'cluster:add', { boardId: room.board, name: 'People' }).clusterId as ClusterId;
  room.ok(room.lead, 'card:move', { cardId: funding, clusterId: resources });
  room.ok(room.lead, 'card:move', { cardId: buildings, clusterId: resources });
  room.ok(room.lead, 'card:move', { cardId: trust, clusterId: people });
  return { ...four, cards: { funding, buildings, trust, loose }, clusters: { resources, people } };
}

describe('one level of voting', () => {
  it('[VOTE5] on a board with clusters the items are the clusters and each card outside every cluster; a board without clusters votes on its cards', () => {
    const { room, clusters, cards } = groupedBoard();
    const board = room.state.boards[room.board]!;
    expect(board.voteOn).toBe('clusters');
    expect(voteLevel(room.state, board)).toBe('clusters');
    expect(itemsOfBoard(room.state, room.board).map((i) => [i.kind, i.text])).toEqual([
      ['cluster', 'Resources'],
      ['cluster', 'People'],
      ['card', 'Time to meet'],
    ]);
    expect(itemsOfBoard(room.state, room.board).map((i) => i.id)).toEqual([clusters.resources, clusters.people, cards.loose]);

    const plain = roomWithFour();
    plain.room.moveTo('contribute');
    plain.room.add(plain.council1, 'Funding');
    plain.room.moveTo('reveal');
    expect(voteLevel(plain.room.state, plain.room.state.boards[plain.room.board]!)).toBe('cards');
    expect(itemsOfBoard(plain.room.state, plain.room.board).map((i) => i.kind)).toEqual(['card']);
  });

  it('[VOTE5] a dot goes on a cluster or a card outside every cluster; a card inside a cluster is refused with a sentence naming its group, and nothing changes', () => {
    const { room, council1, clusters, cards } = groupedBoard();
    room.moveTo('vote');
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: clusters.resources });
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: cards.loose });
    const message = room.fails(council1, 'vote:cast', { boardId: room.board, itemId: cards.funding }, 'invalid_payload');
    expect(message).toBe('On this board the room votes on the clusters, not on the cards inside them. This card is in the cluster "Resources": put your dot on the cluster.');
    expect(room.view(council1).dots[room.board]).toEqual({ [clusters.resources]: 1, [cards.loose]: 1 });
    expect(room.state.boards[room.board]!.dotsSpent).toBe(2);
  });

  it('[VOTE5] on a board set to vote on cards, every card is an item and a cluster is refused', () => {
    const { room, third1, clusters, cards } = groupedBoard('cards');
    expect(itemsOfBoard(room.state, room.board).map((i) => i.text)).toEqual(['Funding', 'Shared buildings', 'Trust between staff', 'Time to meet']);
    room.moveTo('vote');
    room.ok(third1, 'vote:cast', { boardId: room.board, itemId: cards.funding });
    room.ok(third1, 'vote:cast', { boardId: room.board, itemId: cards.loose });
    const message = room.fails(third1, 'vote:cast', { boardId: room.board, itemId: clusters.people }, 'invalid_payload');
    expect(message).toBe('On this board the room votes on the cards, not on the clusters. "People" is a cluster: put your dot on one of its cards.');
  });

  it('[VOTE5] [ID1] an unknown id, a built-in name such as __proto__, a hidden card or another board\'s item is not found, and changes nothing', () => {
    const { room, council1, clusters } = groupedBoard();
    const otherBoard = boardsOfSession(room.state, room.state.boards[room.board]!.sessionId)[1]!.id;
    room.ok(room.lead, 'board:setPhase', { boardId: otherBoard, from: 'draft', to: 'contribute' });
    room.ok(room.lead, 'board:setPhase', { boardId: otherBoard, from: 'contribute', to: 'reveal' });
    const elsewhere = room.ok(room.lead, 'cluster:add', { boardId: otherBoard, name: 'Resources' }).clusterId as ClusterId;
    const hiddenCard = room.add(room.lead, 'Hidden later');
    room.moveTo('vote');
    room.fails(council1, 'vote:cast', { boardId: room.board, itemId: 'no-such-item' as CardId }, 'not_found');
    for (const name of ['__proto__', 'constructor', 'toString']) {
      // The wire refuses the name before any rule sees it; the rule itself finds no such item either.
      expect(VOTE_PAYLOADS['vote:cast'].safeParse({ commandId: 'c-proto-01', boardId: room.board, itemId: name }).success).toBe(false);
      const before = room.state;
      const result = applyCommand('vote:cast', room.state, { commandId: 'c-proto-01', boardId: room.board, itemId: name } as CommandPayload<'vote:cast'>, council1, room.ctx, room.hidden);
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(room.state).toBe(before);
    }
    room.fails(council1, 'vote:cast', { boardId: room.board, itemId: elsewhere }, 'not_found');
    room.ok(room.lead, 'card:hide', { cardId: hiddenCard, hidden: true });
    room.fails(council1, 'vote:cast', { boardId: room.board, itemId: hiddenCard }, 'not_found');
    room.fails(council1, 'vote:retract', { boardId: room.board, itemId: clusters.people }, 'conflict');
  });

  it('[VOTE6] a card hidden while the vote is on returns its dots to their voters at once', () => {
    const { room, council1, third1, clusters, cards } = groupedBoard();
    room.moveTo('vote');
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: cards.loose });
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: clusters.people });
    room.ok(third1, 'vote:cast', { boardId: room.board, itemId: cards.loose });
    room.ok(room.lead, 'card:hide', { cardId: cards.loose, hidden: true });
    expect(room.view(council1).dots[room.board]).toEqual({ [clusters.people]: 1 });
    expect(room.view(third1).dots[room.board] ?? {}).toEqual({});
    expect(room.state.boards[room.board]!.dotsSpent).toBe(1);
    room.fails(council1, 'vote:cast', { boardId: room.board, itemId: cards.loose }, 'not_found');
  });

  it('[VOTE2] a dot held on something that is no item now (a workshop saved mid-vote before one level) can still be taken back', () => {
    const { room, council1, clusters, cards } = groupedBoard();
    room.moveTo('vote');
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: clusters.resources });
    // As such a workshop holds it: a dot on a card inside a cluster.
    const key = `${room.board}.${council1.memberId}`;
    const ballot = room.hidden.ballots[key]!;
    room.hidden = { ...room.hidden, ballots: { ...room.hidden.ballots, [key]: { ...ballot, dots: { ...ballot.dots, [cards.funding]: 1 } } } };
    const board = room.state.boards[room.board]!;
    room.state = { ...room.state, boards: { ...room.state.boards, [board.id]: { ...board, dotsSpent: board.dotsSpent + 1 } } };
    room.fails(council1, 'vote:cast', { boardId: room.board, itemId: cards.funding }, 'invalid_payload');
    expect(room.ok(council1, 'vote:retract', { boardId: room.board, itemId: cards.funding })).toEqual({ dotsLeft: 3 });
    expect(room.view(council1).dots[room.board]).toEqual({ [clusters.resources]: 1 });
    expect(room.state.boards[room.board]!.dotsSpent).toBe(1);
  });
});

describe('changing the level', () => {
  it('[VOTE6] [SET1] what the room votes on is set before the vote and fixed while it is on', () => {
    const { room } = groupedBoard();
    room.ok(room.lead, 'board:configure', { boardId: room.board, voteOn: 'cards' });
    expect(room.state.boards[room.board]!.voteOn).toBe('cards');
    room.moveTo('vote');
    room.fails(room.lead, 'board:configure', { boardId: room.board, voteOn: 'clusters' }, 'wrong_phase');
    room.moveTo('agree');
    room.fails(room.lead, 'board:configure', { boardId: room.board, voteOn: 'clusters' }, 'wrong_phase');
    expect(BOARD_PAYLOADS['board:configure'].safeParse({ commandId: 'c-level-01', boardId: room.board, voteOn: 'both' }).success).toBe(false);
  });

  it('[VOTE6] back at group, a removed cluster and a card moved into a cluster return their dots when the vote opens again; the others stay', () => {
    const { room, council1, third1, clusters, cards } = groupedBoard();
    room.moveTo('vote');
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: clusters.resources });
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: clusters.people });
    room.ok(third1, 'vote:cast', { boardId: room.board, itemId: cards.loose });
    room.ok(third1, 'vote:cast', { boardId: room.board, itemId: clusters.people });
    room.moveTo('group');
    room.ok(room.lead, 'cluster:remove', { clusterId: clusters.people });
    room.ok(room.lead, 'card:move', { cardId: cards.loose, clusterId: clusters.resources });
    room.moveTo('vote');
    expect(room.view(council1).dots[room.board]).toEqual({ [clusters.resources]: 1 });
    expect(room.view(third1).dots[room.board] ?? {}).toEqual({});
    expect(room.state.boards[room.board]!.dotsSpent).toBe(1);
    // The returned dots can be spent again on the items there are now.
    expect(room.ok(third1, 'vote:cast', { boardId: room.board, itemId: cards.trust })).toEqual({ dotsLeft: 3 });
  });

  it('[VOTE6] back at group, switching the board to vote on cards returns the dots on clusters and keeps those on loose cards', () => {
    const { room, council1, clusters, cards } = groupedBoard();
    room.moveTo('vote');
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: clusters.resources });
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: cards.loose });
    room.moveTo('group');
    room.ok(room.lead, 'board:configure', { boardId: room.board, voteOn: 'cards' });
    room.moveTo('vote');
    expect(room.view(council1).dots[room.board]).toEqual({ [cards.loose]: 1 });
    expect(room.state.boards[room.board]!.dotsSpent).toBe(1);
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: cards.funding });
  });
});

describe('results and agreement on the same items', () => {
  it('[VOTE8] results tally the items of the level only; agreeing a card inside a cluster is refused; the profile lists what was agreed', () => {
    const { room, council1, council2, third1, third2, clusters, cards } = groupedBoard();
    room.moveTo('vote');
    for (const voter of [council1, council2, third1]) room.ok(voter, 'vote:cast', { boardId: room.board, itemId: clusters.resources });
    room.ok(third2, 'vote:cast', { boardId: room.board, itemId: cards.loose });
    room.moveTo('results');
    expect(rankedItems(room.state, room.board).map((i) => [i.text, i.kind === 'cluster' ? i.cluster.votes?.total : i.card.votes?.total])).toEqual([
      ['Resources', 3],
      ['Time to meet', 1],
    ]);
    expect(room.state.clusters[clusters.people]!.votes?.total).toBe(0);
    // A card inside a cluster is not an item: it carries no tally, not even zero.
    expect(room.state.cards[cards.funding]!.votes).toBeNull();
    room.moveTo('agree');
    const message = room.fails(room.lead, 'item:agree', { itemId: cards.funding }, 'invalid_payload');
    expect(message).toContain('agree the cluster');
    room.ok(room.lead, 'item:agree', { itemId: clusters.resources, text: 'Money and buildings' });
    room.ok(room.lead, 'item:agree', { itemId: cards.loose });
    const kind = room.state.boards[room.board]!.kind;
    expect(agreedItemsOfKind(room.state, kind).map((i) => i.wording)).toEqual(['Money and buildings', 'Time to meet']);
  });

  it('[VOTE8] on a board voting on cards, a cluster cannot be agreed and carries no tally', () => {
    const { room, council1, clusters, cards } = groupedBoard('cards');
    room.moveTo('vote');
    room.ok(council1, 'vote:cast', { boardId: room.board, itemId: cards.trust });
    room.moveTo('agree');
    expect(room.state.clusters[clusters.people]!.votes).toBeNull();
    expect(room.state.cards[cards.trust]!.votes?.total).toBe(1);
    room.fails(room.lead, 'item:agree', { itemId: clusters.people }, 'invalid_payload');
    room.ok(room.lead, 'item:agree', { itemId: cards.trust });
  });
});
