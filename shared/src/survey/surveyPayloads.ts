import { z } from 'zod';
import { text, command } from '../command/payload';
import { safeIdText } from '../ids/ids';
import { SURVEY_SCALE, type SurveyItemId } from './survey';
import { SURVEY_ITEM_TEXT_MAX_CHARS, SURVEY_ITEMS_MAX, SURVEY_TEXT_ANSWER_MAX_CHARS } from './surveyLimits';

/* The payload schemas of the feedback survey's commands. */

/** A survey item's id as a record key (built-in items have readable ids such as `pip-trust`). */
const surveyItemIdKey = safeIdText;
const surveyItemIdSchema = surveyItemIdKey.transform((s) => s as SurveyItemId);
const atMostItems = (record: Record<string, unknown>) => Object.keys(record).length <= SURVEY_ITEMS_MAX;
const tooManyItems = `A survey has at most ${SURVEY_ITEMS_MAX} questions.`;

export const SURVEY_PAYLOADS = {
  /**
   * The survey's items as the facilitators want them, in order: an item with an `id` keeps it (its wording may
   * change), one without is new, and one left out is removed (SURV1).
   */
  'survey:configure': command({
    items: z
      .array(z.strictObject({ id: surveyItemIdSchema.optional(), kind: z.enum(['scale', 'text']), text: text(SURVEY_ITEM_TEXT_MAX_CHARS, 'A question') }))
      .min(1, 'The survey needs at least one question.')
      .max(SURVEY_ITEMS_MAX, `A survey can have at most ${SURVEY_ITEMS_MAX} questions.`),
  }),
  'survey:open': command({}),
  'survey:close': command({}),
  /** One participant's answers, once (SURV3): per scale item an answer on the scale or null (left blank); per text item a text. */
  'survey:answer': command({
    answers: z.record(surveyItemIdKey, z.enum(SURVEY_SCALE, { error: 'An answer must be one of the five on the scale, or left blank.' }).nullable()).refine(atMostItems, tooManyItems),
    texts: z.record(surveyItemIdKey, text(SURVEY_TEXT_ANSWER_MAX_CHARS, 'An answer', 0)).refine(atMostItems, tooManyItems),
  }),
} as const;
