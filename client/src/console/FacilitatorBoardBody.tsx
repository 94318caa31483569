import { dotsUnspent } from '@roundtable/shared/board/board';
import { AgreedList } from '../board/AgreedList';
import { BoardView } from '../board/BoardView';
import { CardCounts } from '../board/CardCounts';
import { MyDrafts } from '../board/MyDrafts';
import { ResultsChart } from '../board/ResultsChart';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { AgreePanel } from './AgreePanel';
import { GroupingBoard } from './GroupingBoard';
import { ModerationActions } from './ModerationActions';
import { ScribeForm } from './ScribeForm';
import type { Board } from '@roundtable/shared/board/board';
import '../board/board.css';
import './console.css';

/** The work of each step of a board, for a facilitator. */
export function FacilitatorBoardBody({ board }: { board: Board }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const moderated = (
    <BoardView
      board={board}
      level={5}
      cardActions={(card) => (
        <div className="button-row board-card__actions">
          <ModerationActions card={card} board={board} />
        </div>
      )}
    />
  );

  switch (board.phase) {
    case 'draft':
      return <p>{t.phaseHelp.draft}</p>;
    case 'contribute':
      return (
        <>
          <CardCounts board={board} />
          <ScribeForm board={board} />
          {board.contributing === 'private' ? <MyDrafts board={board} title={t.facilitate.scribedHeading} level={4} /> : moderated}
        </>
      );
    case 'reveal':
    case 'group':
      return (
        <>
          <CardCounts board={board} />
          <ScribeForm board={board} foldable />
          <GroupingBoard board={board} />
        </>
      );
    case 'vote':
      return (
        <>
          <p className="dots-unspent" aria-live="polite">
            {t.facilitate.dotsUnspent(dotsUnspent(workshop, board))} · {t.facilitate.dotsSpent(board.dotsSpent)}
          </p>
          {moderated}
        </>
      );
    case 'results':
      return (
        <>
          <ResultsChart board={board} />
          {moderated}
        </>
      );
    case 'agree':
      return (
        <>
          <AgreePanel board={board} />
          <ResultsChart board={board} />
        </>
      );
    case 'closed':
      return (
        <>
          <AgreedList board={board} />
          <ResultsChart board={board} />
        </>
      );
  }
}
