import { z } from 'zod';
import { text, command } from '../command/payload';
import { boardIdSchema, cardIdSchema, clusterIdSchema } from '../ids/ids';
import { sectorSchema } from '../members/memberSchema';
import { CARD_TEXT_MAX_CHARS, CLUSTER_NAME_MAX_CHARS } from './boardLimits';
import { wallCoordinate } from './wallPayloads';

/* The payload schemas of the cards' and clusters' commands. */

export const CARD_PAYLOADS = {
  /** A facilitator scribing for the room may choose the card's sector (null: the room's); a participant's is their own. */
  'card:add': command({ boardId: boardIdSchema, text: text(CARD_TEXT_MAX_CHARS, 'The card'), sector: sectorSchema.nullable().optional() }),
  'card:edit': command({ cardId: cardIdSchema, text: text(CARD_TEXT_MAX_CHARS, 'The card') }),
  'card:delete': command({ cardId: cardIdSchema }),
  /** Into a cluster (or out of every cluster: null), at an index in it (past the end: last). */
  'card:move': command({ cardId: cardIdSchema, clusterId: clusterIdSchema.nullable(), toIndex: z.number().int().min(0).max(10_000).optional() }),
  /** Merges duplicate `cardId` into `intoCardId`: one card with both texts' sectors (and, privately, authors). */
  'card:merge': command({ cardId: cardIdSchema, intoCardId: cardIdSchema }),
  'card:hide': command({ cardId: cardIdSchema, hidden: z.boolean() }),
  /** Without `x, y` the frame goes to a free place on the wall (WALL4). */
  'cluster:add': command({ boardId: boardIdSchema, name: text(CLUSTER_NAME_MAX_CHARS, 'The cluster name'), x: wallCoordinate('x').optional(), y: wallCoordinate('y').optional() }),
  'cluster:rename': command({ clusterId: clusterIdSchema, name: text(CLUSTER_NAME_MAX_CHARS, 'The cluster name') }),
  /** Removes a cluster; its cards stay on the board, loose. */
  'cluster:remove': command({ clusterId: clusterIdSchema }),
} as const;
