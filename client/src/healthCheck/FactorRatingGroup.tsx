import { HEALTH_ANSWERS, type HealthAnswer } from '@roundtable/shared/healthCheck/healthCheck';
import type { SuccessFactor } from '@roundtable/shared/healthCheck/successFactors';
import { useId } from 'react';
import { useT } from '../i18n/t';

/**
 * [HEALTH1] One factor: a radio group whose name is the factor and whose description is what it means in practice,
 * with the five ratings and "Don't know". Arrow keys move between the choices; nothing is chosen until the person does.
 */
export function FactorRatingGroup({ factor, answer, onChange }: { factor: SuccessFactor; answer: HealthAnswer | undefined; onChange(answer: HealthAnswer): void }) {
  const t = useT();
  const name = useId();
  const descriptionId = useId();
  return (
    <fieldset className="field health-factor" aria-describedby={descriptionId}>
      <legend className="health-factor__title">{t.healthCheck.factorLegend(factor.number, factor.title)}</legend>
      <p id={descriptionId} className="health-factor__description">
        {factor.description}
      </p>
      <div className="health-scale">
        {HEALTH_ANSWERS.map((a) => (
          <label key={a} className={a === 'dont_know' ? 'radio health-scale__choice health-scale__choice--dont-know' : 'radio health-scale__choice'}>
            <input type="radio" name={name} value={a} checked={answer === a} onChange={() => onChange(a)} />
            <span>{t.healthCheck.answers[a]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
