import { useId } from 'react';
import { useT } from '../i18n/t';
import { SectorBadge } from '../people/SectorBadge';
import { SECTORS, type Sector } from '@roundtable/shared/members/sector';

export interface SectorFieldsetProps {
  value: Sector | null;
  onChange(sector: Sector): void;
  error?: string;
  required?: boolean;
}

/** The four sectors as a radio group, each named by its full label. */
export function SectorFieldset({ value, onChange, error, required = false }: SectorFieldsetProps) {
  const t = useT();
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className={error ? 'field field--invalid' : 'field'} aria-describedby={error ? errorId : undefined}>
      <legend>{t.home.sector}</legend>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <div className="radio-list">
        {SECTORS.map((sector) => (
          <label key={sector} className="radio">
            <input
              type="radio"
              name={name}
              value={sector}
              checked={value === sector}
              required={required}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(sector)}
            />
            <SectorBadge sector={sector} decorative />
            <span>{t.sectors[sector]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
