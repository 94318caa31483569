import { useId } from 'react';

export interface NumberFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  max: number;
  min?: number;
  error?: string;
}

/** A labelled whole-number field with its limits; the server's message for it, if any, is read with it. */
export function NumberField({ label, value, onChange, max, min = 1, error }: NumberFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--invalid field--number' : 'field field--number'}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
