import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MemberId } from '@roundtable/shared/ids/ids';
import { PROTOCOL_VERSION } from '@roundtable/shared/protocol/events';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { createTestWorkshop, joinTestWorkshop, postJson } from '../testing/restClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import type { WorkshopStore } from '../store/workshopStore';
import { boardsOfSession } from '@roundtable/shared/board/board';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';

let store: WorkshopStore;
let srv: TestServer;
const open: { close(): void }[] = [];

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { commandsPer10S: 25 });
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

function client(workshopId: string, memberId: string, token: string) {
  const c = new WorkshopClient(srv.url, workshopId, memberId, token);
  open.push(c);
  return c;
}

/** A raw Socket.io client, to send what our own client never would. */
function rawSocket(auth: Record<string, unknown>, extraHeaders: Record<string, string> = {}): Socket {
  const socket = io(srv.url, { auth, transports: ['websocket'], reconnection: false, extraHeaders });
  open.push(socket);
  return socket;
}

function connectError(socket: Socket): Promise<{ message: string; data?: { code: string } }> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected, but should have been refused')));
    socket.once('connect_error', (err) => resolve(err as never));
  });
}

async function workshopWithParticipant() {
  const w = await createTestWorkshop(srv.url);
  const p = await joinTestWorkshop(srv.url, w.joinCode, 'Bea', 'third_sector');
  const facilitator = client(w.workshopId, 'lead', w.leadToken);
  const participant = client(w.workshopId, p.participantId, p.token);
  await Promise.all([facilitator.whenSynced(), participant.whenSynced(), facilitator.whenConnected(), participant.whenConnected()]);
  return { w, p, facilitator, participant };
}

describe('connecting', () => {
  it('[AUTH3] refuses a socket without a token, with a wrong token, or with another workshop\'s token', async () => {
    const a = await createTestWorkshop(srv.url);
    const b = await createTestWorkshop(srv.url);
    for (const auth of [
      { workshopId: a.workshopId, protocolVersion: PROTOCOL_VERSION },
      { workshopId: a.workshopId, protocolVersion: PROTOCOL_VERSION, token: 'not-a-token-at-all-xxxxxxxx' },
      { workshopId: a.workshopId, protocolVersion: PROTOCOL_VERSION, token: b.leadToken },
    ]) {
      const err = await connectError(rawSocket(auth));
      expect(err.data?.code).toBe('unauthorized');
      expect(err.message).toMatch(/not a member/);
    }
  });

  it('[PROTO1] tells a client speaking an old protocol to reload, by name', async () => {
    const w = await createTestWorkshop(srv.url);
    const err = await connectError(rawSocket({ workshopId: w.workshopId, protocolVersion: 0, token: w.leadToken }));
    expect(err.data).toMatchObject({ code: 'protocol_outdated', message: expect.stringMatching(/Reload/) });
  });

  it('[AUTH4] refuses a connection from a foreign origin', async () => {
    const w = await createTestWorkshop(srv.url);
    const socket = rawSocket({ workshopId: w.workshopId, protocolVersion: PROTOCOL_VERSION, token: w.leadToken }, { origin: 'https://evil.example' });
    const err = await connectError(socket);
    expect(err.message).toMatch(/websocket error|xhr poll error|Forbidden|websocket/i);
    const same = rawSocket({ workshopId: w.workshopId, protocolVersion: PROTOCOL_VERSION, token: w.leadToken }, { origin: srv.url });
    await new Promise<void>((resolve, reject) => {
      same.once('connect', resolve);
      same.once('connect_error', reject);
    });
  });
});

describe('commands', () => {
  it('[CMD1] acknowledges a command after it is applied, and every member sees the change', async () => {
    const { facilitator, participant } = await workshopWithParticipant();
    const [, s2] = sessionsInOrder(facilitator.state());
    const ack = await facilitator.send('session:update', { sessionId: s2!.id, title: 'Benefits and difficulties', date: '2026-12-10' });
    expect(ack).toEqual({ ok: true, data: null });
    const seen = await participant.waitFor((s) => s.sessions[s2!.id]?.date === '2026-12-10');
    expect(seen.sessions[s2!.id]!.title).toBe('Benefits and difficulties');
  });

  it('[CMD2] answers a repeated command id with the first result and applies it once', async () => {
    const { w, facilitator } = await workshopWithParticipant();
    const sessionId = sessionsInOrder(facilitator.state())[0]!.id;
    const socket = rawSocket({ workshopId: w.workshopId, protocolVersion: PROTOCOL_VERSION, token: w.leadToken });
    const payload = { commandId: randomUUID(), sessionId, kind: 'discussion', title: 'Only once', prompt: '' };
    const first = (await socket.timeout(5000).emitWithAck('board:add', payload)) as Ack<{ boardId: string }>;
    const again = (await socket.timeout(5000).emitWithAck('board:add', payload)) as Ack<{ boardId: string }>;
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    const state = await facilitator.waitFor((s) => Object.values(s.boards).some((b) => b.title === 'Only once'));
    expect(boardsOfSession(state, sessionId).filter((b) => b.title === 'Only once')).toHaveLength(1);
  });

  it('[CMD5] refuses a participant sending a facilitator command, and changes nothing', async () => {
    const { facilitator, participant } = await workshopWithParticipant();
    const before = facilitator.state();
    const session = sessionsInOrder(before)[0]!;
    const ack = await participant.send('session:update', { sessionId: session.id, title: 'Taken over' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Only a facilitator can do that.' } });
    const rotate = await participant.send('joinCode:rotate', {});
    expect(rotate).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await facilitator.send('workshop:update', { area: 'Marker' });
    const after = await facilitator.waitFor((s) => s.meta.area === 'Marker');
    expect(after.sessions[session.id]!.title).toBe(session.title);
    expect(after.meta.joinCode).toBe(before.meta.joinCode);
  });

  it.each([
    ['a missing command id', { sessionId: 'x'.repeat(10) }],
    ['an unknown field', { commandId: randomUUID(), sessionId: 'abcdefgh', admin: true }],
    ['a title over the limit', { commandId: randomUUID(), sessionId: 'abcdefgh', title: 't'.repeat(121) }],
    ['an empty title', { commandId: randomUUID(), sessionId: 'abcdefgh', title: '  ' }],
    ['a malformed date', { commandId: randomUUID(), sessionId: 'abcdefgh', date: '31/12/2026' }],
    ['not an object', 'session one'],
  ])('[CMD3] refuses %s with invalid_payload', async (_label, payload) => {
    const w = await createTestWorkshop(srv.url);
    const socket = rawSocket({ workshopId: w.workshopId, protocolVersion: PROTOCOL_VERSION, token: w.leadToken });
    const ack = (await socket.timeout(5000).emitWithAck('session:update', payload)) as Ack<null>;
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: expect.any(String) } });
  });

  it('[CMD3] refuses an unknown id and an unknown command, and nothing changes', async () => {
    const { w, facilitator } = await workshopWithParticipant();
    const ack = await facilitator.send('board:remove', { boardId: 'NoSuchBoard0000' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const socket = rawSocket({ workshopId: w.workshopId, protocolVersion: PROTOCOL_VERSION, token: w.leadToken });
    const unknown = (await socket.timeout(5000).emitWithAck('workshop:delete', { commandId: randomUUID() })) as Ack<null>;
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: expect.stringMatching(/not a Roundtable command/) } });
    expect(Object.keys(facilitator.state().boards)).toHaveLength(12);
  });

  it('[CMD4] rate-limits a flood of commands from one connection and says so', async () => {
    const w = await createTestWorkshop(srv.url);
    const socket = rawSocket({ workshopId: w.workshopId, protocolVersion: PROTOCOL_VERSION, token: w.leadToken });
    const acks = (await Promise.all(
      Array.from({ length: 40 }, (_, i) => socket.timeout(10_000).emitWithAck('workshop:update', { commandId: randomUUID(), area: `Flood ${i}` })),
    )) as Ack<null>[];
    const limited = acks.filter((a) => !a.ok);
    expect(acks.filter((a) => a.ok)).toHaveLength(25);
    expect(limited).toHaveLength(15);
    expect(limited[0]).toMatchObject({ ok: false, error: { code: 'rate_limited', message: expect.stringMatching(/too quickly/) } });
  });
});

describe('join code and members', () => {
  it('[JOIN3] rotating the code stops the old one working at once', async () => {
    const { w, facilitator } = await workshopWithParticipant();
    const ack = await facilitator.send('joinCode:rotate', {});
    expect(ack.ok).toBe(true);
    const newCode = ack.ok ? ack.data.joinCode : '';
    expect(newCode).not.toBe(w.joinCode);
    const old = await postJson(srv.url, '/api/join', { joinCode: w.joinCode, name: 'Late', organisation: '', sector: 'other' });
    expect(old.status).toBe(404);
    await joinTestWorkshop(srv.url, newCode, 'Late');
    await facilitator.waitFor((s) => s.meta.joinCode === newCode && Object.values(s.members).some((m) => m.name === 'Late'));
  });

  it('[MEM2] a removed participant is told, disconnected, and their link stops working', async () => {
    const { w, p, facilitator, participant } = await workshopWithParticipant();
    const told = new Promise<void>((resolve) => participant.socket.once('member:removed', () => resolve()));
    const ack = await facilitator.send('member:remove', { memberId: p.participantId });
    expect(ack.ok).toBe(true);
    await told;
    const me = await fetch(`${srv.url}/api/workshops/${w.workshopId}/me`, { headers: { authorization: `Bearer ${p.token}` } });
    expect(me.status).toBe(401);
    const again = rawSocket({ workshopId: w.workshopId, protocolVersion: PROTOCOL_VERSION, token: p.token });
    expect((await connectError(again)).data?.code).toBe('unauthorized');
    expect(facilitator.state().members[p.participantId as MemberId]!.removedAt).toEqual(expect.any(String));
  });
});

describe('arriving', () => {
  it('[MEM3] the co-facilitator\'s seat is marked arrived when they first connect', async () => {
    const w = await createTestWorkshop(srv.url);
    const lead = client(w.workshopId, 'lead', w.leadToken);
    await lead.whenSynced();
    const seat = Object.values(lead.state().members).find((m) => m.role === 'facilitator' && m.joinedAt === null);
    expect(seat).toBeDefined();
    const co = client(w.workshopId, seat!.id, w.coToken);
    await co.whenConnected();
    const state = await lead.waitFor((s) => s.members[seat!.id]!.joinedAt !== null);
    expect(Date.parse(state.members[seat!.id]!.joinedAt!)).not.toBeNaN();
  });
});
