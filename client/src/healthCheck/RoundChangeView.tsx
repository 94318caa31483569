import type { FactorChange } from '@roundtable/shared/healthCheck/healthCheckResults';
import { successFactor } from '@roundtable/shared/healthCheck/successFactors';
import { useId } from 'react';
import { useT } from '../i18n/t';

/**
 * [HEALTH9] Each factor's middle rating in round one beside round two, as two bars on the 1-5 scale (for the eye) with
 * both figures and the change written out, so nothing is told by length or colour alone.
 */
export function RoundChangeView({ changes }: { changes: readonly FactorChange[] }) {
  const t = useT();
  const headingId = useId();
  const median = (m: number | null) => (m === null ? t.healthCheck.noRatingShort : t.healthCheck.median(m));
  const change = (c: number | null) => (c === null ? t.healthCheck.changeUnknown : c > 0 ? t.healthCheck.changeUp(c) : c < 0 ? t.healthCheck.changeDown(-c) : t.healthCheck.changeSame);
  return (
    <section className="health-change" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.healthCheck.changeHeading}</h3>
      <p>{t.healthCheck.changeIntro}</p>
      <ol className="health-change__factors">
        {changes.map((c) => {
          const factor = successFactor(c.factorId);
          return (
            <li key={c.factorId} className="health-change__factor">
              <h4 className="health-result__title">
                {factor ? t.healthCheck.factorLegend(factor.number, factor.title) : c.factorId}: <span className="health-change__delta">{change(c.change)}</span>
              </h4>
              <div className="health-change__bars" aria-hidden="true">
                {[c.roundOne, c.roundTwo].map((m, i) => (
                  <div key={i} className="health-change__bar-row">
                    <span className="health-change__bar-label">{t.healthCheck.roundShort(i + 1)}</span>
                    {m !== null && <span className={`health-change__bar health-change__bar--round${i + 1}`} style={{ width: `${(m / 5) * 100}%` }} />}
                  </div>
                ))}
              </div>
              <p className="health-result__counts">{t.healthCheck.changeRow(median(c.roundOne), median(c.roundTwo))}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
