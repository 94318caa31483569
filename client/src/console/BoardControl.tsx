import { Link } from 'react-router';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { BoardActions } from './BoardActions';
import { BoardSettings } from './BoardSettings';
import { FacilitatorBoardBody } from './FacilitatorBoardBody';
import { PhaseStepper } from './PhaseStepper';
import { TimerControls } from './TimerControls';
import { focusedBoard, type Board } from '@roundtable/shared/board/board';
import './console.css';
import './liveView.css';

/**
 * [LIVE2] Running one board in the live view: its title and wall, its step, pause and "bring everyone here", the
 * countdown, then the step's own work in a region of its own that scrolls when it is long, so the controls stay in
 * sight. A draft board's settings are its work; once it is under way they are on the Sessions page.
 */
export function BoardControl({ board }: { board: Board }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const focused = focusedBoard(workshop)?.id === board.id;
  return (
    <div className="board-control" role="group" aria-label={t.facilitate.controlsLabel(board.title)}>
      <div className="board-control__head">
        <h3 className="board-control__title">
          {board.title} {board.locked && <span className="tag tag--paused">{t.facilitate.pausedTag}</span>}{' '}
          {focused && <span className="tag">{t.facilitate.everyoneHereShort}</span>}
        </h3>
        <Link className="live-board-item__wall" to={`/w/${encodeURIComponent(workshop.meta.id)}/wall?board=${encodeURIComponent(board.id)}`} aria-label={t.wall.openWallFor(board.title)}>
          {t.wall.openWall}
        </Link>
      </div>
      {board.prompt && <p className="board-control__prompt">{board.prompt}</p>}
      <div className="board-control__controls">
        <PhaseStepper board={board} />
        <BoardActions board={board} />
        <TimerControls board={board} />
      </div>
      {/* Keyed by step, so each step's work starts scrolled to its top. */}
      <section key={board.phase} className="board-control__work" aria-label={t.liveView.workLabel(t.phases[board.phase])} tabIndex={0}>
        {board.phase === 'draft' && <BoardSettings board={board} />}
        <FacilitatorBoardBody board={board} />
      </section>
    </div>
  );
}
