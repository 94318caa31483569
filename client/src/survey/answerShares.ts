import { SURVEY_SCALE, type SurveyAnswer } from '@roundtable/shared/survey/survey';

export interface AnswerShares {
  /** Those who chose an answer (skipping the item does not count). */
  answered: number;
  /** Each answer's whole percentage of `answered`. */
  percent: Record<SurveyAnswer, number>;
  /** "Helpful" or "Very helpful", as a whole percentage of `answered`: the report's bold figure. */
  helpfulPercent: number;
}

/** A count as a whole percentage of those who answered, rounded as the CSV and the review report round a share. */
export function wholePercent(count: number, answered: number): number {
  return Math.round((count / answered) * 100);
}

/**
 * [SURV5] An item's answers as the report prints them: each answer, and "Helpful or very helpful" together, as a
 * whole percentage of those who answered, each rounded to the nearest on its own — exactly the figures of the
 * survey CSV and the review report, so the screen and the files never disagree, and equal counts always show equal
 * shares. Being rounded one by one, a column's figures may add up to a point or two either side of 100 (the results say so). Null when
 * nobody answered the item.
 */
export function answerShares(counts: Readonly<Record<SurveyAnswer, number>>): AnswerShares | null {
  const answered = SURVEY_SCALE.reduce((sum, answer) => sum + counts[answer], 0);
  if (answered === 0) return null;
  const percent = Object.fromEntries(SURVEY_SCALE.map((answer) => [answer, wholePercent(counts[answer], answered)])) as Record<SurveyAnswer, number>;
  return { answered, percent, helpfulPercent: wholePercent(counts.helpful + counts.very_helpful, answered) };
}
