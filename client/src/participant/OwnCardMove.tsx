import type { Card } from '@roundtable/shared/board/board';
import type { ClusterId } from '@roundtable/shared/ids/ids';
import { useId, useState, type FormEvent } from 'react';
import { shortText, type BoardColumn } from '../board/boardColumns';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';

const LOOSE = '';

/**
 * [GRP2] On boards that allow it, a participant moves their own card into a cluster (or out of one) at group. The
 * choice opens on request, so cluster names are not repeated inside every card.
 */
export function OwnCardMove({ card, columns }: { card: Card; columns: readonly BoardColumn[] }) {
  const t = useT();
  const id = useId();
  const { submit } = useLiveWorkshop();
  const options = columns.filter((c) => (c.cluster?.id ?? null) !== card.clusterId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  if (options.length === 0) return null;
  const value = options.some((c) => (c.cluster?.id ?? LOOSE) === chosen) ? (chosen ?? LOOSE) : (options[0]?.cluster?.id ?? LOOSE);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit('card:move', { cardId: card.id, clusterId: value === LOOSE ? null : (value as ClusterId) });
  }

  if (!open) {
    return (
      <button type="button" className="button button--small" aria-label={t.grouping.moveOwn(shortText(card.text))} onClick={() => setOpen(true)}>
        {t.grouping.moveOwnShort}
      </button>
    );
  }
  return (
    <form className="inline-choice" onSubmit={onSubmit}>
      <label htmlFor={id}>{t.grouping.moveTo(shortText(card.text))}</label>
      <select id={id} value={value} onChange={(e) => setChosen(e.target.value)}>
        {options.map((c) => (
          <option key={c.cluster?.id ?? LOOSE} value={c.cluster?.id ?? LOOSE}>
            {c.cluster?.name ?? t.board.loose}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small">
        {t.grouping.move}
      </button>
      <button type="button" className="button button--small" onClick={() => setOpen(false)}>
        {t.cancel}
      </button>
    </form>
  );
}
