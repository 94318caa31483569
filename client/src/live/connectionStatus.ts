import type { Messages } from '../i18n/messages.en';

export type ConnectionPhase = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface ConnectionFacts {
  socketConnected: boolean;
  docConnected: boolean;
  /** Both channels have been connected at least once since the page opened. */
  everLive: boolean;
  /** `navigator.onLine`: false means certainly offline; true proves nothing. */
  browserOnline: boolean;
  /** The connection was ended for good (removed, refused, outdated). */
  stopped: boolean;
}

/** Live needs both channels: commands travel over Socket.io, but their results arrive over Yjs. */
export function connectionPhase(facts: ConnectionFacts): ConnectionPhase {
  if (facts.stopped || !facts.browserOnline) return 'offline';
  if (facts.socketConnected && facts.docConnected) return 'live';
  return facts.everLive ? 'reconnecting' : 'connecting';
}

export function connectionText(t: Messages, phase: ConnectionPhase, pendingCount: number): string {
  const label = t.connection[phase];
  return pendingCount > 0 ? `${label} (${t.connection.changesWaiting(pendingCount)})` : label;
}

/** How long changes may wait to be sent before a screen reader is told about them. */
export const WAITING_WORTH_ANNOUNCING_MS = 5_000;

/**
 * [A11Y2] What the status's live region says: the phase (so going offline and coming back are announced), and the
 * changes waiting only once they have waited `WAITING_WORTH_ANNOUNCING_MS` — a card or a dot sent at once changes
 * nothing here, so it is not announced.
 */
export function connectionAnnouncement(t: Messages, phase: ConnectionPhase, pendingCount: number, waitedLong: boolean): string {
  return connectionText(t, phase, waitedLong ? pendingCount : 0);
}
