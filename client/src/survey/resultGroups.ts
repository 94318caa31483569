import { SURVEY_SPLIT_SECTORS, type ScaleItemResult, type SurveyAnswer } from '@roundtable/shared/survey/survey';
import type { Messages } from '../i18n/messages.en';
import { answerShares, type AnswerShares } from './answerShares';

/** One column of an item's table and one of its bars: everyone, or one sector. */
export interface ResultGroup {
  key: string;
  label: string;
  /** The table column's heading: short, so three columns fit a phone. */
  column: string;
  counts: Record<SurveyAnswer, number>;
  skipped: number;
  shares: AnswerShares | null;
}

/** Everyone first, then council and third sector side by side when the results are split by sector. */
export function resultGroups(t: Messages, result: ScaleItemResult): ResultGroup[] {
  const all: ResultGroup = { key: 'all', label: t.survey.allResponses, column: t.survey.allColumn, counts: result.counts, skipped: result.skipped, shares: answerShares(result.counts) };
  if (!result.bySector) return [all];
  const { bySector } = result;
  return [all, ...SURVEY_SPLIT_SECTORS.map((sector) => ({ key: sector, label: t.survey.sectors[sector], column: t.survey.sectors[sector], counts: bySector[sector].counts, skipped: bySector[sector].skipped, shares: answerShares(bySector[sector].counts) }))];
}

/** Answers from most to least helpful: the order of the bars' parts and of the table's rows. */
export const ANSWERS_MOST_HELPFUL_FIRST: readonly SurveyAnswer[] = ['very_helpful', 'helpful', 'neither', 'partially_helpful', 'not_helpful'];
