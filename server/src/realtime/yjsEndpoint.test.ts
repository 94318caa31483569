import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { YJS_CLOSE } from '@roundtable/shared/protocol/events';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import type { WorkshopStore } from '../store/workshopStore';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from './yjsMessages';

let store: WorkshopStore;
let srv: TestServer;
const open: { close(): void }[] = [];
const MAX_FRAME_BYTES = 8 * 1024;

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { yjsMaxFrameBytes: MAX_FRAME_BYTES });
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

/** A raw websocket on the Yjs endpoint, to send frames the stock client never would. */
function rawYjs(workshopId: string, token: string | null, headers: Record<string, string> = {}) {
  const ws = new WebSocket(`${srv.url.replace('http', 'ws')}/yjs/${workshopId}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  ws.binaryType = 'arraybuffer';
  open.push({ close: () => ws.terminate() });
  const received: Uint8Array[] = [];
  ws.on('message', (data: ArrayBuffer) => received.push(new Uint8Array(data)));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return { ws, received, opened, closed };
}

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  return awarenessFrameOf([{ clientId, clock, state }]);
}

function awarenessFrameOf(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = frame((e) => {
    encoding.writeVarUint(e, entries.length);
    for (const { clientId, clock, state } of entries) {
      encoding.writeVarUint(e, clientId);
      encoding.writeVarUint(e, clock);
      encoding.writeVarString(e, JSON.stringify(state));
    }
  });
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(e, inner);
  });
}

function client(workshopId: string, memberId: string, token: string) {
  const c = new WorkshopClient(srv.url, workshopId, memberId, token);
  open.push(c);
  return c;
}

async function setup() {
  const w = await createTestWorkshop(srv.url);
  const p = await joinTestWorkshop(srv.url, w.joinCode, 'Bea', 'third_sector');
  return { w, p };
}

describe('who may connect', () => {
  it('[YJS5] closes with 4401 without a valid token for the workshop', async () => {
    const { w } = await setup();
    const other = await createTestWorkshop(srv.url);
    for (const token of [null, 'not-a-real-token-xxxxxxxxxxxx', other.leadToken]) {
      const { closed } = rawYjs(w.workshopId, token);
      expect((await closed).code).toBe(YJS_CLOSE.unauthorized);
    }
  });

  it('[YJS5] closes with 4404 for a malformed workshop id and 4403 for a foreign origin', async () => {
    const { w } = await setup();
    expect((await rawYjs('no', w.leadToken).closed).code).toBe(YJS_CLOSE.notFound);
    expect((await rawYjs(w.workshopId, w.leadToken, { origin: 'https://evil.example' }).closed).code).toBe(YJS_CLOSE.forbiddenOrigin);
  });

  it('[YJS5] destroys upgrades to paths nobody serves', async () => {
    const ws = new WebSocket(`${srv.url.replace('http', 'ws')}/elsewhere`);
    const outcome = await new Promise<string>((resolve) => {
      ws.once('open', () => resolve('open'));
      ws.once('error', () => resolve('error'));
    });
    expect(outcome).toBe('error');
  });
});

describe('read-only doc', () => {
  it('[YJS1] drops a client\'s updates, keeps the connection, and the doc is unchanged', async () => {
    const { w, p } = await setup();
    const raw = rawYjs(w.workshopId, p.token);
    await raw.opened;
    // A doc that claims a new title, sent as an update and as sync step 2.
    const forged = new Y.Doc();
    forged.getMap('meta').set('title', 'Hacked');
    const update = Y.encodeStateAsUpdate(forged);
    raw.ws.send(frame((e) => (encoding.writeVarUint(e, MESSAGE_SYNC), syncProtocol.writeUpdate(e, update))));
    raw.ws.send(frame((e) => (encoding.writeVarUint(e, MESSAGE_SYNC), encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2), encoding.writeVarUint8Array(e, update))));
    // Still connected: a sync step 1 is answered.
    const before = raw.received.length;
    raw.ws.send(frame((e) => (encoding.writeVarUint(e, MESSAGE_SYNC), syncProtocol.writeSyncStep1(e, new Y.Doc()))));
    await expect.poll(() => raw.received.length).toBeGreaterThan(before);
    expect(raw.ws.readyState).toBe(WebSocket.OPEN);

    const observer = client(w.workshopId, 'lead', w.leadToken);
    await observer.whenSynced();
    expect(observer.state().meta.title).toBe('Darlington PIP 2026');
  });

  it('[YJS3] closes only the connection that sent a malformed frame, with 4400; the room carries on', async () => {
    const { w, p } = await setup();
    const bystander = client(w.workshopId, p.participantId, p.token);
    await bystander.whenSynced();
    for (const bad of [
      Uint8Array.of(0, 0, 0xff, 0xff, 0xff, 0xff), // a 6-byte sync step 1 whose length runs past the end
      Uint8Array.of(7, 1, 2),
      Uint8Array.of(MESSAGE_AWARENESS, 3, 1, 2, 3),
      Uint8Array.of(0, 0, 1, 0, 9), // trailing garbage after a valid message
    ]) {
      const raw = rawYjs(w.workshopId, w.leadToken);
      await raw.opened;
      raw.ws.send(bad);
      const closed = await raw.closed;
      expect(closed).toEqual({ code: YJS_CLOSE.malformed, reason: 'malformed message' });
    }
    const facilitator = client(w.workshopId, 'lead', w.leadToken);
    await facilitator.whenConnected();
    expect((await facilitator.send('workshop:update', { area: 'Still alive' })).ok).toBe(true);
    await bystander.waitFor((s) => s.meta.area === 'Still alive');
  });

  it('[YJS4] closes a connection that sends an oversized frame with 1009', async () => {
    const { w } = await setup();
    const raw = rawYjs(w.workshopId, w.leadToken);
    await raw.opened;
    raw.ws.send(new Uint8Array(MAX_FRAME_BYTES + 1));
    expect((await raw.closed).code).toBe(1009);
  });
});

describe('presence (awareness)', () => {
  it('[YJS2] shares a member\'s own presence with the room', async () => {
    const { w, p } = await setup();
    const facilitator = client(w.workshopId, 'lead', w.leadToken);
    const participant = client(w.workshopId, p.participantId, p.token);
    await expect.poll(() => [...facilitator.provider.awareness.getStates().values()].map((s) => s.memberId)).toContain(p.participantId);
    participant.close();
    await expect.poll(() => [...facilitator.provider.awareness.getStates().values()].map((s) => s.memberId)).not.toContain(p.participantId);
  });

  it('[YJS2] drops presence claimed for another member, for a second client id, or over the size limit', async () => {
    const { w, p } = await setup();
    const observer = client(w.workshopId, 'lead-observer', w.leadToken);
    await observer.whenSynced();
    const raw = rawYjs(w.workshopId, p.token);
    await raw.opened;
    raw.ws.send(awarenessFrame(111, 1, { memberId: 'SomeoneElse00', boardId: null }));
    raw.ws.send(awarenessFrame(111, 2, { memberId: p.participantId, boardId: null, note: 'x'.repeat(2_000) }));
    raw.ws.send(awarenessFrame(111, 3, { memberId: p.participantId, boardId: null }));
    raw.ws.send(awarenessFrame(222, 1, { memberId: p.participantId, boardId: null }));
    raw.ws.send(awarenessFrame(111, 4, { memberId: p.participantId, boardId: 'board-seen-last' }));
    await expect.poll(() => observer.provider.awareness.getStates().get(111)?.boardId).toBe('board-seen-last');
    expect(observer.provider.awareness.getStates().has(222)).toBe(false);
    const claimed = [...observer.provider.awareness.getStates().values()].map((s) => s.memberId);
    expect(claimed).not.toContain('SomeoneElse00');
  });

  it('[YJS2] applies a client\'s own entry from an echo of everyone else\'s, and ignores the rest', async () => {
    const { w, p } = await setup();
    const observer = client(w.workshopId, 'lead-observer', w.leadToken);
    await observer.whenSynced();
    const raw = rawYjs(w.workshopId, p.token);
    await raw.opened;
    raw.ws.send(awarenessFrame(333, 1, { memberId: p.participantId, boardId: null }));
    const echo = Array.from({ length: 40 }, (_, i) => ({ clientId: 1000 + i, clock: 1, state: { memberId: `Someone${String(i).padStart(6, '0')}`, boardId: null } }));
    raw.ws.send(awarenessFrameOf([...echo, { clientId: 333, clock: 2, state: { memberId: p.participantId, boardId: 'board-from-echo' } }]));
    await expect.poll(() => observer.provider.awareness.getStates().get(333)?.boardId).toBe('board-from-echo');
    expect(raw.ws.readyState).toBe(WebSocket.OPEN);
    expect(echo.filter(({ clientId }) => observer.provider.awareness.getStates().has(clientId))).toEqual([]);
  });

  it('[YJS2] a full room of stock clients all sync and all see each other', async () => {
    // Each y-websocket provider adds a process 'exit' listener in Node.
    const maxListeners = process.getMaxListeners();
    process.setMaxListeners(maxListeners + 32);
    open.push({ close: () => void process.setMaxListeners(maxListeners) });
    const w = await createTestWorkshop(srv.url);
    const people = [];
    for (let i = 0; i < 24; i += 1) {
      const p = await joinTestWorkshop(srv.url, w.joinCode, `Person ${i}`, i % 2 ? 'third_sector' : 'local_authority');
      const c = client(w.workshopId, p.participantId, p.token);
      people.push({ p, c });
      // One after another, as people arrive in a room: each newcomer hears everyone already there.
      await c.whenSynced();
    }
    for (const { c } of people) {
      await expect.poll(() => [...c.provider.awareness.getStates().values()].filter((s) => s.memberId).length, { timeout: 10_000 }).toBe(24);
      expect(c.provider.wsconnected).toBe(true);
    }
  });
});
