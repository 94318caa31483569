import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { AddBoardForm } from './AddBoardForm';
import { BoardItem } from './BoardItem';
import { boardsOfSession } from '@roundtable/shared/board/board';
import { type Session } from '@roundtable/shared/sessions/session';
import './console.css';

/** A session's boards in agenda order, each editable and movable by buttons, then the form to add one. */
export function BoardList({ session }: { session: Session }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const boards = boardsOfSession(workshop, session.id);
  return (
    <div className="board-list">
      <h4>{t.boards.heading}</h4>
      {boards.length === 0 ? (
        <p>{t.boards.none}</p>
      ) : (
        <ol className="board-list__items" aria-label={t.boards.listLabel(session.number)}>
          {boards.map((board, index) => (
            <li key={board.id}>
              <BoardItem board={board} index={index} count={boards.length} />
            </li>
          ))}
        </ol>
      )}
      <AddBoardForm session={session} />
    </div>
  );
}
