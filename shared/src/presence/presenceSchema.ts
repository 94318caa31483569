import { z } from 'zod';
import { boardIdSchema, memberIdSchema } from '../ids/ids';
import type { Presence } from './presence';

/** A presence exactly as the server accepts it in awareness: nothing but these two fields. */
export const presenceSchema = z.strictObject({
  memberId: memberIdSchema,
  boardId: boardIdSchema.nullable(),
}) satisfies z.ZodType<Presence>;
