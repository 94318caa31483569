import type { BoardId, SessionId } from '@roundtable/shared/ids/ids';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { BoardControl } from './BoardControl';
import { UndoButton } from './UndoButton';
import { boardsOfSession, focusedBoard, type Board } from '@roundtable/shared/board/board';
import './console.css';

/** The board to open first: the one everyone is on, else the first under way, else the first. */
function firstToOpen(boards: readonly Board[], focusBoardId: BoardId | null): BoardId | null {
  const focused = boards.find((b) => b.id === focusBoardId);
  const underway = boards.find((b) => b.phase !== 'draft' && b.phase !== 'closed');
  return (focused ?? underway ?? boards[0])?.id ?? null;
}

/** Running the current session's boards: one board open at a time, so the console stays readable. */
export function LiveBoards() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const sessionId = workshop.meta.currentSessionId;
  const session = sessionId ? workshop.sessions[sessionId as SessionId] : undefined;
  const boards = session ? boardsOfSession(workshop, session.id) : [];
  const [openId, setOpenId] = useState<BoardId | null>(() => firstToOpen(boards, focusedBoard(workshop)?.id ?? null));

  return (
    <section className="card live-boards" aria-labelledby="live-boards-heading">
      <div className="live-boards__top">
        <h2 id="live-boards-heading">{session ? t.facilitate.heading(session.number) : t.boards.heading}</h2>
        <UndoButton />
      </div>
      {!session ? (
        <p>{t.facilitate.noSession}</p>
      ) : boards.length === 0 ? (
        <p>{t.facilitate.noBoards}</p>
      ) : (
        <ol className="live-boards__list" aria-label={t.facilitate.boardsLabel}>
          {boards.map((board) => (
            <li key={board.id}>
              <LiveBoardItem board={board} open={openId === board.id} onToggle={() => setOpenId((id) => (id === board.id ? null : board.id))} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function LiveBoardItem({ board, open, onToggle }: { board: Board; open: boolean; onToggle(): void }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const bodyId = useId();
  const focused = focusedBoard(workshop)?.id === board.id;
  return (
    <article className={open ? 'live-board-item live-board-item--open' : 'live-board-item'}>
      <h3 className="live-board-item__heading">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span className="disclosure__icon" aria-hidden="true" />
          <span>{board.title}</span>
          <span className="tag tag--phase">{t.phases[board.phase]}</span>
          {board.locked && <span className="tag tag--paused">{t.facilitate.pausedTag}</span>}
          {focused && <span className="tag">{t.facilitate.everyoneHereShort}</span>}
        </button>
      </h3>
      <Link className="live-board-item__wall" to={`/w/${encodeURIComponent(workshop.meta.id)}/wall?board=${encodeURIComponent(board.id)}`} aria-label={t.wall.openWallFor(board.title)}>
        {t.wall.openWall}
      </Link>
      {open && (
        <div id={bodyId}>
          <BoardControl board={board} />
        </div>
      )}
    </article>
  );
}
