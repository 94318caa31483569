import { z } from 'zod';
import { HEALTH_ANSWERS, HEALTH_SPLIT_SECTORS, type HealthAnswer, type HealthCheckId } from './healthCheck';
import type { HealthCheckResponse } from './healthCheckResults';

/** A stored health check answer as read back from the database (a trust boundary, like the docs: DOC3). */
export const healthCheckResponseSchema: z.ZodType<HealthCheckResponse> = z.object({
  healthCheckId: z.string().transform((s) => s as HealthCheckId),
  sector: z.enum(HEALTH_SPLIT_SECTORS).nullable(),
  answers: z.record(z.string(), z.enum(HEALTH_ANSWERS as [HealthAnswer, ...HealthAnswer[]]).nullable()),
  comment: z.string(),
});
