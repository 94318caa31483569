import { useEffect, useRef, useState } from 'react';
import type { Messages } from '../i18n/messages.en';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { formatClock, momentPassed, secondsLeft } from './countdown';
import { useBeep } from './useBeep';
import type { Board } from '@roundtable/shared/board/board';
import './board.css';

const TICK_MS = 250;

/** "2 minutes 30 seconds", for the start announcement. */
function spoken(t: Messages, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return [minutes > 0 ? t.timer.minutes(minutes) : '', rest > 0 || minutes === 0 ? t.timer.seconds(rest) : ''].filter(Boolean).join(' ');
}

/**
 * The seconds left on a countdown, on the server's clock. The clock is read at every render (so a countdown that
 * has just started shows its full length at once) and re-rendered a few times a second while it runs.
 */
function useSecondsLeft(endsAt: string | null, clockOffsetMs: number): number | null {
  const [, setTick] = useState(0);
  const left = secondsLeft(endsAt, Date.now() + clockOffsetMs);
  const running = left !== null && left > 0;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((n) => n + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [running, endsAt]);
  return left;
}

/**
 * [CTL2] The countdown everyone sees. Screen readers hear when it starts, at one minute, at ten seconds and at the
 * end; at the end the page also beeps, once, and only if it saw the countdown run out.
 */
export function Countdown({ board }: { board: Board }) {
  const t = useT();
  const { clockOffsetMs } = useLiveWorkshop();
  const left = useSecondsLeft(board.timerEndsAt, clockOffsetMs);
  const beep = useBeep();
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(left);
  const seenEndsAt = useRef(board.timerEndsAt);

  useEffect(() => {
    const moment = momentPassed(previous.current, left);
    previous.current = left;
    if (moment === 'done') {
      beep();
      setAnnouncement(t.timer.doneAnnouncement);
    } else if (moment) {
      setAnnouncement(t.timer[moment]);
    }
  }, [left, beep, t]);

  useEffect(() => {
    if (board.timerEndsAt === seenEndsAt.current) return;
    seenEndsAt.current = board.timerEndsAt;
    const started = secondsLeft(board.timerEndsAt, Date.now() + clockOffsetMs);
    setAnnouncement(started ? t.timer.started(spoken(t, started)) : '');
  }, [board.timerEndsAt, clockOffsetMs, t]);

  const total = board.timerSeconds ?? 0;
  return (
    <div className="countdown-region">
      {left !== null && (
        <div className={left === 0 ? 'countdown countdown--done' : 'countdown'} role="timer" aria-label={t.timer.label}>
          <span className="countdown__label">{left === 0 ? t.timer.done : t.timer.label}</span>
          <span className="countdown__clock">{formatClock(left)}</span>
          {total > 0 && <progress className="countdown__progress" max={total} value={Math.max(0, total - left)} aria-hidden="true" />}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
