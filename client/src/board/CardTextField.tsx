import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/t';
import { CARD_TEXT_MAX_CHARS } from '@roundtable/shared/board/boardLimits';
import './board.css';

export interface CardTextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  autoFocus?: boolean;
  max?: number;
}

/** Fewer characters left than this and the count is also spoken (after a pause in typing). */
const SPEAK_BELOW = 21;
const SPEAK_AFTER_MS = 1_000;

/**
 * A card's text: a textarea with a visible count of characters against the limit. Screen readers hear how many
 * are left once few are, when the person pauses, rather than on every keystroke.
 */
export function CardTextField({ label, value, onChange, error, autoFocus, max = CARD_TEXT_MAX_CHARS }: CardTextFieldProps) {
  const t = useT();
  const id = useId();
  const counterId = `${id}-count`;
  const errorId = `${id}-error`;
  const left = max - value.length;
  const [spoken, setSpoken] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setSpoken(left < SPEAK_BELOW ? t.cards.charsLeft(Math.max(0, left)) : ''), SPEAK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [left, t]);

  return (
    <div className={error ? 'field field--invalid card-text-field' : 'field card-text-field'}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <textarea
        id={id}
        rows={3}
        value={value}
        maxLength={max}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={[counterId, error ? errorId : null].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={counterId} className={left < SPEAK_BELOW ? 'card-text-field__count card-text-field__count--low' : 'card-text-field__count'}>
        {t.cards.count(value.length, max)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
