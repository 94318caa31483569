import { z } from 'zod';
import { recordById, memberIdSchema } from '../ids/ids';
import { SURVEY_SCALE, SURVEY_SPLIT_SECTORS, SURVEY_STATUSES } from './survey';

/*
 * The survey's zod schemas — its part of the shared state and of the hidden state (workshop/workshopSchema.ts and
 * workshop/hiddenStateSchema.ts assemble the whole) — apart from its types so that browser code that only reads a
 * workshop does not load zod.
 */

const isoDateTime = z.iso.datetime();
const count = z.number().int().min(0);
const answerCounts = z.object(Object.fromEntries(SURVEY_SCALE.map((a) => [a, count])) as Record<(typeof SURVEY_SCALE)[number], typeof count>);
const scaleTally = z.object({ counts: answerCounts, skipped: count, helpfulShare: z.number().min(0).max(1).nullable() });

/** The survey as the workshop's stored state holds it: items, status, the count of responses and, once closed, the results (DOC3). */
export const surveyStateParts = {
  survey: z.object({
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
  }),
};

/** Who has answered, validated when read back from storage (DOC3). */
export const surveyHiddenParts = {
  // Absent in a hidden doc written before the survey existed.
  surveyRespondents: recordById(z.object({ memberId: memberIdSchema })).default({}),
};
