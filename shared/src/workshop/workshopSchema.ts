import { z } from 'zod';
import { boardIdSchema, memberIdSchema, sessionIdSchema, workshopIdSchema } from '../ids/ids';
import { SECTORS } from './sector';
import { BOARD_KINDS, ROLES, type WorkshopState } from './workshop';

/*
 * The workshop's zod schemas, apart from its types so that browser code that only reads a workshop does not
 * load zod.
 */
export const sectorSchema = z.enum(SECTORS, { error: 'Choose a sector: local_authority, third_sector, other_public or other.' });
export const boardKindSchema = z.enum(BOARD_KINDS);

const isoDateTime = z.iso.datetime();
export const calendarDateSchema = z.iso.date({ error: 'Expected a date as YYYY-MM-DD.' });

/** Validates a workshop read back from storage: a document loaded from the database is a trust boundary. */
export const workshopStateSchema = z.object({
  meta: z.object({
    id: workshopIdSchema,
    title: z.string(),
    area: z.string(),
    joinCode: z.string(),
    createdAt: isoDateTime,
    currentSessionId: sessionIdSchema.nullable(),
  }),
  sessions: z.record(
    z.string(),
    z.object({ id: sessionIdSchema, number: z.number().int(), title: z.string(), agenda: z.string(), date: calendarDateSchema.nullable() }),
  ),
  boards: z.record(
    z.string(),
    z.object({
      id: boardIdSchema,
      sessionId: sessionIdSchema,
      kind: boardKindSchema,
      title: z.string(),
      prompt: z.string(),
      position: z.number().int(),
    }),
  ),
  members: z.record(
    z.string(),
    z.object({
      id: memberIdSchema,
      role: z.enum(ROLES),
      name: z.string(),
      organisation: z.string(),
      sector: sectorSchema.nullable(),
      joinedAt: isoDateTime.nullable(),
      removedAt: isoDateTime.nullable(),
    }),
  ),
}) as unknown as z.ZodType<WorkshopState>;

