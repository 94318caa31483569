import { useId, useRef } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { CardView } from './CardView';
import { OwnCardActions } from './OwnCardActions';
import type { Board } from '@roundtable/shared/board/board';
import './board.css';

/**
 * [CARD2] My private drafts on a board (private contributing, before reveal): only I can see them, and I can change
 * or delete them until reveal. Open boards need no such list: my cards are on the board, marked as mine.
 */
export function MyDrafts({ board, title, level = 3 }: { board: Board; title: string; level?: 3 | 4 | 5 }) {
  const t = useT();
  const { personal } = useLiveWorkshop();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = `h${level}` as const;
  const drafts = personal.drafts.filter((d) => d.boardId === board.id);
  const canChange = board.phase === 'contribute' && !board.locked;
  return (
    <section className="my-cards" aria-labelledby={headingId}>
      <Heading id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <p className="my-cards__note">{t.cards.privateNote}</p>
      {drafts.length === 0 ? (
        <p>{t.cards.none}</p>
      ) : (
        <ol className="board-column__cards">
          {drafts.map((card) => (
            <CardView key={card.id} card={card}>
              <OwnCardActions card={card} canEdit={canChange} canDelete={canChange} onDeleted={() => heading.current?.focus()} />
            </CardView>
          ))}
        </ol>
      )}
    </section>
  );
}
