import { useId } from 'react';
import { Countdown } from '../board/Countdown';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import type { Board } from '@roundtable/shared/board/board';
import { secondsLeft } from '../board/countdown';
import { shortcutKeys, withMinuteAdded } from './liveShortcuts';

/** The countdown lengths a facilitator can start with one press. */
const TIMER_MINUTES = [1, 3, 5, 10] as const;

/** [CTL2] Start a countdown everyone sees, add a minute to it (LIVE3), or stop it; the countdown itself shows here as it does for everyone. */
export function TimerControls({ board }: { board: Board }) {
  const t = useT();
  const headingId = useId();
  const { submit, clockOffsetMs } = useLiveWorkshop();
  if (board.phase === 'closed') return null;
  return (
    <div className="timer-controls" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{t.facilitate.timerHeading}</h4>
      <Countdown board={board} />
      <div className="button-row">
        {TIMER_MINUTES.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="button button--small"
            aria-label={t.facilitate.startTimer(minutes)}
            onClick={() => void submit('board:timer', { boardId: board.id, seconds: minutes * 60 })}
          >
            {t.facilitate.timerMinutes(minutes)}
          </button>
        ))}
        <button
          type="button"
          className="button button--small"
          aria-label={t.facilitate.addMinuteLabel}
          aria-keyshortcuts={shortcutKeys('minute')}
          onClick={() => void submit('board:timer', { boardId: board.id, seconds: withMinuteAdded(secondsLeft(board.timerEndsAt, Date.now() + clockOffsetMs)) })}
        >
          {t.facilitate.addMinute}
        </button>
        <button type="button" className="button button--small" aria-disabled={board.timerEndsAt === null} onClick={() => board.timerEndsAt && void submit('board:timer', { boardId: board.id, seconds: null })}>
          {t.facilitate.stopTimer}
        </button>
      </div>
    </div>
  );
}
