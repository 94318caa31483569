import { z } from 'zod';
import { recordById, sessionIdSchema } from '../ids/ids';

/* The sessions' zod schemas, apart from their types so that browser code that only reads a workshop does not load zod. */

export const calendarDateSchema = z.iso.date({ error: 'Expected a date as YYYY-MM-DD.' });

/** The sessions' part of the workshop's stored state (DOC3; workshop/workshopSchema.ts assembles the whole). */
export const sessionStateParts = {
  sessions: recordById(
    z.object({ id: sessionIdSchema, number: z.number().int(), title: z.string(), agenda: z.string(), date: calendarDateSchema.nullable() }),
  ),
};
