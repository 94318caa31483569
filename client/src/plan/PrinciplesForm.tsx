import { useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { principlesFromText, principlesToText } from './principleLines';

/** [PLAN1] The key principles, typed one per line. */
export function PrinciplesForm({ max, maxChars, onDone }: { max: number; maxChars: number; onDone(saved: boolean): void }) {
  const t = useT();
  const e = t.plan.editing;
  const { workshop } = useLiveWorkshop();
  const [text, setText] = useState(() => principlesToText(workshop.plan.principles));
  const [error, setError] = useState<string | undefined>();
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const principles = principlesFromText(text);
    if (principles.length > max) return setError(e.tooManyPrinciples(max));
    if (principles.some((p) => p.length > maxChars)) return setError(t.maxChars(maxChars));
    const ack = await run('plan:update', { principles });
    if (ack.ok) onDone(true);
  }

  const serverError = Object.entries(fieldErrors).find(([key]) => key.startsWith('principles'))?.[1];
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField
        label={e.principles}
        hint={e.principlesHint(max)}
        multiline
        autoFocus
        value={text}
        onChange={(v) => {
          setText(v);
          setError(undefined);
        }}
        error={error ?? serverError}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-busy={saving}>
          {e.savePrinciples}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
