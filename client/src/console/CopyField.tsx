import { useId, useState } from 'react';
import { useT } from '../i18n/t';
import './CopyField.css';

/** A read-only value (a link) with a Copy button named by `copyLabel`; the result is announced. */
export function CopyField({ label, hint, value, copyLabel }: { label: string; hint: string; value: string; copyLabel: string }) {
  const t = useT();
  const id = useId();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <div className="copy-field__row">
        <input id={id} type="text" readOnly value={value} aria-describedby={`${id}-hint`} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => void copy()} aria-label={copyLabel}>
          {t.copy}
        </button>
      </div>
      <p role="status" className="copy-field__status">
        {result === 'copied' ? t.copied : result === 'failed' ? t.copyFailed : ''}
      </p>
    </div>
  );
}
