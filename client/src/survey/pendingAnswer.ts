import { createOutboxStorage, outboxStorageKey } from '../live/outboxStorage';

/**
 * Whether this member's survey answers are waiting in the outbox (sent before a reload, or while offline): the
 * outbox will send them on reconnecting, so the form must not be offered again meanwhile. Reads the same storage
 * the outbox writes, and nothing else.
 */
export function surveyAnswerPending(workshopId: string, memberId: string): boolean {
  try {
    return createOutboxStorage(window.localStorage, outboxStorageKey(workshopId, memberId))
      .load()
      .some((command) => command.name === 'survey:answer');
  } catch {
    return false;
  }
}
