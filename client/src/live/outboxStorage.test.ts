import { Outbox, type PendingCommand } from '@roundtable/shared/protocol/outbox';
import { describe, expect, it } from 'vitest';
import { createOutboxStorage, outboxStorageKey, type KeyValueStorage } from './outboxStorage';

class FakeStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const KEY = outboxStorageKey('workshop-1', 'member-1');
const rename: PendingCommand = { commandId: 'c1', name: 'board:update', payload: { boardId: 'board-123', title: 'Drivers' } };

describe('createOutboxStorage', () => {
  it('keys the outbox by workshop and member', () => {
    expect(KEY).toBe('roundtable.outbox.workshop-1.member-1');
  });

  it('round-trips pending commands and removes the key once nothing is pending', () => {
    const fake = new FakeStorage();
    const storage = createOutboxStorage(fake, KEY);
    storage.save([rename]);
    expect(createOutboxStorage(fake, KEY).load()).toEqual([rename]);
    storage.save([]);
    expect(fake.items.has(KEY)).toBe(false);
  });

  it('drops what it cannot trust: bad JSON, unknown command names, malformed entries', () => {
    const fake = new FakeStorage();
    fake.items.set(KEY, '{not json');
    expect(createOutboxStorage(fake, KEY).load()).toEqual([]);
    fake.items.set(KEY, JSON.stringify([rename, { commandId: 'c2', name: 'card:explode', payload: {} }, { commandId: 3 }, null, { commandId: 'c4', name: 'session:open', payload: [] }]));
    expect(createOutboxStorage(fake, KEY).load()).toEqual([rename]);
    fake.items.set(KEY, JSON.stringify({ not: 'a list' }));
    expect(createOutboxStorage(fake, KEY).load()).toEqual([]);
  });

  it('keeps working when storage refuses writes', () => {
    const fake = new FakeStorage();
    fake.failWrites = true;
    expect(() => createOutboxStorage(fake, KEY).save([rename])).not.toThrow();
  });

  it('lets a command queued before a reload be sent after it, with the same id', async () => {
    const fake = new FakeStorage();
    const sent: string[] = [];
    const before = new Outbox({
      storage: createOutboxStorage(fake, KEY),
      send: () => new Promise(() => undefined),
      newId: () => 'cmd-before-reload',
      retryDelay: () => Promise.resolve(),
    });
    void before.submit('session:open', { sessionId: 'session-1' });

    const after = new Outbox({
      storage: createOutboxStorage(fake, KEY),
      send: async (name, payload) => {
        sent.push(`${name}:${String(payload.commandId)}`);
        return { ok: true, data: null };
      },
      newId: () => 'unused',
      retryDelay: () => Promise.resolve(),
    });
    after.connected();
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toEqual(['session:open:cmd-before-reload']);
    expect(fake.items.has(KEY)).toBe(false);
  });
});
