import { z } from 'zod';
import { command, text } from '../command/payload';
import { safeIdText, sessionIdSchema } from '../ids/ids';
import { HEALTH_ANSWERS, HEALTH_ROUNDS, type HealthAnswer, type HealthCheckId } from './healthCheck';
import { HEALTH_COMMENT_MAX_CHARS } from './healthCheckLimits';
import { SUCCESS_FACTORS } from './successFactors';

/* The payload schemas of the health check's commands. */

const healthCheckIdSchema = safeIdText.transform((s) => s as HealthCheckId);

export const HEALTH_CHECK_PAYLOADS = {
  /** [HEALTH2] A round of the health check in a session: round one, or round two to compare with it. */
  'healthCheck:add': command({
    sessionId: sessionIdSchema,
    round: z.literal(HEALTH_ROUNDS, { error: 'A health check is round 1 or round 2.' }),
  }),
  'healthCheck:remove': command({ healthCheckId: healthCheckIdSchema }),
  'healthCheck:open': command({ healthCheckId: healthCheckIdSchema }),
  'healthCheck:close': command({ healthCheckId: healthCheckIdSchema }),
  /** [HEALTH3] One participant's answers to one round, once: per factor a rating, "Don't know", or null (left blank); an optional comment. */
  'healthCheck:rate': command({
    healthCheckId: healthCheckIdSchema,
    answers: z
      .record(safeIdText, z.enum(HEALTH_ANSWERS as [HealthAnswer, ...HealthAnswer[]], { error: 'A rating must be one of the five on the scale, or "Don\'t know", or left blank.' }).nullable())
      .refine((answers) => Object.keys(answers).length <= SUCCESS_FACTORS.length, `There are ${SUCCESS_FACTORS.length} factors to rate.`),
    comment: text(HEALTH_COMMENT_MAX_CHARS, 'A comment', 0),
  }),
} as const;
