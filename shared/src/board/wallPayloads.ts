import { z } from 'zod';
import { command } from '../command/payload';
import { boardIdSchema, cardIdSchema, clusterIdSchema } from '../ids/ids';
import { FRAME_MAX_SIZE, FRAME_MIN_HEIGHT, FRAME_MIN_WIDTH, WALL_LIMIT } from './wallLayout';

/* The payload schemas of the board wall's commands. */

/** A position on the board wall: a finite number within ±WALL_LIMIT (WALL1). */
export function wallCoordinate(label: string) {
  return z
    .number({ error: `${label} must be a number.` })
    .min(-WALL_LIMIT, `${label} must be at least -${WALL_LIMIT}.`)
    .max(WALL_LIMIT, `${label} must be at most ${WALL_LIMIT}.`);
}

/** A frame's width or height: room for one card, at most FRAME_MAX_SIZE. */
function frameSize(label: string, min: number) {
  return z
    .number({ error: `${label} must be a number.` })
    .min(min, `${label} must be at least ${min}, room for one card.`)
    .max(FRAME_MAX_SIZE, `${label} must be at most ${FRAME_MAX_SIZE}.`);
}

export const WALL_PAYLOADS = {
  /**
   * A drag's drop on the wall (WALL6): into a cluster at `x, y` relative to its frame, or loose (null) at page `x, y`.
   * `from` is where the sender saw the card; if it has moved since, the drop is refused with `conflict`.
   */
  'card:place': command({
    cardId: cardIdSchema,
    clusterId: clusterIdSchema.nullable(),
    x: wallCoordinate('x'),
    y: wallCoordinate('y'),
    from: z.strictObject({ clusterId: clusterIdSchema.nullable(), x: wallCoordinate('x'), y: wallCoordinate('y') }),
  }),
  /** Moves and resizes a cluster's frame; its cards move with it (WALL7). */
  'cluster:place': command({
    clusterId: clusterIdSchema,
    x: wallCoordinate('x'),
    y: wallCoordinate('y'),
    w: frameSize('w', FRAME_MIN_WIDTH),
    h: frameSize('h', FRAME_MIN_HEIGHT),
  }),
  /** Lays the whole board out afresh (WALL5). */
  'board:tidy': command({ boardId: boardIdSchema }),
} as const;
