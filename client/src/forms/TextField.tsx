import { useId, type InputHTMLAttributes } from 'react';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement>, 'onChange' | 'value' | 'id'>;

export interface TextFieldProps extends NativeProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  /** The server's (or our) message for this field; marks it invalid and is read with it. */
  error?: string;
  multiline?: boolean;
}

/** A labelled input or textarea whose hint and error are tied to it by aria-describedby. */
export function TextField({ label, value, onChange, hint, error, multiline = false, className, ...native }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    ...native,
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {multiline ? (
        <textarea {...shared} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" {...shared} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
