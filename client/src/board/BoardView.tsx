import type { Card, Board } from '@roundtable/shared/board/board';
import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { boardColumns, type BoardColumn } from './boardColumns';
import { CardView } from './CardView';
import './board.css';

/** `data-*` attributes a view adds to a column or card (for styling drag and drop). */
export type DataAttributes = { [name: `data-${string}`]: string | undefined };

export interface BoardViewProps {
  board: Board;
  /** Heading level of each column (under the board's own heading). */
  level?: 3 | 4 | 5;
  /** Card ids to mark as mine. */
  mine?: ReadonlySet<string>;
  cardActions?: (card: Card, column: BoardColumn) => ReactNode;
  columnActions?: (column: BoardColumn) => ReactNode;
  columnProps?: (column: BoardColumn) => HTMLAttributes<HTMLElement> & DataAttributes;
  cardProps?: (card: Card, column: BoardColumn) => HTMLAttributes<HTMLLIElement> & DataAttributes;
  /** Show the column of loose cards even when it is empty (a place to drop cards out of clusters). */
  keepEmptyLoose?: boolean;
}

/**
 * A board's cards in columns: one per cluster, in order, then the cards in no cluster. Columns sit side by side
 * on a wide screen and stack on a phone. Views add their own controls through the render props.
 */
export function BoardView({ board, level = 4, mine, cardActions, columnActions, columnProps, cardProps, keepEmptyLoose = false }: BoardViewProps) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const columns = boardColumns(workshop, board.id).filter((c) => c.cluster !== null || c.cards.length > 0 || keepEmptyLoose);
  if (columns.length === 0) return <p>{t.board.noCards}</p>;
  // Without clusters the loose cards are simply the board's cards.
  const looseHeading = keepEmptyLoose || columns.some((c) => c.cluster !== null) ? t.board.loose : t.board.allCards;
  return (
    <div className="board-columns" aria-label={t.board.columnsLabel(board.title)} role="group">
      {columns.map((column) => (
        <Column key={column.cluster?.id ?? 'loose'} column={column} level={level} looseHeading={looseHeading} {...{ mine, cardActions, columnActions, columnProps, cardProps }} />
      ))}
    </div>
  );
}

type ColumnProps = Pick<BoardViewProps, 'mine' | 'cardActions' | 'columnActions' | 'columnProps' | 'cardProps'> & {
  column: BoardColumn;
  level: 3 | 4 | 5;
  looseHeading: string;
};

function Column({ column, level, looseHeading, mine, cardActions, columnActions, columnProps, cardProps }: ColumnProps) {
  const t = useT();
  const headingId = useId();
  const Heading = `h${level}` as const;
  const { cluster, cards } = column;
  return (
    <section
      className={cluster ? 'board-column' : 'board-column board-column--loose'}
      // [A11Y1] A cluster's region is named as one, never the same as another region of the page (landmark-unique).
      aria-labelledby={cluster ? undefined : headingId}
      aria-label={cluster ? t.board.clusterRegion(cluster.name) : undefined}
      data-testid={cluster ? 'cluster' : undefined}
      {...columnProps?.(column)}
    >
      <Heading id={headingId} className="board-column__heading">
        {cluster ? cluster.name : looseHeading}
      </Heading>
      <p className="board-column__facts">
        <span>{t.board.clusterCards(cards.length)}</span>
        {cluster?.votes && <span className="tag tag--dots">{t.board.dots(cluster.votes.total)}</span>}
        {cluster?.agreed && <span className="tag tag--agreed">{cluster.agreedText ? t.board.agreedAs(cluster.agreedText) : t.board.agreed}</span>}
      </p>
      {columnActions?.(column)}
      <ol className="board-column__cards">
        {cards.map((card) => (
          <CardView key={card.id} card={card} mine={mine?.has(card.id)} itemProps={cardProps?.(card, column)}>
            {cardActions?.(card, column)}
          </CardView>
        ))}
      </ol>
    </section>
  );
}
