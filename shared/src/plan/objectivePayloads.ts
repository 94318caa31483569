import { z } from 'zod';
import { text, command } from '../command/payload';
import { actionIdSchema, memberIdSchema, objectiveIdSchema } from '../ids/ids';
import { ORGANISATION_MAX_CHARS, PERSON_NAME_MAX_CHARS } from '../members/memberLimits';
import { sectorSchema } from '../members/memberSchema';
import { LEAD_SLOTS } from './plan';
import { ACTION_NOTES_MAX_CHARS, ACTION_TEXT_MAX_CHARS, LEAD_EXCEPTION_MAX_CHARS, OBJECTIVE_TEXT_MAX_CHARS } from './planLimits';
import { timescaleSchema } from './planSchema';

/* The payload schemas of the plan's objectives' and actions' commands. */

/** An action's lead: a participant in the workshop, or a person named with their organisation and sector. */
const leadSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), memberId: memberIdSchema }),
  z.strictObject({
    kind: z.literal('named'),
    name: text(PERSON_NAME_MAX_CHARS, "The lead's name"),
    organisation: text(ORGANISATION_MAX_CHARS, "The lead's organisation"),
    sector: sectorSchema,
  }),
]);


export const OBJECTIVE_PAYLOADS = {
  'objective:add': command({ text: text(OBJECTIVE_TEXT_MAX_CHARS, 'The objective') }),
  /** Adds every agreed item of the objectives boards not already in the plan. */
  'objective:importAgreed': command({}),
  'objective:update': command({ objectiveId: objectiveIdSchema, text: text(OBJECTIVE_TEXT_MAX_CHARS, 'The objective'), baseText: z.string().max(OBJECTIVE_TEXT_MAX_CHARS) }),
  'objective:move': command({ objectiveId: objectiveIdSchema, toIndex: z.number().int().min(0).max(1_000) }),
  'objective:remove': command({ objectiveId: objectiveIdSchema }),
  'action:add': command({ objectiveId: objectiveIdSchema, text: text(ACTION_TEXT_MAX_CHARS, 'The action') }),
  /** Text and notes carry the text the editor started from (PLAN6). */
  'action:update': command({
    actionId: actionIdSchema,
    text: text(ACTION_TEXT_MAX_CHARS, 'The action').optional(),
    baseText: z.string().max(ACTION_TEXT_MAX_CHARS).optional(),
    notes: text(ACTION_NOTES_MAX_CHARS, 'The notes', 0).optional(),
    baseNotes: z.string().max(ACTION_NOTES_MAX_CHARS).optional(),
    timescale: timescaleSchema.nullable().optional(),
    leadException: text(LEAD_EXCEPTION_MAX_CHARS, 'The reason').nullable().optional(),
    objectiveId: objectiveIdSchema.optional(),
  }),
  'action:setLead': command({ actionId: actionIdSchema, slot: z.enum(LEAD_SLOTS), lead: leadSchema.nullable() }),
  'action:move': command({ actionId: actionIdSchema, toIndex: z.number().int().min(0).max(1_000) }),
  'action:remove': command({ actionId: actionIdSchema }),
} as const;
