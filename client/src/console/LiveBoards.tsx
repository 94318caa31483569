import type { BoardId, SessionId } from '@roundtable/shared/ids/ids';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { BoardControl } from './BoardControl';
import { consoleViewPath } from './consoleViews';
import { ShortcutList } from './ShortcutList';
import { UndoButton } from './UndoButton';
import { useLiveShortcuts } from './useLiveShortcuts';
import { boardsOfSession, focusedBoard, type Board } from '@roundtable/shared/board/board';
import { activeMembers } from '@roundtable/shared/members/member';
import './console.css';
import './liveView.css';

/** The session from which the action plan is worked on with the room (four; five reviews it). */
const PLAN_SESSION = 4;

/** The board to show first: the one everyone is on, else the first under way, else the first. */
function firstToShow(boards: readonly Board[], focusBoardId: BoardId | null): Board | null {
  const focused = boards.find((b) => b.id === focusBoardId);
  const underway = boards.find((b) => b.phase !== 'draft' && b.phase !== 'closed');
  return focused ?? underway ?? boards[0] ?? null;
}

/**
 * [LIVE2] The live view: the current session's boards beside the one being run, with undo, who is here, and the
 * shortcuts. On a laptop it fits the screen; only the step's work scrolls, in its own region.
 */
export function LiveBoards() {
  const t = useT();
  const { workshop, onlineMemberIds } = useLiveWorkshop();
  const sessionId = workshop.meta.currentSessionId;
  const session = sessionId ? workshop.sessions[sessionId as SessionId] : undefined;
  const boards = session ? boardsOfSession(workshop, session.id) : [];
  const [chosenId, setChosenId] = useState<BoardId | null>(null);
  const shown = boards.find((b) => b.id === chosenId) ?? firstToShow(boards, focusedBoard(workshop)?.id ?? null);
  const announcement = useLiveShortcuts(shown);
  const participants = activeMembers(workshop).filter((m) => m.role === 'participant');
  const online = participants.filter((m) => onlineMemberIds?.has(m.id)).length;

  return (
    <section className="card live-view" aria-labelledby="live-boards-heading">
      <div className="live-view__rail">
        <h2 id="live-boards-heading">{session ? t.facilitate.heading(session.number) : t.boards.heading}</h2>
        {boards.length > 0 && (
          <ol className="live-view__boards" aria-label={t.facilitate.boardsLabel}>
            {boards.map((board) => (
              <li key={board.id}>
                <button type="button" className="live-view__board" aria-current={board.id === shown?.id ? 'true' : undefined} onClick={() => setChosenId(board.id)}>
                  <span className="live-view__board-title">{board.title}</span>{' '}
                  <span className="tag tag--phase">{t.phases[board.phase]}</span>
                  {board.locked && <span className="tag tag--paused">{t.facilitate.pausedTag}</span>}
                  {focusedBoard(workshop)?.id === board.id && <span className="tag">{t.facilitate.everyoneHereShort}</span>}
                </button>
              </li>
            ))}
          </ol>
        )}
        <UndoButton />
        <p className="live-view__people">
          <Link to={consoleViewPath(workshop.meta.id, 'people')}>{t.liveView.people(participants.length, online)}</Link>
        </p>
        {session && session.number >= PLAN_SESSION && (
          <p className="live-view__people">
            <Link to={consoleViewPath(workshop.meta.id, 'plan')}>{t.liveView.planHere}</Link>
          </p>
        )}
        <ShortcutList announcement={announcement} />
      </div>
      <div className="live-view__board-area">
        {!session ? <p>{t.facilitate.noSession}</p> : !shown ? <p>{t.facilitate.noBoards}</p> : <BoardControl key={shown.id} board={shown} />}
      </div>
    </section>
  );
}
