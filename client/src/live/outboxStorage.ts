import { isCommandName } from '@roundtable/shared/protocol/commandNames';
import type { OutboxStorage, PendingCommand } from '@roundtable/shared/protocol/outbox';

/** The part of the Web Storage API the outbox needs, so tests can pass a fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One outbox per member per workshop: two people sharing a browser never send each other's commands. */
export function outboxStorageKey(workshopId: string, memberId: string): string {
  return `roundtable.outbox.${workshopId}.${memberId}`;
}

function isPendingCommand(value: unknown): value is PendingCommand {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.commandId === 'string' &&
    typeof c.name === 'string' &&
    isCommandName(c.name) &&
    typeof c.payload === 'object' &&
    c.payload !== null &&
    !Array.isArray(c.payload)
  );
}

/**
 * Stores pending commands as JSON under `key`. What is read back is checked, not trusted: a corrupt or
 * foreign entry is dropped rather than sent. When storage refuses a write (quota, private mode), the outbox
 * keeps working from memory for this page's lifetime; only surviving a reload is lost.
 */
export function createOutboxStorage(storage: KeyValueStorage, key: string): OutboxStorage {
  return {
    load() {
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return [];
      }
      if (raw === null) return [];
      try {
        const parsed: unknown = JSON.parse(raw);
        return Array.isArray(parsed) ? parsed.filter(isPendingCommand) : [];
      } catch {
        return [];
      }
    },
    save(pending) {
      try {
        if (pending.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(pending));
      } catch {
        // See above: memory only.
      }
    },
  };
}
