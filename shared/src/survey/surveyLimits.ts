/** The feedback survey's limits (SURV1, SURV3): text in characters after trimming. */
export const SURVEY_ITEMS_MAX = 30;
export const SURVEY_ITEM_TEXT_MAX_CHARS = 300;
export const SURVEY_TEXT_ANSWER_MAX_CHARS = 2_000;
