import { useId, useState, type FormEvent } from 'react';
import { CardTextField } from '../board/CardTextField';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { useCommandForm } from '../live/useCommandForm';
import { useKeptText } from './useKeptText';
import type { Board } from '@roundtable/shared/board/board';
import './participant.css';

/**
 * [CARD1] Adds a card to the board; my sector goes with it, never my name on an anonymous board. The text stays
 * until the server has the card, so nothing typed is lost to a dropped connection, a pause or a change of board.
 */
export function AddCardForm({ board }: { board: Board }) {
  const t = useT();
  const headingId = useId();
  const { workshop } = useLiveWorkshop();
  const [text, setText, clearIfStill] = useKeptText(`roundtable.cardDraft.${workshop.meta.id}.${board.id}`);
  const [empty, setEmpty] = useState(false);
  const [added, setAdded] = useState('');
  const { run, saving, fieldErrors } = useCommandForm();

  function onChange(value: string) {
    setText(value);
    setEmpty(false);
    setAdded('');
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving || board.locked) return;
    if (!text.trim()) return setEmpty(true);
    const sent = text;
    const ack = await run('card:add', { boardId: board.id, text: sent });
    if (ack.ok) {
      // My new card can show before this answer arrives; by then the next one may be half typed.
      clearIfStill(sent);
      setAdded(t.cards.added);
    }
  }

  return (
    <form className="form add-card" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{t.cards.addHeading}</h3>
      <CardTextField label={t.cards.yourCard} value={text} onChange={onChange} error={empty ? t.cards.empty : fieldErrors.text} />
      <button type="submit" className="button button--primary" aria-busy={saving} aria-disabled={board.locked}>
        {t.cards.add}
      </button>
      <p className="add-card__status" role="status">
        {added}
      </p>
    </form>
  );
}
