import type { SurveyAnswer } from '@roundtable/shared/survey/survey';
import type { AnswerShares } from './answerShares';
import { ANSWERS_MOST_HELPFUL_FIRST } from './resultGroups';

/** One part of an item's stacked bar. */
export interface BarPart {
  answer: SurveyAnswer;
  /** The exact share of those who answered (per cent, unrounded): the parts fill the bar exactly, end to end. */
  width: number;
  /** The share as the table, the CSV and the report print it: a whole percentage, rounded on its own. */
  label: number;
}

/**
 * [SURV5] The parts of a stacked bar, most helpful first: one for each answer somebody chose. Each is as wide as its
 * exact share, so the parts always add up to the whole bar (three equal thirds have no gap at the end, and shares
 * that round up to 101 % do not overflow it), while each is labelled with the rounded figure the table shows.
 */
export function barParts(counts: Readonly<Record<SurveyAnswer, number>>, shares: AnswerShares): BarPart[] {
  return ANSWERS_MOST_HELPFUL_FIRST.filter((answer) => counts[answer] > 0).map((answer) => ({
    answer,
    width: (100 * counts[answer]) / shares.answered,
    label: shares.percent[answer],
  }));
}
