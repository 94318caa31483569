import { describe, expect, it } from 'vitest';
import type { Ack } from './errors';
import { Outbox, backoffMs, type CommandSender, type OutboxStorage, type PendingCommand } from './outbox';

class MemoryStorage implements OutboxStorage {
  saved: PendingCommand[] = [];
  load() {
    return [...this.saved];
  }
  save(pending: readonly PendingCommand[]) {
    this.saved = [...pending];
  }
}

/** A transport whose acks the test releases by hand. */
function manualTransport() {
  const sent: { name: string; payload: Record<string, unknown>; resolve: (ack: Ack<unknown>) => void; reject: (e: Error) => void }[] = [];
  const send: CommandSender = (name, payload) => new Promise((resolve, reject) => sent.push({ name, payload, resolve, reject }));
  return { sent, send };
}

function outbox(storage: OutboxStorage, send: CommandSender) {
  let n = 0;
  const retries: (() => void)[] = [];
  const box = new Outbox({
    storage,
    send,
    newId: () => `c${(n += 1)}`,
    retryDelay: () => new Promise<void>((resolve) => retries.push(resolve)),
  });
  return { box, retries };
}

/** Lets pending promise callbacks run (shared/ has no timers: it runs on no particular runtime). */
async function flush() {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

describe('the outbox', () => {
  it('[OUT1] stores a command before sending it and forgets it only once acknowledged', async () => {
    const storage = new MemoryStorage();
    const t = manualTransport();
    const { box } = outbox(storage, t.send);
    box.connected();
    const result = box.submit('session:open', { sessionId: 'session-1' });
    expect(storage.saved.map((c) => c.commandId)).toEqual(['c1']);
    expect(t.sent[0]!.payload).toEqual({ sessionId: 'session-1', commandId: 'c1' });
    t.sent[0]!.resolve({ ok: true, data: null });
    await expect(result).resolves.toEqual({ ok: true, data: null });
    expect(storage.saved).toEqual([]);
  });

  it('[OUT1] holds commands while offline and sends them in order on connect', async () => {
    const t = manualTransport();
    const { box } = outbox(new MemoryStorage(), t.send);
    void box.submit('session:open', { sessionId: 'aaaaaaaa' });
    void box.submit('session:open', { sessionId: 'bbbbbbbb' });
    expect(t.sent).toHaveLength(0);
    box.connected();
    expect(t.sent.map((s) => s.payload.sessionId)).toEqual(['aaaaaaaa', 'bbbbbbbb']);
  });

  it('[OUT2] resends an unacknowledged command once per reconnect, with the same id', async () => {
    const t = manualTransport();
    const { box } = outbox(new MemoryStorage(), t.send);
    box.connected();
    void box.submit('joinCode:rotate', {});
    box.disconnected();
    t.sent[0]!.reject(new Error('disconnected'));
    box.connected();
    box.connected();
    await flush();
    expect(t.sent.map((s) => s.payload.commandId)).toEqual(['c1', 'c1', 'c1']);
    t.sent[2]!.resolve({ ok: true, data: { joinCode: 'ABC234' } });
    t.sent[1]!.resolve({ ok: true, data: { joinCode: 'ABC234' } });
    await flush();
    expect(box.pendingCommands()).toEqual([]);
  });

  it('[OUT3] restores pending commands after a reload and reports how they settled', async () => {
    const storage = new MemoryStorage();
    const first = outbox(storage, manualTransport().send);
    void first.box.submit('member:updateProfile', { name: 'Bea' });
    const t = manualTransport();
    const settled: string[] = [];
    const reloaded = new Outbox({ storage, send: t.send, newId: () => 'x', retryDelay: async () => {}, onSettled: (c) => settled.push(c.commandId) });
    reloaded.connected();
    expect(t.sent.map((s) => s.payload)).toEqual([{ name: 'Bea', commandId: 'c1' }]);
    t.sent[0]!.resolve({ ok: false, error: { code: 'forbidden', message: 'no' } });
    await flush();
    expect(settled).toEqual(['c1']);
    expect(storage.saved).toEqual([]);
  });

  it('[OUT4] retries after rate limiting, and settles on a final error without retrying', async () => {
    const t = manualTransport();
    const { box, retries } = outbox(new MemoryStorage(), t.send);
    box.connected();
    const limited = box.submit('joinCode:rotate', {});
    t.sent[0]!.resolve({ ok: false, error: { code: 'rate_limited', message: 'slow down' } });
    await flush();
    expect(box.pendingCommands()).toHaveLength(1);
    retries.shift()!();
    await flush();
    expect(t.sent).toHaveLength(2);
    t.sent[1]!.resolve({ ok: false, error: { code: 'invalid_payload', message: 'bad' } });
    await expect(limited).resolves.toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(box.pendingCommands()).toEqual([]);
  });

  it('backs off exponentially up to 10 s', () => {
    expect([1, 2, 3, 6, 20].map(backoffMs)).toEqual([500, 1000, 2000, 10_000, 10_000]);
  });
});
