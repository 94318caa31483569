import { z } from 'zod';
import { memberIdSchema, recordById, sessionIdSchema } from '../ids/ids';
import { HEALTH_CHECK_STATUSES, HEALTH_RATINGS, HEALTH_ROUNDS, HEALTH_SPLIT_SECTORS, type HealthCheckId, type HealthRating, type HealthSplitSector } from './healthCheck';
import { SUCCESS_FACTORS, type SuccessFactorId } from './successFactors';

/*
 * The health check's zod schemas — its part of the shared state and of the hidden state (workshop/workshopSchema.ts
 * and workshop/hiddenStateSchema.ts assemble the whole) — apart from its types so that browser code that only reads
 * a workshop does not load zod. Both parts read back as empty from a doc written before the health check existed.
 */

const count = z.number().int().min(0);
const tally = z.object({
  counts: z.object(Object.fromEntries(HEALTH_RATINGS.map((r) => [r, count])) as Record<HealthRating, typeof count>),
  dontKnow: count,
  skipped: count,
  median: z.number().min(1).max(5).nullable(),
});
const factorIds = SUCCESS_FACTORS.map((f) => f.id) as [SuccessFactorId, ...SuccessFactorId[]];

const healthCheckSchema = z.object({
  id: z.string().transform((s) => s as HealthCheckId),
  sessionId: sessionIdSchema,
  round: z.literal(HEALTH_ROUNDS),
  status: z.enum(HEALTH_CHECK_STATUSES),
  responseCount: count,
  openedAt: z.iso.datetime().nullable(),
  results: z
    .object({
      responseCount: count,
      eligibleCount: count,
      factors: z.array(
        tally.extend({
          factorId: z.enum(factorIds),
          bySector: z.object(Object.fromEntries(HEALTH_SPLIT_SECTORS.map((s) => [s, tally])) as Record<HealthSplitSector, typeof tally>).nullable(),
        }),
      ),
      comments: z.array(z.string()),
      closedAt: z.iso.datetime(),
    })
    .nullable(),
});

export const healthCheckStateParts = {
  healthChecks: recordById(healthCheckSchema).default({}),
};

/** Who has answered which round, validated when read back from storage (DOC3). */
export const healthCheckHiddenParts = {
  healthCheckRespondents: recordById(z.object({ healthCheckId: z.string(), memberId: memberIdSchema })).default({}),
};
