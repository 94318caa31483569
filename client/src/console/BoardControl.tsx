import { useT } from '../i18n/t';
import { BoardActions } from './BoardActions';
import { BoardSettings } from './BoardSettings';
import { FacilitatorBoardBody } from './FacilitatorBoardBody';
import { PhaseStepper } from './PhaseStepper';
import { TimerControls } from './TimerControls';
import type { Board } from '@roundtable/shared/board/board';
import './console.css';

/** Everything for running one board: its step, pause and "bring everyone here", the countdown, settings, and the step's own work. */
export function BoardControl({ board }: { board: Board }) {
  const t = useT();
  return (
    <div className="board-control" role="group" aria-label={t.facilitate.controlsLabel(board.title)}>
      {board.prompt && <p className="board-control__prompt">{board.prompt}</p>}
      <PhaseStepper board={board} />
      <BoardActions board={board} />
      <TimerControls board={board} />
      {/* Settings start open on a draft board and closed once it is under way. */}
      <BoardSettings key={board.phase === 'draft' ? 'draft' : 'under-way'} board={board} />
      <FacilitatorBoardBody board={board} />
    </div>
  );
}
