import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/t';

export interface ConfirmButtonProps {
  /** The button's visible text. */
  label: string;
  /** A fuller accessible name that starts with `label` (e.g. "Remove Sam"), where the context shows what it acts on. */
  accessibleLabel?: string;
  /** The question asked before acting. */
  question: string;
  /** The confirming button's text. */
  confirmLabel: string;
  onConfirm(): void;
  danger?: boolean;
}

/**
 * A button that asks first, in the page rather than in a browser dialog, so it works the same by keyboard,
 * touch and screen reader. Focus moves to the confirming button, and back when cancelled.
 */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, onConfirm, danger = false }: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={danger ? 'button button--danger' : 'button'}
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p className="confirm__question">{question}</p>
      <div className="button-row">
        <button
          ref={confirmRef}
          type="button"
          className={danger ? 'button button--danger' : 'button button--primary'}
          onClick={() => {
            wasAsking.current = false;
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
