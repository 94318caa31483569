import type { BoardId } from '@roundtable/shared/ids/ids';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { boardToShow, type BoardChoice } from './boardToShow';
import { CurrentSession } from './CurrentSession';
import { ParticipantBoard, type TakeFocus } from './ParticipantBoard';

/**
 * The board a participant is on, or the current session's boards to choose from. [CTL3] "Bring everyone here"
 * takes this screen to that board, says so to screen readers, and leaves the person free to browse again.
 */
export function LiveBoardArea() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const { focusAt, focusBoardId } = workshop.meta;
  const [choice, setChoice] = useState<BoardChoice | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const seenFocusAt = useRef(focusAt);
  const focusAtOnLoad = useRef(focusAt);
  const shownId = boardToShow(workshop.meta, workshop.boards, choice);
  const board = shownId ? workshop.boards[shownId] : undefined;
  // Read when a board or the list appears: after my own choice, focus goes to it; after being brought there, only
  // if focus was lost with the board I was on; on page load, nowhere.
  const takeFocus: TakeFocus = choice && choice.focusAt === focusAt ? 'always' : focusAt !== focusAtOnLoad.current ? 'ifLost' : 'never';

  useEffect(() => {
    if (focusAt === seenFocusAt.current) return;
    seenFocusAt.current = focusAt;
    const focused = focusBoardId ? workshop.boards[focusBoardId] : undefined;
    if (focused) setAnnouncement(t.participant.broughtHere(focused.title));
  }, [focusAt, focusBoardId, workshop.boards, t]);

  function choose(boardId: BoardId | null) {
    setChoice({ boardId, focusAt });
    setAnnouncement('');
  }

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {board ? (
        <ParticipantBoard key={board.id} board={board} onLeave={() => choose(null)} takeFocus={takeFocus} />
      ) : (
        <CurrentSession onOpen={choose} takeFocus={takeFocus} />
      )}
    </>
  );
}
