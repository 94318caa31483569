import { createOutboxStorage, outboxStorageKey } from '../live/outboxStorage';

/**
 * Whether this member's ratings of a round are waiting in the outbox (sent before a reload, or while offline): the
 * outbox sends them on reconnecting, so the form is not offered again meanwhile. Reads the storage the outbox writes.
 */
export function ratingsPending(workshopId: string, memberId: string, healthCheckId: string): boolean {
  try {
    return createOutboxStorage(window.localStorage, outboxStorageKey(workshopId, memberId))
      .load()
      .some((command) => command.name === 'healthCheck:rate' && (command.payload as { healthCheckId?: unknown }).healthCheckId === healthCheckId);
  } catch {
    return false;
  }
}
