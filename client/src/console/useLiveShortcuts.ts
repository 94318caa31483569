import { BOARD_PHASES, focusedBoard, type Board } from '@roundtable/shared/board/board';
import { useEffect, useRef, useState } from 'react';
import { secondsLeft } from '../board/countdown';
import { useT } from '../i18n/t';
import { useLiveWorkshop, type LiveWorkshop } from '../live/LiveWorkshopContext';
import type { Messages } from '../i18n/messages.en';
import { shortcutOf, withMinuteAdded, type LiveShortcut, type TargetLike } from './liveShortcuts';

/** What a shortcut does to the board shown, and the sentence that says so once the server has accepted it. */
async function perform(action: LiveShortcut, board: Board, live: LiveWorkshop, t: Messages): Promise<string> {
  const s = t.liveView.shortcuts;
  const { submit, workshop, clockOffsetMs } = live;
  if (action === 'next') {
    const to = BOARD_PHASES[BOARD_PHASES.indexOf(board.phase) + 1];
    if (!to) return s.noNext;
    const ack = await submit('board:setPhase', { boardId: board.id, from: board.phase, to });
    return ack.ok ? s.movedTo(t.phases[to]) : s.refused;
  }
  if (action === 'minute') {
    if (board.phase === 'closed') return s.noCountdown;
    const seconds = withMinuteAdded(secondsLeft(board.timerEndsAt, Date.now() + clockOffsetMs));
    const ack = await submit('board:timer', { boardId: board.id, seconds });
    return ack.ok ? s.countdown(Math.floor(seconds / 60), seconds % 60) : s.refused;
  }
  const focused = focusedBoard(workshop)?.id === board.id;
  const ack = await submit('board:focus', { boardId: focused ? null : board.id });
  if (!ack.ok) return s.refused;
  return focused ? s.released : s.focused(board.title);
}

/**
 * [LIVE3] Listens for the live view's shortcuts on the whole page while the live view is open, and acts on the board
 * shown. Returns the sentence for the live region: the same sentence twice still changes (a trailing no-break space),
 * so it is read out again.
 */
export function useLiveShortcuts(board: Board | null): string {
  const t = useT();
  const live = useLiveWorkshop();
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef({ board, live, t });
  latest.current = { board, live, t };

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const action = shortcutOf({
        code: event.code,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        repeat: event.repeat,
        defaultPrevented: event.defaultPrevented,
        target: event.target as TargetLike | null,
      });
      const { board, live, t } = latest.current;
      if (!action || !board) return;
      event.preventDefault();
      void perform(action, board, live, t).then((sentence) => setAnnouncement((previous) => (previous === sentence ? `${sentence}\u00a0` : sentence)));
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return announcement;
}
