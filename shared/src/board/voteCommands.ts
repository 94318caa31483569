import { FACILITATORS, PARTICIPANTS, type Actor } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import { accepted, acceptedWithHidden, rejected, type TransitionResult } from '../command/transitionResult';
import type { BoardId } from '../ids/ids';
import type { HiddenState } from '../workshop/hiddenState';
import type { WorkshopState } from '../workshop/workshop';
import { findItem, isAgreed, isItemOfLevel, itemsOfBoard, voteLevel, type Board, type Item } from './board';
import { ballotKey, type Ballot } from './boardHidden';
import { putBallot, putBoard, putCards, putClusters } from './boardState';
import { boardAt, isRejection } from './phaseChecks';
import type { VOTE_PAYLOADS } from './votePayloads';

/* Voting with dots and agreeing items; which phases allow what is in phaseChecks.ts (rule ids refer to docs/spec.md). */

export const VOTE_COMMANDS = {
  // [VOTE1] Participants spend their dots at vote, up to the board's budget and per-item cap, on the items of that
  // board: [VOTE5] of one level, its clusters or its cards. [VOTE2] They can take a dot back until the phase ends.
  // [VOTE3] Nobody sees where dots went until results.
  'vote:cast': {
    roles: PARTICIPANTS,
    apply: (state, p, actor, _ctx, hidden) => vote(state, hidden, actor, p.boardId, p.itemId, +1),
  },
  'vote:retract': {
    roles: PARTICIPANTS,
    apply: (state, p, actor, _ctx, hidden) => vote(state, hidden, actor, p.boardId, p.itemId, -1),
  },

  // [AGR1] At agree, facilitators mark items agreed, with the wording settled with the room, up to the board's count.
  'item:agree': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const item = findItem(state, p.itemId);
      if (!item) return rejected('not_found', 'That item is not on any board of this workshop.');
      const board = boardAt(state, item.boardId, ['agree'], 'Items can be agreed');
      if (isRejection(board)) return board;
      if (item.kind === 'card' && item.card.hidden) return rejected('conflict', 'A hidden card cannot be agreed.');
      // [VOTE8] The room agrees the items it voted on: of the board's level only.
      if (!isItemOfLevel(state, board, item)) return wrongLevel(state, board, item, 'agreed');
      const agreedCount = itemsOfBoard(state, board.id).filter(isAgreed).length;
      if (!isAgreed(item) && agreedCount >= board.agreeCount) {
        return rejected('limit_reached', `This board agrees ${board.agreeCount} items. Unmark one first, or change the number in the board's settings.`);
      }
      const agreedText = p.text === undefined || p.text === item.text ? null : p.text;
      if (item.kind === 'card') return accepted(putCards(state, [{ ...item.card, agreed: true, agreedText }]), null);
      return accepted(putClusters(state, [{ ...item.cluster, agreed: true, agreedText }]), null);
    },
  },
  'item:unagree': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const item = findItem(state, p.itemId);
      if (!item) return rejected('not_found', 'That item is not on any board of this workshop.');
      const board = boardAt(state, item.boardId, ['agree'], 'Agreement can be changed');
      if (isRejection(board)) return board;
      if (item.kind === 'card') return accepted(putCards(state, [{ ...item.card, agreed: false, agreedText: null }]), null);
      return accepted(putClusters(state, [{ ...item.cluster, agreed: false, agreedText: null }]), null);
    },
  },
} satisfies RulesFor<typeof VOTE_PAYLOADS>;

/**
 * [VOTE5] The refusal of an item of the other level: what the board votes on, and where the dot (or the agreement)
 * goes instead.
 */
function wrongLevel(state: WorkshopState, board: Board, item: Item, what: 'dot' | 'agreed') {
  if (voteLevel(state, board) === 'clusters' && item.kind === 'card') {
    const cluster = item.card.clusterId === null ? undefined : state.clusters[item.card.clusterId];
    const where = cluster ? `This card is in the cluster "${cluster.name}"` : 'This card is in a cluster';
    const instead = what === 'dot' ? 'put your dot on the cluster' : 'agree the cluster';
    return rejected('invalid_payload', `On this board the room votes on the clusters, not on the cards inside them. ${where}: ${instead}.`, {
      itemId: 'Choose a cluster, or a card outside every cluster.',
    });
  }
  const instead = what === 'dot' ? 'put your dot on one of its cards' : 'agree one of its cards';
  return rejected('invalid_payload', `On this board the room votes on the cards, not on the clusters. "${item.text}" is a cluster: ${instead}.`, {
    itemId: 'Choose a card.',
  });
}

function vote(state: WorkshopState, hidden: HiddenState, actor: Actor, boardId: BoardId, itemId: string, delta: 1 | -1): TransitionResult<{ dotsLeft: number }> {
  const board = boardAt(state, boardId, ['vote'], 'Dots can be placed or taken back', actor);
  if (isRejection(board)) return board;
  const key = ballotKey(board.id, actor.memberId);
  const ballot: Ballot = hidden.ballots[key] ?? { id: key, boardId: board.id, memberId: actor.memberId, sector: state.members[actor.memberId]?.sector ?? null, dots: {} };
  const onItem = Object.hasOwn(ballot.dots, itemId) ? ballot.dots[itemId]! : 0;
  // [VOTE2] A dot already placed can always be taken back, wherever it is; [VOTE5] a new one goes only on an item of
  // the board's level.
  if (delta > 0 || onItem === 0) {
    const item = findItem(state, itemId);
    if (!item || item.boardId !== board.id || (item.kind === 'card' && item.card.hidden)) {
      return rejected('not_found', 'That item is not on this board.');
    }
    if (!isItemOfLevel(state, board, item)) return wrongLevel(state, board, item, 'dot');
  }
  const spent = Object.values(ballot.dots).reduce((n, d) => n + d, 0);
  if (delta > 0 && spent >= board.votesPerParticipant) {
    return rejected('limit_reached', `You have placed all ${board.votesPerParticipant} of your dots. Take one back to move it.`);
  }
  if (delta > 0 && onItem >= board.votesPerItemMax) {
    return rejected('limit_reached', `At most ${board.votesPerItemMax} of your dots can go on one item.`);
  }
  if (delta < 0 && onItem === 0) return rejected('conflict', 'You have no dot on that item to take back.');
  const dots = { ...ballot.dots, [itemId]: onItem + delta };
  if (dots[itemId] === 0) delete dots[itemId];
  const nextHidden = putBallot(hidden, { ...ballot, dots });
  const next = putBoard(state, { ...board, dotsSpent: Math.max(0, board.dotsSpent + delta) });
  return acceptedWithHidden(next, nextHidden, { dotsLeft: board.votesPerParticipant - (spent + delta) });
}
