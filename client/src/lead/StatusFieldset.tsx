import { PROGRESS_STATUSES, type ProgressStatus } from '@roundtable/shared/review/progress';
import { useId } from 'react';
import { useT } from '../i18n/t';
import { statusPresentation } from '../review/statusPresentation';
import '../review/review.css';
import './lead.css';

/**
 * The five statuses as a radio group: each with its shape and colour, its words, and what it means. The whole row is
 * the tap target; each radio is named by its status's words alone and described by the meaning.
 */
export function StatusFieldset({ value, onChange, error }: { value: ProgressStatus | null; onChange(status: ProgressStatus): void; error?: string }) {
  const t = useT();
  const r = t.review;
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className={error ? 'field field--invalid' : 'field'} aria-describedby={error ? errorId : undefined}>
      <legend>{r.leadPage.statusLegend}</legend>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <div className="radio-list">
        {PROGRESS_STATUSES.map((status) => {
          const { shape, className } = statusPresentation(status);
          return (
            <label key={status} className="radio lead-status">
              <input
                type="radio"
                name={name}
                value={status}
                checked={value === status}
                aria-invalid={error ? true : undefined}
                aria-labelledby={`${name}-${status}-label`}
                aria-describedby={`${name}-${status}-hint`}
                onChange={() => onChange(status)}
              />
              <span className="lead-status__text">
                <span className={className}>
                  <span className="status-badge__shape" aria-hidden="true">
                    {shape}
                  </span>
                  <span id={`${name}-${status}-label`}>{r.status[status]}</span>
                </span>
                <span id={`${name}-${status}-hint`} className="lead-status__hint">
                  {r.statusHint[status]}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
