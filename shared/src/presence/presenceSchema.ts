import { z } from 'zod';
import { WALL_LIMIT } from '../board/wallLayout';
import { boardIdSchema, cardIdSchema, memberIdSchema } from '../ids/ids';
import type { Presence, PresenceDrag } from './presence';

const wallCoordinate = z.number().min(-WALL_LIMIT).max(WALL_LIMIT);

/** A drag in progress on the wall: a card of a board, its top-left on the page. */
export const presenceDragSchema = z.strictObject({
  boardId: boardIdSchema,
  cardId: cardIdSchema,
  x: wallCoordinate,
  y: wallCoordinate,
}) satisfies z.ZodType<PresenceDrag>;

/** A presence exactly as the server accepts it in awareness: nothing but these fields. */
export const presenceSchema = z.strictObject({
  memberId: memberIdSchema,
  boardId: boardIdSchema.nullable(),
  drag: presenceDragSchema.nullable().optional(),
}) satisfies z.ZodType<Presence>;
