import type { HealthCheckResults, HealthRound } from '@roundtable/shared/healthCheck/healthCheck';
import { sectorDifferences } from '@roundtable/shared/healthCheck/healthCheckResults';
import { successFactor } from '@roundtable/shared/healthCheck/successFactors';
import { SMALL_GROUP_MIN } from '@roundtable/shared/members/smallGroups';
import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/t';
import { FactorResultView } from './FactorResultView';
import { HealthOverview } from './HealthOverview';
import { RatingLegend } from './RatingBar';

/**
 * [HEALTH5] A closed round's results, for everyone: how many answered, each factor's middle rating and how people
 * rated it, [HEALTH7] where council and third sector differ most, and the comments without names. `children` (a
 * facilitator's actions) come after the overview.
 */
export function HealthCheckResultsView({ round, results, children }: { round: HealthRound; results: HealthCheckResults; children?: ReactNode }) {
  const t = useT();
  const headingId = useId();
  const differences = sectorDifferences(results);
  const median = (m: number) => t.healthCheck.median(m);
  return (
    <section className="health-results" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.healthCheck.resultsHeading(round)}</h3>
      <p>{t.healthCheck.responses(results.responseCount, results.eligibleCount)}</p>
      <HealthOverview round={round} results={results} />
      {children}
      <h4>{t.healthCheck.differencesHeading}</h4>
      {differences.length === 0 ? (
        <p className="health-result__note">{t.healthCheck.differencesNone(SMALL_GROUP_MIN)}</p>
      ) : (
        <ul className="health-differences">
          {differences.map((d) => (
            <li key={d.factorId}>
              <strong>{successFactor(d.factorId)?.title}</strong>: {t.healthCheck.difference(median(d.council), median(d.thirdSector))}
            </li>
          ))}
        </ul>
      )}
      <h4>{t.healthCheck.factorsHeading}</h4>
      <RatingLegend />
      <ol className="health-results__factors">
        {results.factors.map((f) => (
          <FactorResultView key={f.factorId} result={f} />
        ))}
      </ol>
      <h4>{t.healthCheck.commentsHeading}</h4>
      {results.comments.length === 0 ? (
        <p>{t.healthCheck.noComments}</p>
      ) : (
        <ul className="health-comments">
          {results.comments.map((comment, i) => (
            <li key={i}>{comment}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
