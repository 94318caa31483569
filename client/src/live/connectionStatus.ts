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
