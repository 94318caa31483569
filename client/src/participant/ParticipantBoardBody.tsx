import type { Card, Board } from '@roundtable/shared/board/board';
import { useId, useRef, type ReactNode } from 'react';
import { AddClusterForm } from '../board/AddClusterForm';
import { AgreedList } from '../board/AgreedList';
import { boardColumns } from '../board/boardColumns';
import { BoardView } from '../board/BoardView';
import { CardCounts } from '../board/CardCounts';
import { MyDrafts } from '../board/MyDrafts';
import { OwnCardActions } from '../board/OwnCardActions';
import { ResultsChart } from '../board/ResultsChart';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { AddCardForm } from './AddCardForm';
import { OwnCardMove } from './OwnCardMove';
import { VotePanel } from './VotePanel';
import './participant.css';

/** What a participant sees and does at each step of a board. */
export function ParticipantBoardBody({ board }: { board: Board }) {
  const t = useT();
  const { workshop, personal } = useLiveWorkshop();
  const mine = new Set<string>(personal.myCardIds);
  const wholeBoard = <BoardSection board={board} mine={mine} />;

  switch (board.phase) {
    case 'draft':
      return null;
    case 'contribute': {
      const canChange = !board.locked;
      return (
        <>
          <AddCardForm board={board} />
          {board.contributing === 'private' ? (
            <MyDrafts board={board} title={t.cards.mineHeading} />
          ) : (
            <BoardSection
              board={board}
              mine={mine}
              cardActions={(card, focusHeading) => mine.has(card.id) && <OwnCardActions card={card} canEdit={canChange} canDelete={canChange} onDeleted={focusHeading} />}
            />
          )}
          <CardCounts board={board} level={3} />
        </>
      );
    }
    case 'reveal':
      return wholeBoard;
    case 'group': {
      if (!board.participantsCanGroup || board.locked) return wholeBoard;
      const columns = boardColumns(workshop, board.id);
      return (
        <>
          <AddClusterForm board={board} />
          <BoardSection board={board} mine={mine} cardActions={(card) => mine.has(card.id) && <OwnCardMove card={card} columns={columns} />} />
        </>
      );
    }
    case 'vote':
      return <VotePanel board={board} />;
    case 'results':
      return (
        <>
          <ResultsChart board={board} level={3} />
          {wholeBoard}
        </>
      );
    case 'agree':
    case 'closed':
      return (
        <>
          <AgreedList board={board} level={3} />
          <ResultsChart board={board} level={3} />
        </>
      );
  }
}

interface BoardSectionProps {
  board: Board;
  mine: ReadonlySet<string>;
  /** `focusHeading` sends focus to this section's heading (after a card leaves, say). */
  cardActions?: (card: Card, focusHeading: () => void) => ReactNode;
}

/** The board's cards under their own heading, my cards marked. */
function BoardSection({ board, mine, cardActions }: BoardSectionProps) {
  const t = useT();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => heading.current?.focus();
  return (
    <section className="live-board__cards" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t.board.boardHeading}
      </h3>
      <BoardView board={board} mine={mine} cardActions={cardActions && ((card) => cardActions(card, focusHeading))} />
    </section>
  );
}
