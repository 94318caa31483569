import {
  SURVEY_SCALE,
  SURVEY_SPLIT_SECTORS,
  type ScaleItemResult,
  type SurveyAnswer,
  type SurveyItem,
  type SurveyResults,
  type SurveySplitSector,
  type TextItemResult,
} from './survey';
import type { Sector } from '../members/sector';
import { largeEnoughToShow } from '../members/smallGroups';

/**
 * One participant's answers as the server stores them (SURV4): no member id and no time, and a sector only when it
 * is one the results are split by. Answers and texts are keyed by item id.
 */
export interface SurveyResponse {
  sector: SurveySplitSector | null;
  /** A scale item's answer, or null when it was left blank. */
  answers: Record<string, SurveyAnswer | null>;
  /** A text item's answer (trimmed, never empty). */
  texts: Record<string, string>;
}

/** The sector a response is counted under: council and third sector are split out, the others count only in totals. */
export function splitSectorOf(sector: Sector | null): SurveySplitSector | null {
  return sector && (SURVEY_SPLIT_SECTORS as readonly string[]).includes(sector) ? (sector as SurveySplitSector) : null;
}

/** A uniform number in [0, 1): Math.random in production, a seeded source in tests. */
export type RandomSource = () => number;

/** A new array in random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const HELPFUL_ANSWERS: readonly SurveyAnswer[] = ['helpful', 'very_helpful'];

interface Tally {
  counts: Record<SurveyAnswer, number>;
  skipped: number;
  helpfulShare: number | null;
}

function tally(itemId: string, responses: readonly SurveyResponse[]): Tally {
  const counts = Object.fromEntries(SURVEY_SCALE.map((a) => [a, 0])) as Record<SurveyAnswer, number>;
  let skipped = 0;
  for (const response of responses) {
    const answer = response.answers[itemId];
    if (answer && Object.hasOwn(counts, answer)) counts[answer] += 1;
    else skipped += 1;
  }
  const answered = responses.length - skipped;
  const helpful = HELPFUL_ANSWERS.reduce((sum, a) => sum + counts[a], 0);
  return { counts, skipped, helpfulShare: answered === 0 ? null : helpful / answered };
}

/**
 * [SURV6] Whether results may be split by sector: only when every split sector is large enough to show on its own
 * (SMALL1), so a small group's answers cannot be read off its column.
 */
export function sectorSplitShown(responses: readonly SurveyResponse[]): boolean {
  return SURVEY_SPLIT_SECTORS.every((sector) => largeEnoughToShow(responses.filter((r) => r.sector === sector).length));
}

export interface ResultsInput {
  /** Participants who could answer (the response rate's denominator). */
  eligibleCount: number;
  closedAt: string;
  /** Orders the free-text answers, so their order says nothing about who answered when. */
  random: RandomSource;
}

/**
 * [SURV5] The survey's results, like the tables in section 10 of the PIP report: for each scale item how many chose
 * each answer, how many left it blank, and "Helpful" or "Very helpful" as a share of those who answered it; split by
 * council and third sector only when each has enough responses (SURV6); each text item's answers in random order,
 * without names or sectors. Items are those of the survey, in its order; answers to items no longer in it are ignored.
 */
export function surveyResults(items: readonly SurveyItem[], responses: readonly SurveyResponse[], input: ResultsInput): SurveyResults {
  const split = sectorSplitShown(responses);
  const scale: ScaleItemResult[] = items
    .filter((item) => item.kind === 'scale')
    .map((item) => ({
      itemId: item.id,
      ...tally(item.id, responses),
      bySector: split
        ? (Object.fromEntries(SURVEY_SPLIT_SECTORS.map((sector) => [sector, tally(item.id, responses.filter((r) => r.sector === sector))])) as ScaleItemResult['bySector'])
        : null,
    }));
  const text: TextItemResult[] = items
    .filter((item) => item.kind === 'text')
    .map((item) => ({
      itemId: item.id,
      answers: shuffled(
        responses.map((r) => r.texts[item.id]?.trim() ?? '').filter((answer) => answer.length > 0),
        input.random,
      ),
    }));
  return { responseCount: responses.length, eligibleCount: input.eligibleCount, scale, text, closedAt: input.closedAt };
}
