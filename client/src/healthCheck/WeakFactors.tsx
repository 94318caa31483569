import type { HealthCheckResults } from '@roundtable/shared/healthCheck/healthCheck';
import { weakFactors } from '@roundtable/shared/healthCheck/healthCheckResults';
import { successFactor } from '@roundtable/shared/healthCheck/successFactors';
import { useT } from '../i18n/t';
import { DraftObjectiveButton } from './DraftObjectiveButton';

/** [HEALTH8] A closed round's weak factors, weakest first, each with the one action that makes it a draft objective. */
export function WeakFactors({ results }: { results: HealthCheckResults }) {
  const t = useT();
  const weak = weakFactors(results);
  return (
    <div className="health-weak">
      <h4>{t.healthCheck.weakHeading}</h4>
      {weak.length === 0 ? (
        <p>{t.healthCheck.weakNone}</p>
      ) : (
        <>
          <p>{t.healthCheck.weakIntro}</p>
          <ul className="health-weak__list">
            {weak.map((f) => (
              <li key={f.factorId}>
                <span>
                  <strong>{successFactor(f.factorId)?.title}</strong>: {t.healthCheck.median(f.median!)}
                </span>
                <DraftObjectiveButton factorId={f.factorId} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
