import { z } from 'zod';
import { text, command } from '../command/payload';
import { actionIdSchema, objectiveIdSchema, proposalIdSchema } from '../ids/ids';
import { calendarDateSchema } from '../sessions/sessionSchema';
import { PROPOSAL_FIELDS } from './plan';
import { PRINCIPLE_MAX_CHARS, PRINCIPLES_MAX, PROPOSAL_TEXT_MAX_CHARS, VISION_MAX_CHARS } from './planLimits';

/* The payload schemas of the action plan's commands, but for its objectives and actions (objectivePayloads.ts). */

export const PLAN_PAYLOADS = {
  /** `baseVision` is the vision the editor started from (PLAN6). */
  'plan:update': command({
    vision: text(VISION_MAX_CHARS, 'The vision', 0).optional(),
    baseVision: z.string().max(VISION_MAX_CHARS).optional(),
    principles: z.array(text(PRINCIPLE_MAX_CHARS, 'A principle')).max(PRINCIPLES_MAX, `At most ${PRINCIPLES_MAX} principles.`).optional(),
    reviewDate: calendarDateSchema.nullable().optional(),
  }),
  'proposal:add': command({
    kind: z.enum(['wording', 'comment']),
    targetKind: z.enum(['objective', 'action']),
    targetId: z.union([objectiveIdSchema, actionIdSchema]),
    field: z.enum(PROPOSAL_FIELDS).optional(),
    text: text(PROPOSAL_TEXT_MAX_CHARS, 'The text'),
  }),
  'proposal:decide': command({ proposalId: proposalIdSchema, accept: z.boolean() }),
  'plan:consult': command({}),
  /** `round` is the round the participant saw: an answer to a plan that has changed since is refused. */
  'plan:respond': command({
    round: z.number().int().min(1),
    response: z.enum(['agree', 'concern']),
    comment: text(PROPOSAL_TEXT_MAX_CHARS, 'The comment', 0).optional(),
  }),
  /** `version` is the number the sender means to agree, so the same version is never agreed twice. */
  'plan:agree': command({ version: z.number().int().min(1) }),
} as const;
