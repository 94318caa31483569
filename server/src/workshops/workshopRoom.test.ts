import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import { createTestWorkshop } from '../testing/restClient';
import { testRoomDeps } from '../testing/roomDeps';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import type { Commit, WorkshopStore } from '../store/workshopStore';
import { WorkshopRoom, type RoomDeps } from './workshopRoom';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';

let store: WorkshopStore;
let srv: TestServer;

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { compactEveryNUpdates: 4 });
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

const deps = (overrides: Partial<RoomDeps> = {}) => testRoomDeps(store, overrides);

describe('a workshop room', () => {
  it('[DOC3] [RESC1] never serves a workshop whose hidden doc is not valid as sound: the invalid entry is set aside, read-only', async () => {
    const w = await createTestWorkshop(srv.url);
    const bogus = new Y.Doc();
    let update: Uint8Array | null = null;
    bogus.on('update', (u: Uint8Array) => (update = u));
    bogus.getMap<Y.Map<unknown>>('cards').set('card-0001', new Y.Map([['id', 'card-0001']]));
    await store.commit({ workshopId: w.workshopId as WorkshopId, update: null, hiddenUpdate: update });
    const room = await WorkshopRoom.load(w.workshopId as WorkshopId, deps());
    expect(room!.damage?.setAside.map((s) => `${s.doc}:${s.part}.${s.key}`)).toEqual(['hidden:cards.card-0001']);
    room!.destroy();
  });

  it('[DUR1] reloads from the store exactly as it was, after compaction and later updates', async () => {
    const w = await createTestWorkshop(srv.url);
    const facilitator = new WorkshopClient(srv.url, w.workshopId, 'lead', w.leadToken, { presence: false });
    try {
      await facilitator.whenSynced();
      const [s1] = sessionsInOrder(facilitator.state());
      for (let i = 0; i < 10; i += 1) {
        expect((await facilitator.send('session:update', { sessionId: s1!.id, agenda: `Agenda v${i}` })).ok).toBe(true);
      }
      await facilitator.waitFor((s) => s.sessions[s1!.id]!.agenda === 'Agenda v9');
      await expect.poll(async () => (await store.loadDoc(w.workshopId as WorkshopId))?.snapshot ?? null).not.toBeNull();
      const stored = await store.loadDoc(w.workshopId as WorkshopId);
      expect(stored!.updates.length).toBeLessThan(10);

      const reloaded = await WorkshopRoom.load(w.workshopId as WorkshopId, deps());
      expect(reloaded!.current).toEqual(facilitator.state());
      reloaded!.destroy();
    } finally {
      facilitator.close();
    }
  });

  it('[CMD1] neither applies nor acknowledges a change whose commit failed, and drops itself', async () => {
    const w = await createTestWorkshop(srv.url);
    let broken = false;
    const failing: WorkshopStore = {
      ...store,
      commit: async (c: Commit) => {
        if (c.update) throw new Error('disk full');
        return store.commit(c);
      },
    };
    const room = (await WorkshopRoom.load(w.workshopId as WorkshopId, deps({ store: failing, onBroken: () => (broken = true) })))!;
    const heard: Uint8Array[] = [];
    room.onUpdate((u) => heard.push(u));
    const before = room.current;
    const leadId = Object.values(before.members).find((m) => m.role === 'facilitator')!.id;
    const ack = await room.execute('workshop:update', { commandId: 'c-fail-1', title: 'Never saved' } as never, { memberId: leadId, role: 'facilitator' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(heard).toEqual([]);
    expect(room.current).toBe(before);
    expect(broken).toBe(true);
    expect(room.isBroken).toBe(true);
    const reloaded = (await WorkshopRoom.load(w.workshopId as WorkshopId, deps()))!;
    expect(reloaded.current.meta.title).toBe(before.meta.title);
    room.destroy();
    reloaded.destroy();
  });

  it('returns null for a workshop that does not exist', async () => {
    expect(await WorkshopRoom.load('NoSuchWorkshop0000000' as WorkshopId, deps())).toBeNull();
  });
});
