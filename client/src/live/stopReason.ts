import { YJS_CLOSE } from '@roundtable/shared/protocol/events';
import type { Messages } from '../i18n/messages.en';

/** Why the live connection ended for good; the page shows it instead of the workshop. */
export type StopReason =
  | { kind: 'removed' }
  | { kind: 'unauthorized' }
  | { kind: 'outdated' }
  | { kind: 'docClosed'; code: number };

/** 4400-4499 is the range the Yjs endpoint uses for "do not retry" (see YJS_CLOSE). */
export function isPermanentDocClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}

export function stopReasonFromDocClose(code: number): StopReason {
  return code === YJS_CLOSE.unauthorized ? { kind: 'unauthorized' } : { kind: 'docClosed', code };
}

/** A Socket.io `connect_error` raised by the server's middleware carries `data: { code, message }`. */
export function stopReasonFromConnectError(error: unknown): StopReason | null {
  const code = (error as { data?: { code?: unknown } } | null)?.data?.code;
  if (code === 'protocol_outdated') return { kind: 'outdated' };
  if (code === 'unauthorized' || code === 'forbidden') return { kind: 'unauthorized' };
  return null;
}

export function stopReasonText(t: Messages, reason: StopReason): string {
  switch (reason.kind) {
    case 'removed':
      return t.entry.removed;
    case 'unauthorized':
      return t.entry.notMember;
    case 'outdated':
      return t.entry.outdated;
    case 'docClosed':
      if (reason.code === YJS_CLOSE.notFound) return t.entry.notFound;
      if (reason.code === YJS_CLOSE.tooLarge) return t.entry.tooLarge;
      return t.entry.closed(reason.code);
  }
}
