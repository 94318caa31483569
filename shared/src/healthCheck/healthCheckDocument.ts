import type { WorkshopState } from '../workshop/workshop';
import { HEALTH_RATINGS, type FactorResult, type HealthRating, type HealthRound } from './healthCheck';
import { roundChanges, sectorDifferences } from './healthCheckResults';
import { closedRound } from './healthCheckRounds';
import { successFactor } from './successFactors';

/**
 * [HEALTH11] The health check as the documents print it: each closed round asked for, factor by factor, and the change
 * between the two once both have closed. Figures only (the server's wording turns them into sentences); no names, and
 * nothing of a round before it closes.
 */
export interface HealthCheckDocumentFactor {
  number: number;
  title: string;
  median: number | null;
  counts: Record<HealthRating, number>;
  dontKnow: number;
  skipped: number;
  /** Council's and third sector's medians, or null when the factor is not split (HEALTH6). */
  bySector: { council: number | null; thirdSector: number | null } | null;
}

export interface HealthCheckDocumentRound {
  round: HealthRound;
  responseCount: number;
  eligibleCount: number;
  closedAt: string;
  factors: HealthCheckDocumentFactor[];
  differences: { title: string; council: number; thirdSector: number }[];
  comments: string[];
}

export interface HealthCheckDocumentChange {
  number: number;
  title: string;
  roundOne: number | null;
  roundTwo: number | null;
  change: number | null;
}

export interface HealthCheckDocument {
  rounds: HealthCheckDocumentRound[];
  /** Null until both rounds have closed (or when round two is not asked for). */
  changes: HealthCheckDocumentChange[] | null;
}

function documentFactor(f: FactorResult): HealthCheckDocumentFactor {
  const factor = successFactor(f.factorId);
  const counts = Object.fromEntries(HEALTH_RATINGS.map((r) => [r, f.counts[r]])) as Record<HealthRating, number>;
  return {
    number: factor?.number ?? 0,
    title: factor?.title ?? f.factorId,
    median: f.median,
    counts,
    dontKnow: f.dontKnow,
    skipped: f.skipped,
    bySector: f.bySector ? { council: f.bySector.local_authority.median, thirdSector: f.bySector.third_sector.median } : null,
  };
}

/** The closed rounds among `rounds`, and their change when both are asked for and closed; null when none has closed. */
export function healthCheckDocument(state: Pick<WorkshopState, 'healthChecks'>, rounds: readonly HealthRound[]): HealthCheckDocument | null {
  const closed = rounds.flatMap((round) => {
    const results = closedRound(state, round);
    return results ? [{ round, results }] : [];
  });
  if (closed.length === 0) return null;
  const [one, two] = [closedRound(state, 1), closedRound(state, 2)];
  const changes =
    rounds.includes(1) && rounds.includes(2) && one && two
      ? roundChanges(one, two).map((c) => ({ number: successFactor(c.factorId)?.number ?? 0, title: successFactor(c.factorId)?.title ?? c.factorId, roundOne: c.roundOne, roundTwo: c.roundTwo, change: c.change }))
      : null;
  return {
    rounds: closed.map(({ round, results }) => ({
      round,
      responseCount: results.responseCount,
      eligibleCount: results.eligibleCount,
      closedAt: results.closedAt,
      factors: results.factors.map(documentFactor),
      differences: sectorDifferences(results).map((d) => ({ title: successFactor(d.factorId)?.title ?? d.factorId, council: d.council, thirdSector: d.thirdSector })),
      comments: results.comments,
    })),
    changes,
  };
}
