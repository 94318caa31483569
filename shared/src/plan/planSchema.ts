import { z } from 'zod';
import { groupCountsSchema } from '../board/boardSchema';
import { recordById, actionIdSchema, memberIdSchema, objectiveIdSchema, proposalIdSchema } from '../ids/ids';
import { sectorSchema } from '../members/memberSchema';
import { calendarDateSchema } from '../sessions/sessionSchema';
import { PLAN_STATUSES, PROPOSAL_FIELDS } from './plan';

/*
 * The plan's zod schemas — its part of the shared state and of the hidden state (workshop/workshopSchema.ts and
 * workshop/hiddenStateSchema.ts assemble the whole) — apart from its types so that browser code that only reads a
 * workshop does not load zod.
 */

const isoDateTime = z.iso.datetime();
const count = z.number().int().min(0);

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

/** The plan's part of the workshop's stored state: the plan, its objectives, actions, proposals and agreed versions (DOC3). */
export const planStateParts = {
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
      responses: z.record(z.enum(['agree', 'concern']), groupCountsSchema),
      concerns: z.array(z.object({ sector: sectorSchema.nullable(), comment: z.string() })).default([]),
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
};

/** The room's answers when the plan is put to them, validated when read back from storage (DOC3). */
export const planHiddenParts = {
  planResponses: recordById(
    z.object({
      id: z.string(),
      round: z.number().int().min(1),
      memberId: memberIdSchema,
      sector: sectorSchema.nullable(),
      response: z.enum(['agree', 'concern']),
      comment: z.string(),
      at: isoDateTime,
    }),
  ),
};
