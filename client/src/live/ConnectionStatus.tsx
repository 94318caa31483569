import { useEffect, useState } from 'react';
import { useT } from '../i18n/t';
import { connectionAnnouncement, connectionText, WAITING_WORTH_ANNOUNCING_MS, type ConnectionPhase } from './connectionStatus';
import './live.css';

/** True once changes have been waiting `WAITING_WORTH_ANNOUNCING_MS` without all being sent; false when none wait. */
function useWaitedLong(pendingCount: number): boolean {
  const waiting = pendingCount > 0;
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    setWaitedLong(false);
    if (!waiting) return;
    const timer = window.setTimeout(() => setWaitedLong(true), WAITING_WORTH_ANNOUNCING_MS);
    return () => window.clearTimeout(timer);
  }, [waiting]);
  return waiting && waitedLong;
}

/**
 * Always in the header, so everyone can tell whether what they see is live and whether changes are waiting. The
 * visible text follows every change; the live region beside it says only what matters (see connectionAnnouncement).
 */
export function ConnectionStatus({ phase, pendingCount }: { phase: ConnectionPhase; pendingCount: number }) {
  const t = useT();
  const waitedLong = useWaitedLong(pendingCount);
  return (
    <p className={`connection-status connection-status--${phase}`}>
      <span className="connection-status__dot" aria-hidden="true" />
      <span aria-hidden="true" data-testid="connection-status">
        {connectionText(t, phase, pendingCount)}
      </span>
      <span className="visually-hidden" role="status">
        {connectionAnnouncement(t, phase, pendingCount, waitedLong)}
      </span>
    </p>
  );
}
