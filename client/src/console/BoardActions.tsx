import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { focusedBoard, type Board } from '@roundtable/shared/board/board';
import { shortcutKeys } from './liveShortcuts';
import '../board/board.css';
import './console.css';

/** [CTL1] Pause or resume participants' contributions; [CTL3] bring everyone's screen to this board, or let them browse. */
export function BoardActions({ board }: { board: Board }) {
  const t = useT();
  const { workshop, submit } = useLiveWorkshop();
  const focused = focusedBoard(workshop)?.id === board.id;
  const closed = board.phase === 'closed';
  return (
    <div className="board-actions">
      <div className="button-row">
        {!closed && (
          <button type="button" className={board.locked ? 'button button--primary' : 'button'} onClick={() => void submit('board:lock', { boardId: board.id, locked: !board.locked })}>
            {board.locked ? t.facilitate.unlock : t.facilitate.lock}
          </button>
        )}
        <button type="button" className="button" aria-keyshortcuts={shortcutKeys('focus')} onClick={() => void submit('board:focus', { boardId: focused ? null : board.id })}>
          {focused ? t.facilitate.release : t.facilitate.focus}
        </button>
      </div>
      <div role="status" className="board-actions__status">
        {board.locked && <p className="paused">{t.facilitate.lockedNote}</p>}
        {focused && <p>{t.facilitate.everyoneHere}</p>}
      </div>
    </div>
  );
}
