import { z } from 'zod';
import { BOARD_PHASES, CONTRIBUTING_MODES, RESULT_GROUPS } from '../board/board';
import { boardIdSchema, cardIdSchema, clusterIdSchema, memberIdSchema, sessionIdSchema, workshopIdSchema } from '../ids/ids';
import { SECTORS } from './sector';
import { BOARD_KINDS, ROLES, type WorkshopState } from './workshop';

/*
 * The workshop's zod schemas, apart from its types so that browser code that only reads a workshop does not
 * load zod.
 */
export const sectorSchema = z.enum(SECTORS, { error: 'Choose a sector: local_authority, third_sector, other_public or other.' });
export const boardKindSchema = z.enum(BOARD_KINDS);

const isoDateTime = z.iso.datetime();
const cardSectorSchema = z.enum([...SECTORS, 'none']);
const count = z.number().int().min(0);
const groupCounts = z.object({ local_authority: count, third_sector: count, other: count });
const tallySchema = z.object({ total: count, bySector: groupCounts.nullable() }).nullable();
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
    focusBoardId: boardIdSchema.nullable(),
    focusAt: isoDateTime.nullable(),
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
      phase: z.enum(BOARD_PHASES),
      contributing: z.enum(CONTRIBUTING_MODES),
      anonymous: z.boolean(),
      votesPerParticipant: count,
      votesPerItemMax: count,
      agreeCount: count,
      participantsCanGroup: z.boolean(),
      locked: z.boolean(),
      timerEndsAt: isoDateTime.nullable(),
      timerSeconds: count.nullable(),
      cardCounts: z.record(cardSectorSchema, count),
      dotsSpent: count,
      resultGroups: z.array(z.enum(RESULT_GROUPS)).nullable(),
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
  cards: z.record(
    z.string(),
    z.object({
      id: cardIdSchema,
      boardId: boardIdSchema,
      text: z.string(),
      sectors: z.array(cardSectorSchema).min(1),
      mergedTexts: z.array(z.string()),
      authorIds: z.array(memberIdSchema).nullable(),
      clusterId: clusterIdSchema.nullable(),
      position: count,
      createdAt: isoDateTime,
      hidden: z.boolean(),
      votes: tallySchema,
      agreed: z.boolean(),
      agreedText: z.string().nullable(),
    }),
  ),
  clusters: z.record(
    z.string(),
    z.object({
      id: clusterIdSchema,
      boardId: boardIdSchema,
      name: z.string(),
      position: count,
      votes: tallySchema,
      agreed: z.boolean(),
      agreedText: z.string().nullable(),
    }),
  ),
}) as unknown as z.ZodType<WorkshopState>;

