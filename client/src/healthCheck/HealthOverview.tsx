import type { HealthCheckResults, HealthRound } from '@roundtable/shared/healthCheck/healthCheck';
import { successFactor } from '@roundtable/shared/healthCheck/successFactors';
import { useId } from 'react';
import { useT } from '../i18n/t';

/**
 * [HEALTH5] The round at a glance: one row per factor, its middle rating written out and drawn as a bar on the 1-5
 * scale (the bar for the eye only; the words and figures carry it for everyone, and the table is read as a table).
 */
export function HealthOverview({ round, results }: { round: HealthRound; results: HealthCheckResults }) {
  const t = useT();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="health-overview">
        <caption id={captionId}>{t.healthCheck.overviewCaption(round)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.healthCheck.factorColumn}</th>
            <th scope="col">{t.healthCheck.medianLabel}</th>
          </tr>
        </thead>
        <tbody>
          {results.factors.map((f) => {
            const factor = successFactor(f.factorId);
            return (
              <tr key={f.factorId}>
                <th scope="row">{factor ? t.healthCheck.factorLegend(factor.number, factor.title) : f.factorId}</th>
                <td>
                  <span className="health-overview__scale" aria-hidden="true">
                    {f.median !== null && <span className="health-overview__bar" style={{ width: `${(f.median / 5) * 100}%` }} />}
                  </span>
                  <span className="health-overview__words">{f.median === null ? t.healthCheck.noRatingShort : t.healthCheck.median(f.median)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
