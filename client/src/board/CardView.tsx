import type { Card } from '@roundtable/shared/board/board';
import type { MemberId } from '@roundtable/shared/ids/ids';
import type { HTMLAttributes, ReactNode } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { CardSectors } from './CardSectors';
import './board.css';

export interface CardViewProps {
  card: Card;
  /** Marks the card as mine, on my own screen only. */
  mine?: boolean;
  /** Controls under the card (edit, move, hide…). */
  children?: ReactNode;
  /** Extra attributes for the card's list item (drag and drop). */
  itemProps?: HTMLAttributes<HTMLLIElement> & { [name: `data-${string}`]: string | undefined };
}

/**
 * One card as everyone sees it: its text (or that it was hidden), the texts merged into it, the sectors it speaks
 * for, its author on named boards only, its dots once results are out, and whether it was agreed.
 */
export function CardView({ card, mine = false, children, itemProps }: CardViewProps) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const authors = card.authorIds?.map((id) => workshop.members[id as MemberId]?.name).filter((n): n is string => Boolean(n)) ?? [];
  return (
    <li className={card.hidden ? 'board-card board-card--hidden' : 'board-card'} data-testid="card" data-card-id={card.id} tabIndex={-1} {...itemProps}>
      {card.hidden ? <p className="board-card__hidden">{t.board.hidden}</p> : <p className="board-card__text">{card.text}</p>}
      {card.mergedTexts.length > 0 && (
        <div className="board-card__merged">
          <p className="board-card__label">{t.board.alsoSaid}</p>
          <ul>
            {card.mergedTexts.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="board-card__facts">
        <CardSectors sectors={card.sectors} />
        {authors.length > 0 && <span className="board-card__authors">{t.board.by(authors.join(', '))}</span>}
        {mine && <span className="tag">{t.board.yours}</span>}
        {card.votes && <span className="tag tag--dots">{t.board.dots(card.votes.total)}</span>}
        {card.agreed && <span className="tag tag--agreed">{card.agreedText ? t.board.agreedAs(card.agreedText) : t.board.agreed}</span>}
      </div>
      {children}
    </li>
  );
}
