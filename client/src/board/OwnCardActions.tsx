import type { Card } from '@roundtable/shared/board/board';
import { useState } from 'react';
import { ConfirmButton } from '../forms/ConfirmButton';
import { useFocusReturn } from '../forms/useFocusReturn';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { shortText } from './boardColumns';
import { CardEditForm } from './CardEditForm';
import './board.css';

export interface OwnCardActionsProps {
  card: Card;
  canEdit: boolean;
  canDelete: boolean;
  /** Where focus goes once the card is deleted (it leaves with the card otherwise). */
  onDeleted?(): void;
}

/** Edit and delete for a card I wrote (CARD3, CARD4); what the step allows is decided by the caller. */
export function OwnCardActions({ card, canEdit, canDelete, onDeleted }: OwnCardActionsProps) {
  const t = useT();
  const { submit } = useLiveWorkshop();
  const [editing, setEditing] = useState(false);
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  if (card.hidden || (!canEdit && !canDelete)) return null;
  if (editing) return <CardEditForm card={card} onDone={() => setEditing(false)} />;
  const label = shortText(card.text);
  return (
    <div className="button-row board-card__actions">
      {canEdit && (
        <button ref={editButton} type="button" className="button button--small" aria-label={t.cards.edit(label)} onClick={() => setEditing(true)}>
          {t.edit}
        </button>
      )}
      {canDelete && (
        <ConfirmButton
          label={t.cards.deleteShort}
          accessibleLabel={t.cards.delete(label)}
          question={t.cards.deleteConfirm}
          confirmLabel={t.cards.deleteYes}
          onConfirm={() => {
            void submit('card:delete', { cardId: card.id });
            onDeleted?.();
          }}
          danger
        />
      )}
    </div>
  );
}
