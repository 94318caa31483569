import { largeEnoughToShow } from '../members/smallGroups';
import type { Sector } from '../members/sector';
import { shuffled, type RandomSource } from '../survey/surveyResults';
import {
  HEALTH_RATINGS,
  HEALTH_SPLIT_SECTORS,
  ratingValue,
  type FactorResult,
  type FactorTally,
  type HealthAnswer,
  type HealthCheckId,
  type HealthCheckResults,
  type HealthRating,
  type HealthSplitSector,
} from './healthCheck';
import { SUCCESS_FACTORS, type SuccessFactorId } from './successFactors';

/**
 * One participant's answers to one round as the server stores them (HEALTH4): the round, no member id and no time,
 * and a sector only when it is one the results are split by. Answers are keyed by factor id; a factor left blank
 * is absent or null.
 */
export interface HealthCheckResponse {
  healthCheckId: HealthCheckId;
  sector: HealthSplitSector | null;
  answers: Record<string, HealthAnswer | null>;
  /** The optional comment (trimmed; empty when none). */
  comment: string;
}

/** The sector an answer is counted under: council and third sector are split out, the others count only in totals. */
export function healthSplitSectorOf(sector: Sector | null): HealthSplitSector | null {
  return sector && (HEALTH_SPLIT_SECTORS as readonly string[]).includes(sector) ? (sector as HealthSplitSector) : null;
}

/** The median of values on the scale (sorted or not): the middle one, or halfway between the two middle ones. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** [HEALTH5] One factor's answers from a group: each rating's count, "Don't know" apart, the blanks, and the median rating. */
export function tallyFactor(factorId: string, responses: readonly HealthCheckResponse[]): FactorTally {
  const counts = Object.fromEntries(HEALTH_RATINGS.map((r) => [r, 0])) as Record<HealthRating, number>;
  let dontKnow = 0;
  let skipped = 0;
  const values: number[] = [];
  for (const response of responses) {
    const answer = Object.hasOwn(response.answers, factorId) ? response.answers[factorId] : null;
    if (answer === 'dont_know') dontKnow += 1;
    else if (answer && Object.hasOwn(counts, answer)) {
      counts[answer] += 1;
      values.push(ratingValue(answer));
    } else skipped += 1;
  }
  return { counts, dontKnow, skipped, median: medianOf(values) };
}

/** How many of a tally gave a rating on the scale ("Don't know" and blanks are not ratings). */
export function ratedCount(tally: FactorTally): number {
  return HEALTH_RATINGS.reduce((sum, r) => sum + tally.counts[r], 0);
}

export interface HealthResultsInput {
  eligibleCount: number;
  closedAt: string;
  /** Orders the comments, so their order says nothing about who answered when. */
  random: RandomSource;
}

/**
 * [HEALTH5] A round's results, per factor in the source's order: the count of each rating, "Don't know" and blanks
 * apart, and the median rating; [HEALTH6] council beside third sector for a factor only when each sector has at
 * least the small-group minimum of people who rated it (SMALL1), otherwise that factor is not split. Comments come
 * without names or sectors, in a random order. Responses to another round are ignored.
 */
export function healthCheckResults(healthCheckId: HealthCheckId, responses: readonly HealthCheckResponse[], input: HealthResultsInput): HealthCheckResults {
  const mine = responses.filter((r) => r.healthCheckId === healthCheckId);
  const factors: FactorResult[] = SUCCESS_FACTORS.map((factor) => {
    const bySector = Object.fromEntries(HEALTH_SPLIT_SECTORS.map((s) => [s, tallyFactor(factor.id, mine.filter((r) => r.sector === s))])) as Record<HealthSplitSector, FactorTally>;
    const split = HEALTH_SPLIT_SECTORS.every((s) => largeEnoughToShow(ratedCount(bySector[s])));
    return { factorId: factor.id, ...tallyFactor(factor.id, mine), bySector: split ? bySector : null };
  });
  const comments = shuffled(
    mine.map((r) => r.comment.trim()).filter((c) => c.length > 0),
    input.random,
  );
  return { responseCount: mine.length, eligibleCount: input.eligibleCount, factors, comments, closedAt: input.closedAt };
}

export interface SectorDifference {
  factorId: SuccessFactorId;
  council: number;
  thirdSector: number;
  /** Third sector's median minus the council's: positive when the third sector rates the partnership higher. */
  gap: number;
}

/**
 * [HEALTH7] The factors where council and third sector see the partnership most differently: those split by sector
 * with a median on both sides that differs, largest difference first (the source's order between equals), at most
 * `limit`.
 */
export function sectorDifferences(results: HealthCheckResults, limit = 3): SectorDifference[] {
  const differences: SectorDifference[] = [];
  for (const factor of results.factors) {
    const council = factor.bySector?.local_authority.median ?? null;
    const thirdSector = factor.bySector?.third_sector.median ?? null;
    if (council === null || thirdSector === null || council === thirdSector) continue;
    differences.push({ factorId: factor.factorId, council, thirdSector, gap: thirdSector - council });
  }
  return differences.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap)).slice(0, limit);
}

/** A factor's median at or below this ("Partly" or lower) marks it as weak: a candidate for an improvement objective. */
export const WEAK_MEDIAN_MAX = 3;

/** [HEALTH8] The weak factors of a round, weakest first (the source's order between equals): rated, with a median of "Partly" or lower. */
export function weakFactors(results: HealthCheckResults): FactorResult[] {
  return results.factors.filter((f) => f.median !== null && f.median <= WEAK_MEDIAN_MAX).sort((a, b) => a.median! - b.median!);
}

export interface FactorChange {
  factorId: SuccessFactorId;
  roundOne: number | null;
  roundTwo: number | null;
  /** Round two's median minus round one's, or null when either round has no rating of the factor. */
  change: number | null;
}

/** [HEALTH9] The change per factor from round one to round two, in the source's order: each round's median and the difference. */
export function roundChanges(roundOne: HealthCheckResults, roundTwo: HealthCheckResults): FactorChange[] {
  const medianIn = (results: HealthCheckResults, id: SuccessFactorId) => results.factors.find((f) => f.factorId === id)?.median ?? null;
  return SUCCESS_FACTORS.map((factor) => {
    const [before, after] = [medianIn(roundOne, factor.id), medianIn(roundTwo, factor.id)];
    return { factorId: factor.id, roundOne: before, roundTwo: after, change: before === null || after === null ? null : after - before };
  });
}
