import type { RulesFor } from '../command/commandRule';
import { FACILITATORS } from '../command/actor';
import type { Card, Cluster } from './board';
import { putCards, putClusters } from './boardState';
import { boardAt, GROUP, isRejection, missingCluster } from './phaseChecks';
import { CARD_HEIGHT, CARD_WIDTH, FRAME_INNER, FRAME_MAX_SIZE, FRAME_PADDING, frameRect, frameSizeFor } from './wallLayout';
import { tidyBoard } from './wallPlacement';
import { roomAround } from './wallRoom';
import type { WALL_PAYLOADS } from './wallPayloads';
import { accepted, rejected } from '../command/transitionResult';

/*
 * The board wall's commands (rule ids refer to docs/spec.md); the geometry is in wallLayout.ts and wallRoom.ts.
 * [WALL8] Facilitators only, at reveal and group, each undoable.
 */

const missingCard = () => rejected('not_found', 'That card is not on a board yet (or no longer).');

export const WALL_COMMANDS = {
  // [WALL6] A facilitator's drop on the wall: the card goes where it was dropped, into a cluster or loose. The drop
  // names where the sender saw the card; if it has moved since, it is refused and the card stays where it is.
  'card:place': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const card = state.cards[p.cardId];
      if (!card) return missingCard();
      const board = boardAt(state, card.boardId, GROUP, 'Cards can be arranged on the wall');
      if (isRejection(board)) return board;
      let target: Cluster | null = null;
      if (p.clusterId !== null) {
        target = state.clusters[p.clusterId] ?? null;
        if (!target || target.boardId !== card.boardId) return missingCluster();
      }
      if (card.clusterId !== p.from.clusterId || card.x !== p.from.x || card.y !== p.from.y) {
        return rejected('conflict', 'That card has moved since you picked it up (perhaps the other facilitator moved it); it is back where it is now.');
      }
      // Inside a frame a card keeps clear of the name and the padding; a frame it overhangs grows to hold it.
      const x = target ? Math.max(p.x, FRAME_INNER.x) : p.x;
      const y = target ? Math.max(p.y, FRAME_INNER.y) : p.y;
      let grown: Cluster | null = null;
      if (target) {
        if (x + CARD_WIDTH + FRAME_PADDING > FRAME_MAX_SIZE || y + CARD_HEIGHT + FRAME_PADDING > FRAME_MAX_SIZE) {
          return rejected('invalid_payload', `A cluster's frame can be at most ${FRAME_MAX_SIZE} wide and tall; drop the card nearer its top-left.`, {
            x: 'Too far into the frame.',
          });
        }
        const size = frameSizeFor([{ x, y }], target.w, target.h);
        if (size.w !== target.w || size.h !== target.h) grown = { ...target, ...size };
      }
      if (card.clusterId === p.clusterId && card.x === x && card.y === y) return accepted(state, null);
      // A card that changes group goes last in its new group's order; the one it left keeps its order (with a gap).
      const position =
        card.clusterId === p.clusterId ? card.position : Math.max(-1, ...Object.values(state.cards).filter((c) => c.boardId === card.boardId && c.clusterId === p.clusterId).map((c) => c.position)) + 1;
      const placed: Card = { ...card, clusterId: p.clusterId, x, y, position };
      const next = putCards(state, [placed]);
      if (!grown || !target) return accepted(next, null);
      // [WALL3] What the grown frame now reaches moves out of its way: frames pushed along, loose cards to free places.
      const withFrame = putClusters(next, [grown]);
      const room = roomAround(withFrame, grown, frameRect(target));
      return accepted(putClusters(putCards(withFrame, room.cards), room.clusters), null);
    },
  },

  // [WALL7] Moving or resizing a cluster's frame moves its cards with it; a frame is never made smaller than its cards.
  'cluster:place': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const cluster = state.clusters[p.clusterId];
      if (!cluster) return missingCluster();
      const board = boardAt(state, cluster.boardId, GROUP, 'Clusters can be arranged on the wall');
      if (isRejection(board)) return board;
      const inside = Object.values(state.cards).filter((c) => c.clusterId === cluster.id);
      const size = frameSizeFor(inside, p.w, p.h);
      if (cluster.x === p.x && cluster.y === p.y && cluster.w === size.w && cluster.h === size.h) return accepted(state, null);
      return accepted(putClusters(state, [{ ...cluster, x: p.x, y: p.y, w: size.w, h: size.h }]), null);
    },
  },

  // [WALL5] Tidy lays the whole board out afresh: frames in rows, their cards in grids, loose cards beside them.
  'board:tidy': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const board = boardAt(state, p.boardId, GROUP, 'A board can be tidied');
      if (isRejection(board)) return board;
      const tidy = tidyBoard(state, board.id);
      return accepted(putClusters(putCards(state, tidy.cards), tidy.clusters), null);
    },
  },
} satisfies RulesFor<typeof WALL_PAYLOADS>;
