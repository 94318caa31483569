import type { Card } from '@roundtable/shared/board/board';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { CardTextField } from './CardTextField';

/** Changes a card's text; closes once the server accepted it, and keeps the text if it did not. */
export function CardEditForm({ card, onDone }: { card: Card; onDone(): void }) {
  const t = useT();
  const [text, setText] = useState(card.text);
  const [empty, setEmpty] = useState(false);
  const { run, saving, fieldErrors } = useCommandForm();

  function onChange(value: string) {
    setText(value);
    setEmpty(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setEmpty(true);
    if (text === card.text) return onDone();
    const ack = await run('card:edit', { cardId: card.id, text });
    if (ack.ok) onDone();
  }

  return (
    <form className="form card-edit" noValidate onSubmit={onSubmit} aria-label={t.cards.edit(card.text)}>
      <CardTextField label={t.cards.editField} value={text} onChange={onChange} error={empty ? t.cards.empty : fieldErrors.text} autoFocus />
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" aria-busy={saving}>
          {t.cards.saveCard}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
