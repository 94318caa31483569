import { z } from 'zod';
import { SURVEY_SCALE, SURVEY_SPLIT_SECTORS } from './survey';
import type { SurveyResponse } from './surveyResults';

/** A stored survey response as read back from the database (a trust boundary, like the docs: DOC3). */
export const surveyResponseSchema: z.ZodType<SurveyResponse> = z.object({
  sector: z.enum(SURVEY_SPLIT_SECTORS).nullable(),
  answers: z.record(z.string(), z.enum(SURVEY_SCALE).nullable()),
  texts: z.record(z.string(), z.string()),
});
