import type { Card, Board } from '@roundtable/shared/board/board';
import { useState } from 'react';
import { shortText } from '../board/boardColumns';
import { CardEditForm } from '../board/CardEditForm';
import { useFocusReturn } from '../forms/useFocusReturn';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';

/** Phases in which a facilitator may correct any card's text (CARD3, CARD5). */
const CORRECTABLE = new Set<Board['phase']>(['contribute', 'reveal', 'group']);

/**
 * [MOD1] Hide a card from everyone (its author is told privately) or show it again; and, while cards are still
 * being written and grouped, correct its text.
 */
export function ModerationActions({ card, board }: { card: Card; board: Board }) {
  const t = useT();
  const { submit } = useLiveWorkshop();
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  if (board.phase === 'closed') return null;
  if (editing) return <CardEditForm card={card} onDone={() => setEditing(false)} />;
  const label = shortText(card.text);
  return (
    <>
      {!card.hidden && CORRECTABLE.has(board.phase) && (
        <button ref={editButton} type="button" className="button button--small" aria-label={t.facilitate.editCard(label)} onClick={() => setEditing(true)}>
          {t.edit}
        </button>
      )}
      <button
        type="button"
        className="button button--small"
        aria-label={card.hidden ? t.facilitate.show : t.facilitate.hide(label)}
        onClick={() => void submit('card:hide', { cardId: card.id, hidden: !card.hidden })}
      >
        {card.hidden ? t.facilitate.showShort : t.facilitate.hideShort}
      </button>
    </>
  );
}
