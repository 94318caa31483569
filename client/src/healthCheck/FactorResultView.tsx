import { HEALTH_SPLIT_SECTORS, type FactorResult } from '@roundtable/shared/healthCheck/healthCheck';
import { SMALL_GROUP_MIN } from '@roundtable/shared/members/smallGroups';
import { successFactor } from '@roundtable/shared/healthCheck/successFactors';
import { useT } from '../i18n/t';
import { RATINGS_STRONGEST_FIRST, RatingBar } from './RatingBar';

/**
 * [HEALTH5] [HEALTH6] One factor's results: its middle rating in words and figures, a bar of how people rated it (for
 * the eye), every count written out, "Don't know" apart, and council beside third sector or why not.
 */
export function FactorResultView({ result }: { result: FactorResult }) {
  const t = useT();
  const factor = successFactor(result.factorId);
  if (!factor) return null;
  const median = (m: number | null) => (m === null ? t.healthCheck.sectorNoRatings : t.healthCheck.median(m));
  return (
    <li className="health-result">
      <h5 className="health-result__title">{t.healthCheck.factorLegend(factor.number, factor.title)}</h5>
      <p className="health-result__median">
        {t.healthCheck.medianLabel}: <strong>{result.median === null ? t.healthCheck.noRatings : t.healthCheck.median(result.median)}</strong>
      </p>
      <div aria-hidden="true">
        <RatingBar counts={result.counts} />
      </div>
      <p className="health-result__counts">
        {RATINGS_STRONGEST_FIRST.map((r) => `${t.healthCheck.answers[r]} ${result.counts[r]}`).join(' · ')} · {t.healthCheck.dontKnowCount(result.dontKnow)} · {t.healthCheck.skippedCount(result.skipped)}
      </p>
      {result.bySector ? (
        <ul className="health-result__sectors">
          {HEALTH_SPLIT_SECTORS.map((sector) => (
            <li key={sector}>{t.healthCheck.bySector(t.healthCheck.sectors[sector], median(result.bySector![sector].median))}</li>
          ))}
        </ul>
      ) : (
        <p className="health-result__note">{t.healthCheck.notBySector(SMALL_GROUP_MIN)}</p>
      )}
    </li>
  );
}
