import { z } from 'zod';
import { BOARD_PHASES, CONTRIBUTING_MODES, RESULT_GROUPS } from '../board/board';
import { FRAME_MAX_SIZE, FRAME_MIN_HEIGHT, FRAME_MIN_WIDTH, WALL_LIMIT } from '../board/wallLayout';
import { recordById, actionIdSchema, boardIdSchema, cardIdSchema, clusterIdSchema, memberIdSchema, objectiveIdSchema, proposalIdSchema, sessionIdSchema, workshopIdSchema } from '../ids/ids';
import { LEAD_SLOTS, PLAN_STATUSES, PROPOSAL_FIELDS } from '../plan/plan';
import { PROGRESS_STATUSES } from '../review/progress';
import { SURVEY_SCALE, SURVEY_SPLIT_SECTORS, SURVEY_STATUSES } from '../survey/survey';
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
const cardSectorSchema = z.enum([...SECTORS, 'none']);
const count = z.number().int().min(0);
const groupCounts = z.object({ local_authority: count, third_sector: count, other: count });
const tallySchema = z.object({ total: count, bySector: groupCounts.nullable() }).nullable();
/** A position on the board wall (WALL1). */
const wallCoordinate = z.number().min(-WALL_LIMIT).max(WALL_LIMIT);
const frameSize = (min: number) => z.number().min(min).max(FRAME_MAX_SIZE);

/** Month (YYYY-MM) and quarter (YYYY-Qn) timescales of the action plan. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month as YYYY-MM.');
export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'Expected a quarter as YYYY-Qn.');
export const timescaleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: calendarDateSchema }),
  z.strictObject({ kind: z.literal('month'), month: monthSchema }),
  z.strictObject({ kind: z.literal('quarter'), quarter: quarterSchema }),
]);
const storedLeadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: memberIdSchema }),
  z.object({ kind: z.literal('named'), name: z.string(), organisation: z.string(), sector: sectorSchema }),
]);
const objectiveSchema = z.object({ id: objectiveIdSchema, text: z.string(), position: count, fromItemId: z.string().nullable() });
const actionSchema = z.object({
  id: actionIdSchema,
  objectiveId: objectiveIdSchema,
  text: z.string(),
  councilLead: storedLeadSchema.nullable(),
  thirdSectorLead: storedLeadSchema.nullable(),
  leadException: z.string().nullable(),
  timescale: timescaleSchema.nullable(),
  notes: z.string(),
  position: count,
});

const evidenceSchema = z.object({ text: z.string(), url: z.string().nullable() });
const progressUpdateSchema = z.object({
  id: z.string(),
  actionId: actionIdSchema,
  slot: z.enum(LEAD_SLOTS),
  sector: sectorSchema,
  status: z.enum(PROGRESS_STATUSES),
  note: z.string(),
  evidence: z.array(evidenceSchema),
  planVersion: z.number().int().min(1),
  at: isoDateTime,
});
const answerCounts = z.object(Object.fromEntries(SURVEY_SCALE.map((a) => [a, count])) as Record<(typeof SURVEY_SCALE)[number], typeof count>);
const scaleTally = z.object({ counts: answerCounts, skipped: count, helpfulShare: z.number().min(0).max(1).nullable() });
const surveySchema = z.object({
  status: z.enum(SURVEY_STATUSES),
  items: z.array(z.object({ id: z.string(), kind: z.enum(['scale', 'text']), text: z.string(), builtIn: z.boolean() })),
  responseCount: count,
  openedAt: isoDateTime.nullable(),
  results: z
    .object({
      responseCount: count,
      eligibleCount: count,
      scale: z.array(
        scaleTally.extend({
          itemId: z.string(),
          bySector: z.object(Object.fromEntries(SURVEY_SPLIT_SECTORS.map((s) => [s, scaleTally])) as Record<(typeof SURVEY_SPLIT_SECTORS)[number], typeof scaleTally>).nullable(),
        }),
      ),
      text: z.array(z.object({ itemId: z.string(), answers: z.array(z.string()) })),
      closedAt: isoDateTime,
    })
    .nullable(),
});

/** Validates a workshop read back from storage: a document loaded from the database is a trust boundary. */
/** The workshop's schema as an object of parts, for validating only the parts a change touched (stateChange.ts). */
export const workshopStateParts = z.object({
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
  sessions: recordById(
    z.object({ id: sessionIdSchema, number: z.number().int(), title: z.string(), agenda: z.string(), date: calendarDateSchema.nullable() }),
  ),
  boards: recordById(
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
  members: recordById(
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
  cards: recordById(
    z.object({
      id: cardIdSchema,
      boardId: boardIdSchema,
      text: z.string(),
      sectors: z.array(cardSectorSchema).min(1),
      mergedTexts: z.array(z.string()),
      authorIds: z.array(memberIdSchema).nullable(),
      clusterId: clusterIdSchema.nullable(),
      position: count,
      x: wallCoordinate,
      y: wallCoordinate,
      createdAt: isoDateTime,
      hidden: z.boolean(),
      votes: tallySchema,
      agreed: z.boolean(),
      agreedText: z.string().nullable(),
    }),
  ),
  clusters: recordById(
    z.object({
      id: clusterIdSchema,
      boardId: boardIdSchema,
      name: z.string(),
      position: count,
      x: wallCoordinate,
      y: wallCoordinate,
      w: frameSize(FRAME_MIN_WIDTH),
      h: frameSize(FRAME_MIN_HEIGHT),
      votes: tallySchema,
      agreed: z.boolean(),
      agreedText: z.string().nullable(),
    }),
  ),
  plan: z.object({
    vision: z.string(),
    principles: z.array(z.string()),
    reviewDate: calendarDateSchema.nullable(),
    status: z.enum(PLAN_STATUSES),
    nextVersion: z.number().int().min(1),
    consultationRound: count,
    consultationStartedAt: isoDateTime.nullable(),
  }),
  objectives: recordById(objectiveSchema),
  actions: recordById(actionSchema),
  proposals: recordById(
    z.object({
      id: proposalIdSchema,
      kind: z.enum(['wording', 'comment']),
      targetKind: z.enum(['objective', 'action']),
      targetId: z.string(),
      field: z.enum(PROPOSAL_FIELDS).nullable(),
      text: z.string(),
      authorId: memberIdSchema,
      createdAt: isoDateTime,
      status: z.enum(['open', 'accepted', 'declined']),
      decidedAt: isoDateTime.nullable(),
    }),
  ),
  planVersions: recordById(
    z.object({
      id: z.string(),
      number: z.number().int().min(1),
      agreedAt: isoDateTime,
      organisations: z.array(z.string()),
      responses: z.record(z.enum(['agree', 'concern']), groupCounts),
      snapshot: z.object({
        vision: z.string(),
        principles: z.array(z.string()),
        reviewDate: calendarDateSchema,
        objectives: z.array(objectiveSchema),
        actions: z.array(actionSchema),
        leadNames: z.record(z.string(), z.object({ name: z.string(), organisation: z.string(), sector: sectorSchema.nullable() })),
      }),
    }),
  ),
  progressUpdates: recordById(progressUpdateSchema),
  survey: surveySchema,
});

/** [DOC3] What a workshop's doc must hold to be loaded. */
export const workshopStateSchema = workshopStateParts as unknown as z.ZodType<WorkshopState>;

