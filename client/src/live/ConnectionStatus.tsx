import { useT } from '../i18n/t';
import { connectionText, type ConnectionPhase } from './connectionStatus';
import './live.css';

/** Always in the header, so everyone can tell whether what they see is live and whether changes are waiting. */
export function ConnectionStatus({ phase, pendingCount }: { phase: ConnectionPhase; pendingCount: number }) {
  const t = useT();
  return (
    <p className={`connection-status connection-status--${phase}`} role="status" aria-live="polite" data-testid="connection-status">
      <span className="connection-status__dot" aria-hidden="true" />
      {connectionText(t, phase, pendingCount)}
    </p>
  );
}
