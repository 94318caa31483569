import { EVERYONE, FACILITATORS } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import { accepted, acceptedWithHidden, rejected } from '../command/transitionResult';
import type { BoardId, CardId, ClusterId, MemberId, NoticeId } from '../ids/ids';
import type { HiddenState } from '../workshop/hiddenState';
import type { WorkshopState } from '../workshop/workshop';
import type { Card, Cluster } from './board';
import type { CardRecord } from './boardHidden';
import { CARDS_PER_BOARD_MAX, CARDS_PER_MEMBER_PER_BOARD_MAX, CLUSTERS_PER_BOARD_MAX } from './boardLimits';
import { returnStrayDots } from './boardPublish';
import { cardsOnBoard, groupOf, nextPosition, putCards, putClusters, putRecords, recount, renumberCards, renumberClusters } from './boardState';
import type { CARD_PAYLOADS } from './cardPayloads';
import { boardAt, CONTRIBUTE, GROUP, isRejection, missingCard, missingCluster, OPEN, SCRIBE } from './phaseChecks';
import { clampToWall, FRAME_MIN_HEIGHT, FRAME_MIN_WIDTH, frameRect } from './wallLayout';
import { frameSpotOnBoard, looseSlotsOnBoard, slotInCluster } from './wallPlacement';
import { roomAround } from './wallRoom';

/* The cards' and clusters' commands; which phases allow what is in phaseChecks.ts (rule ids refer to docs/spec.md). */

function cardsWrittenBy(hidden: HiddenState, boardId: BoardId, memberId: MemberId): number {
  return Object.values(hidden.cards).filter((r) => r.boardId === boardId && r.authorIds.includes(memberId)).length;
}

/** The card as everyone sees it: published, or its author's draft. */
function cardOf(state: WorkshopState, record: CardRecord): Card | null {
  return record.draft ?? state.cards[record.id] ?? null;
}

/** Writes a card where it lives: in the hidden record while a draft, on the board once published. */
function saveCard(state: WorkshopState, hidden: HiddenState, record: CardRecord, card: Card): { state: WorkshopState; hidden: HiddenState } {
  if (record.draft) return { state, hidden: putRecords(hidden, [{ ...record, draft: card }]) };
  return { state: putCards(state, [card]), hidden };
}

/**
 * Places a card in a cluster (or among the loose cards) at an index, renumbering both groups. A card that changes
 * group takes the next free place on the wall: in the cluster's frame, grown if it is full, or among the loose cards
 * (WALL3). Returns the cards changed, and the cluster if its frame grew.
 */
function placeCard(state: WorkshopState, card: Card, clusterId: ClusterId | null, toIndex: number): { cards: Card[]; clusters: Cluster[] } {
  let moved: Card = { ...card, clusterId };
  let grown: Cluster[] = [];
  const target = clusterId === null ? null : state.clusters[clusterId];
  if (clusterId !== card.clusterId && target) {
    const slot = slotInCluster(state, target, card.id);
    moved = { ...moved, x: slot.x, y: slot.y };
    if (slot.cluster !== target) grown = [slot.cluster];
  } else if (clusterId !== card.clusterId) {
    const [slot] = looseSlotsOnBoard(state, card.boardId, 1, card.id);
    moved = { ...moved, x: slot!.x, y: slot!.y };
  }
  const from = groupOf(state, card.boardId, card.clusterId).filter((c) => c.id !== card.id);
  const to = clusterId === card.clusterId ? from : groupOf(state, card.boardId, clusterId);
  const at = Math.min(toIndex, to.length);
  const ordered = [...to.slice(0, at), moved, ...to.slice(at)];
  const changed = ordered.flatMap((c, position) => (c === moved ? [{ ...moved, position }] : c.position === position ? [] : [{ ...c, position }]));
  return { cards: clusterId === card.clusterId ? changed : [...renumberCards(from), ...changed], clusters: grown };
}

export const CARD_COMMANDS = {
  // [CARD1] A participant's card carries their sector, never their name on an anonymous board. [CARD5] A facilitator
  // scribing for the room chooses the sector, or none. [CARD2] In private mode a card is a draft only its author sees
  // until reveal. [CARD6] Limits per board and per person.
  'card:add': {
    roles: EVERYONE,
    undoable: true,
    apply: (state, p, actor, ctx, hidden) => {
      const me = state.members[actor.memberId]!;
      const facilitator = actor.role === 'facilitator';
      const board = boardAt(state, p.boardId, facilitator ? SCRIBE : CONTRIBUTE, facilitator ? 'Cards can be scribed' : 'Cards can be added', actor);
      if (isRejection(board)) return board;
      if (!facilitator && p.sector !== undefined) {
        return rejected('invalid_payload', 'Your sector is added to your cards automatically.', { sector: 'Leave this out.' });
      }
      if (cardsOnBoard(hidden, board.id) >= CARDS_PER_BOARD_MAX) return rejected('limit_reached', `This board is full (${CARDS_PER_BOARD_MAX} cards).`);
      if (!facilitator && cardsWrittenBy(hidden, board.id, me.id) >= CARDS_PER_MEMBER_PER_BOARD_MAX) {
        return rejected('limit_reached', `You have added ${CARDS_PER_MEMBER_PER_BOARD_MAX} cards to this board, the most one person can.`);
      }
      const isDraft = board.contributing === 'private' && board.phase === 'contribute';
      const card: Card = {
        id: ctx.newId() as CardId,
        boardId: board.id,
        text: p.text,
        sectors: [facilitator ? (p.sector ?? 'none') : (me.sector ?? 'other')],
        mergedTexts: [],
        authorIds: board.anonymous ? null : [me.id],
        clusterId: null,
        position: nextPosition(groupOf(state, board.id, null)),
        // [WALL2] A card on the board takes a free place among the loose cards; a draft gets one when it is published.
        ...(isDraft ? { x: 0, y: 0 } : looseSlotsOnBoard(state, board.id, 1)[0]!),
        // [ANON2] A draft keeps its time (only its author sees it, to list their drafts); an anonymous board's card
        // reaches the shared doc without one.
        createdAt: isDraft || !board.anonymous ? ctx.now : null,
        hidden: false,
        votes: null,
        agreed: false,
        agreedText: null,
      };
      const record: CardRecord = { id: card.id, boardId: board.id, authorIds: [me.id], draft: isDraft ? card : null, hiddenContent: null };
      const nextHidden = putRecords(hidden, [record]);
      const withCard = isDraft ? state : putCards(state, [card]);
      return acceptedWithHidden(recount({ state: withCard, hidden: nextHidden }, board.id), nextHidden, { cardId: card.id });
    },
  },

  // [CARD3] Authors edit their own cards until reveal; facilitators may correct any card while scribing.
  'card:edit': {
    roles: EVERYONE,
    undoable: true,
    apply: (state, p, actor, _ctx, hidden) => {
      const record = hidden.cards[p.cardId];
      const card = record && cardOf(state, record);
      if (!record || !card) return missingCard();
      const facilitator = actor.role === 'facilitator';
      if (!facilitator && !record.authorIds.includes(actor.memberId)) return rejected('forbidden', 'You can only change your own cards.');
      const board = boardAt(state, card.boardId, facilitator ? SCRIBE : CONTRIBUTE, 'Cards can be edited', actor);
      if (isRejection(board)) return board;
      if (card.hidden) return rejected('conflict', 'That card is hidden. Show it again before editing it.');
      const saved = saveCard(state, hidden, record, { ...card, text: p.text });
      return acceptedWithHidden(saved.state, saved.hidden, null);
    },
  },

  // [CARD4] Authors delete their own cards until reveal (a facilitator, the cards they scribed); others' cards are
  // hidden, not deleted.
  'card:delete': {
    roles: EVERYONE,
    undoable: true,
    apply: (state, p, actor, _ctx, hidden) => {
      const record = hidden.cards[p.cardId];
      const card = record && cardOf(state, record);
      if (!record || !card) return missingCard();
      if (!record.authorIds.includes(actor.memberId)) {
        return rejected('forbidden', actor.role === 'facilitator' ? 'You can delete only the cards you scribed; hide this one instead.' : 'You can only delete your own cards.');
      }
      const facilitator = actor.role === 'facilitator';
      const board = boardAt(state, card.boardId, facilitator ? SCRIBE : CONTRIBUTE, 'Cards can be deleted', actor);
      if (isRejection(board)) return board;
      const nextHidden = putRecords(hidden, [], [card.id]);
      let next = putCards(state, [], [card.id]);
      if (!record.draft) next = putCards(next, renumberCards(groupOf(next, card.boardId, card.clusterId)));
      return acceptedWithHidden(recount({ state: next, hidden: nextHidden }, card.boardId), nextHidden, null);
    },
  },

  // [GRP1] Facilitators move cards into and out of clusters at reveal and group. [GRP2] Participants may too, at group,
  // if the board allows it, and only their own cards.
  'card:move': {
    roles: EVERYONE,
    undoable: true,
    apply: (state, p, actor, _ctx, hidden) => {
      const card = state.cards[p.cardId];
      if (!card) return rejected('not_found', 'That card is not on a board yet (or no longer).');
      const facilitator = actor.role === 'facilitator';
      const board = boardAt(state, card.boardId, facilitator ? GROUP : ['group'], 'Cards can be grouped', actor);
      if (isRejection(board)) return board;
      if (!facilitator) {
        if (!board.participantsCanGroup) return rejected('forbidden', 'On this board the facilitators do the grouping.');
        if (!hidden.cards[card.id]?.authorIds.includes(actor.memberId)) return rejected('forbidden', 'You can only move your own cards.');
      }
      if (p.clusterId !== null) {
        const cluster = state.clusters[p.clusterId];
        if (!cluster || cluster.boardId !== card.boardId) return missingCluster();
      }
      const changed = placeCard(state, card, p.clusterId, p.toIndex ?? Number.MAX_SAFE_INTEGER);
      let next = putClusters(putCards(state, changed.cards), changed.clusters);
      // [WALL3] What a grown frame now reaches over moves out of its way.
      for (const grown of changed.clusters) {
        const room = roomAround(next, grown, frameRect(state.clusters[grown.id]!));
        next = putClusters(putCards(next, room.cards), room.clusters);
      }
      return accepted(next, null);
    },
  },

  // [GRP3] Merging duplicates keeps one card with both texts, both sectors and (privately) both authors.
  'card:merge': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, _ctx, hidden) => {
      const card = state.cards[p.cardId];
      const into = state.cards[p.intoCardId];
      if (!card || !into) return rejected('not_found', 'Both cards must be on the board to merge them.');
      if (card.id === into.id) return rejected('invalid_payload', 'A card cannot be merged into itself.', { intoCardId: 'Choose another card.' });
      if (card.boardId !== into.boardId) return rejected('invalid_payload', 'Only cards on the same board can be merged.', { intoCardId: 'Choose a card on this board.' });
      const board = boardAt(state, card.boardId, GROUP, 'Cards can be merged');
      if (isRejection(board)) return board;
      if (card.hidden || into.hidden) return rejected('conflict', 'A hidden card cannot be merged. Show it again first.');
      const recordFrom = hidden.cards[card.id];
      const recordInto = hidden.cards[into.id];
      if (!recordFrom || !recordInto) return missingCard();
      const authors = [...new Set([...recordInto.authorIds, ...recordFrom.authorIds])];
      const merged: Card = {
        ...into,
        sectors: [...into.sectors, ...card.sectors],
        mergedTexts: [...into.mergedTexts, card.text, ...card.mergedTexts],
        authorIds: into.authorIds && card.authorIds ? [...new Set([...into.authorIds, ...card.authorIds])] : null,
      };
      let next = putCards(state, [merged], [card.id]);
      next = putCards(next, renumberCards(groupOf(next, card.boardId, card.clusterId)));
      const nextHidden = putRecords(hidden, [{ ...recordInto, authorIds: authors }], [card.id]);
      return acceptedWithHidden(next, nextHidden, null);
    },
  },

  // [MOD1] Hiding a card withholds its text from everyone; each author is told privately. Showing it again restores it.
  'card:hide': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, actor, ctx, hidden) => {
      const card = state.cards[p.cardId];
      const record = hidden.cards[p.cardId];
      if (!card || !record) return rejected('not_found', 'That card is not on a board (a private draft cannot be hidden).');
      const board = boardAt(state, card.boardId, OPEN, 'Cards can be hidden');
      if (isRejection(board)) return board;
      if (card.hidden === p.hidden) return accepted(state, null);
      if (p.hidden) {
        const notices = { ...hidden.notices };
        for (const memberId of record.authorIds) {
          if (memberId === actor.memberId) continue;
          const id = `${card.id}.${memberId}` as NoticeId;
          notices[id] = { id, memberId, boardId: card.boardId, cardId: card.id, kind: 'cardHidden', excerpt: card.text.slice(0, 60), at: ctx.now };
        }
        const nextHidden: HiddenState = {
          ...putRecords(hidden, [{ ...record, hiddenContent: { text: card.text, mergedTexts: card.mergedTexts } }]),
          notices,
        };
        const withheld: Card = { ...card, hidden: true, text: '', mergedTexts: [], agreed: false, agreedText: null };
        // [VOTE6] A card hidden while the vote is on is no item any more: its dots go back to their voters at once.
        if (board.phase === 'vote') {
          const returned = returnStrayDots(putCards(state, [withheld]), nextHidden, board.id);
          return acceptedWithHidden(returned.state, returned.hidden, null);
        }
        return acceptedWithHidden(putCards(state, [withheld]), nextHidden, null);
      }
      const content = record.hiddenContent ?? { text: '', mergedTexts: [] };
      const notices = Object.fromEntries(Object.entries(hidden.notices).filter(([, n]) => n.cardId !== card.id));
      const nextHidden: HiddenState = { ...putRecords(hidden, [{ ...record, hiddenContent: null }]), notices };
      return acceptedWithHidden(putCards(state, [{ ...card, hidden: false, ...content }]), nextHidden, null);
    },
  },

  // [GRP4] Clusters have names, unique on their board, at most CLUSTERS_PER_BOARD_MAX.
  'cluster:add': {
    roles: EVERYONE,
    undoable: true,
    apply: (state, p, actor, ctx) => {
      const facilitator = actor.role === 'facilitator';
      const board = boardAt(state, p.boardId, facilitator ? GROUP : ['group'], 'Clusters can be made', actor);
      if (isRejection(board)) return board;
      if (!facilitator && !board.participantsCanGroup) return rejected('forbidden', 'On this board the facilitators do the grouping.');
      const clusters = Object.values(state.clusters).filter((c) => c.boardId === board.id);
      if (clusters.length >= CLUSTERS_PER_BOARD_MAX) return rejected('limit_reached', `A board can have at most ${CLUSTERS_PER_BOARD_MAX} clusters.`);
      if (clusters.some((c) => c.name.toLowerCase() === p.name.toLowerCase())) return rejected('conflict', `There is already a cluster called "${p.name}" on this board.`);
      if ((p.x === undefined) !== (p.y === undefined)) return rejected('invalid_payload', 'A place on the wall needs both x and y (or neither).', { x: 'Give both, or neither.' });
      // [WALL4] A new frame is as small as one card; without a place it goes to a free one.
      const spot = p.x !== undefined && p.y !== undefined ? { x: p.x, y: p.y } : frameSpotOnBoard(state, board.id);
      const cluster: Cluster = {
        id: ctx.newId() as ClusterId,
        boardId: board.id,
        name: p.name,
        position: clusters.length,
        ...spot,
        w: FRAME_MIN_WIDTH,
        h: FRAME_MIN_HEIGHT,
        votes: null,
        agreed: false,
        agreedText: null,
      };
      const withFrame = putClusters(state, [cluster]);
      if (p.x !== undefined) return accepted(withFrame, { clusterId: cluster.id });
      // [WALL4] Loose cards under a frame put in a free place move out of its way.
      const room = roomAround(withFrame, cluster, null);
      return accepted(putClusters(putCards(withFrame, room.cards), room.clusters), { clusterId: cluster.id });
    },
  },

  'cluster:rename': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const cluster = state.clusters[p.clusterId];
      if (!cluster) return missingCluster();
      const board = boardAt(state, cluster.boardId, GROUP, 'Clusters can be renamed');
      if (isRejection(board)) return board;
      const clash = Object.values(state.clusters).some((c) => c.boardId === board.id && c.id !== cluster.id && c.name.toLowerCase() === p.name.toLowerCase());
      if (clash) return rejected('conflict', `There is already a cluster called "${p.name}" on this board.`);
      return accepted(putClusters(state, [{ ...cluster, name: p.name }]), null);
    },
  },

  // [GRP5] Removing a cluster leaves its cards on the board, after the loose ones, where they were on the wall (WALL1).
  'cluster:remove': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const cluster = state.clusters[p.clusterId];
      if (!cluster) return missingCluster();
      const board = boardAt(state, cluster.boardId, GROUP, 'Clusters can be removed');
      if (isRejection(board)) return board;
      const start = nextPosition(groupOf(state, board.id, null));
      const freed = groupOf(state, board.id, cluster.id).map((c, i) => ({ ...c, clusterId: null, position: start + i, ...clampToWall({ x: c.x + cluster.x, y: c.y + cluster.y }) }));
      const rest = Object.values(state.clusters)
        .filter((c) => c.boardId === board.id && c.id !== cluster.id)
        .sort((a, b) => a.position - b.position);
      return accepted(putClusters(putCards(state, freed), renumberClusters(rest), [cluster.id]), null);
    },
  },
} satisfies RulesFor<typeof CARD_PAYLOADS>;
