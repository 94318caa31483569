import { afterEach, describe, expect, it } from 'vitest';
import type { BoardId } from '@roundtable/shared/ids/ids';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import { boardsOfSession } from '@roundtable/shared/board/board';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';

/* Each room hook (workshops/roomHooks.ts) as the running server wires it (realtimeHooks.ts), seen from real clients. */

const closing: (WorkshopClient | TestServer)[] = [];
afterEach(async () => {
  for (const thing of closing.splice(0).reverse()) await thing.close();
});

async function server(store?: WorkshopStore): Promise<TestServer> {
  const srv = store ? await startTestServer(store) : await startTestServer();
  closing.push(srv);
  return srv;
}

async function member(srv: TestServer, workshopId: string, token: string): Promise<WorkshopClient> {
  const me = (await (await fetch(`${srv.url}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as { memberId: string };
  const client = new WorkshopClient(srv.url, workshopId, me.memberId, token, { presence: false });
  closing.push(client);
  await Promise.all([client.whenSynced(), client.whenConnected()]);
  return client;
}

/** A workshop with its lead and two participants connected, and session one's first board taking private cards. */
async function room(srv: TestServer) {
  const w = await createTestWorkshop(srv.url);
  const lead = await member(srv, w.workshopId, w.leadToken);
  const cara = await member(srv, w.workshopId, (await joinTestWorkshop(srv.url, w.joinCode, 'Cara', 'local_authority')).token);
  const tess = await member(srv, w.workshopId, (await joinTestWorkshop(srv.url, w.joinCode, 'Tess', 'third_sector')).token);
  const state = lead.state();
  const boardId = boardsOfSession(state, sessionsInOrder(state)[0]!.id)[0]!.id as BoardId;
  expect(await lead.send('board:setPhase', { boardId, from: 'draft', to: 'contribute' })).toMatchObject({ ok: true });
  return { w, lead, cara, tess, boardId };
}

describe('room hooks on a running server', () => {
  it('[PRIV1] personalView: a private draft reaches its author\'s connection, and no one else\'s', async () => {
    const srv = await server();
    const { lead, cara, tess, boardId } = await room(srv);
    const seen = { lead: lead.personalViews.length, tess: tess.personalViews.length };
    expect(await cara.send('card:add', { boardId, text: 'Shared premises' })).toMatchObject({ ok: true });
    await expect.poll(() => JSON.stringify(cara.personal)).toContain('Shared premises');
    expect(JSON.stringify(lead.personalViews.slice(seen.lead))).not.toContain('Shared premises');
    expect(JSON.stringify(tess.personalViews.slice(seen.tess))).not.toContain('Shared premises');
  });

  it('[MEM2] memberRemoved: the removed member is told, and both of their connections close', async () => {
    const srv = await server();
    const { lead, cara, tess } = await room(srv);
    const told = new Promise<void>((resolve) => cara.socket.once('member:removed', () => resolve()));
    const yjsClosed = new Promise<void>((resolve) => cara.provider.once('connection-close', () => resolve()));
    expect(await lead.send('member:remove', { memberId: cara.memberId } as never)).toMatchObject({ ok: true });
    await told;
    await yjsClosed;
    await expect.poll(() => cara.socket.connected).toBe(false);
    expect(tess.socket.connected).toBe(true);
  });

  it('[CMD1] roomDropped: after a failed commit the room\'s connections close, and clients come back to a reloaded room', async () => {
    const store = createMemoryWorkshopStore();
    let failNext = false;
    const failing: WorkshopStore = {
      ...store,
      commit: (c) => {
        if (!failNext) return store.commit(c);
        failNext = false;
        return Promise.reject(new Error('disk full'));
      },
    };
    const srv = await server(failing);
    const { lead, tess } = await room(srv);
    const closed = new Promise<void>((resolve) => tess.provider.once('connection-close', () => resolve()));
    failNext = true;
    const session = sessionsInOrder(lead.state())[0]!;
    const failed = await lead.send('session:update', { sessionId: session.id, agenda: 'Lost to the disk' });
    expect(failed).toMatchObject({ ok: true }); // the outbox resends an unavailable command, and the reloaded room applies it
    await closed;
    await tess.whenSynced();
    await tess.waitFor((s) => s.sessions[session.id]?.agenda === 'Lost to the disk');
  });
});
