import { describe, expect, it } from 'vitest';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import { breakAsBefore, facilitatorOf } from '../testing/brokenWorkshop';
import { createTestWorkshop } from '../testing/restClient';
import { testRoomDeps } from '../testing/roomDeps';
import { testServerForFile } from '../testing/fileTestServer';
import { startTestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import { repairWorkshop } from './repairWorkshop';
import { WorkshopRoom } from './workshopRoom';
import type { CommandPayload } from '@roundtable/shared/workshop/commandSchemas';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';

const srv = testServerForFile();

const load = async (workshopId: WorkshopId) => (await WorkshopRoom.load(workshopId, testRoomDeps(srv.store)))!;

async function brokenWorkshop() {
  const broken = await breakAsBefore(srv.store, srv.url);
  await expect(WorkshopRoom.load(broken.workshopId, testRoomDeps(srv.store))).resolves.toMatchObject({ damage: expect.anything() });
  return broken;
}

describe('a change that would not load back', () => {
  it('[DOC5] is refused and nothing is written, where before it was acknowledged and made the workshop unloadable', async () => {
    const w = await createTestWorkshop(srv.url);
    const workshopId = w.workshopId as WorkshopId;
    const room = await load(workshopId);
    const before = room.current;
    const logBefore = (await srv.store.loadDoc(workshopId))!.lastSeq;
    const payload = { commandId: 'cmd-damaging-1', boardId: 'constructor', toIndex: 1 } as unknown as CommandPayload<'board:move'>;
    const ack = await room.execute('board:move', payload, facilitatorOf(before));
    expect(ack).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/would have damaged/) } });
    expect(room.current).toBe(before);
    expect((await srv.store.loadDoc(workshopId))!.lastSeq).toBe(logBefore);
    expect(await room.execute('board:move', payload, facilitatorOf(before))).toEqual(ack);
    room.destroy();
    const reloaded = await load(workshopId);
    expect(reloaded.damage).toBeNull();
    expect(reloaded.current).toEqual(before);
    reloaded.destroy();
  });
});

describe('a damaged workshop', () => {
  it('[RESC1] opens read-only with everything that can be read, and says what could not be', async () => {
    const { workshopId, before, agenda } = await brokenWorkshop();
    const room = await load(workshopId);
    expect(room.damage?.setAside.map((s) => `${s.doc}:${s.part}.${s.key}`)).toEqual(['shared:boards.undefined']);
    expect(room.current.boards).toEqual(before.boards);
    expect(sessionsInOrder(room.current)[0]!.agenda).toBe(agenda);
    const refused = await room.execute('session:update', { commandId: 'cmd-after-1', sessionId: sessionsInOrder(before)[0]!.id, agenda: 'x' } as never, facilitatorOf(before));
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(await room.join({ name: 'Pat', organisation: 'CVS', sector: 'third_sector' }, 'hash')).toMatchObject({ ok: false, error: { code: 'read_only' } });
    room.destroy();
  });

  it('[RESC1] is served to the room as far as it can be read: members are told, and every command is answered read_only', async () => {
    const { workshopId, before, agenda, created } = await brokenWorkshop();
    // A server that has not loaded the workshop yet meets the damage on load, as after a restart.
    const other = await startTestServer(srv.store);
    const lead = new WorkshopClient(other.url, workshopId, 'lead', created.leadToken, { presence: false });
    const told = new Promise<{ setAside: number }>((resolve) => lead.socket.once('workshop:readOnly', resolve));
    try {
      await lead.whenSynced();
      await expect(told).resolves.toEqual({ setAside: 1 });
      expect(lead.state().boards).toEqual(before.boards);
      expect(sessionsInOrder(lead.state())[0]!.agenda).toBe(agenda);
      expect(await lead.send('session:update', { sessionId: sessionsInOrder(before)[0]!.id, agenda: 'x' })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    } finally {
      lead.close();
      await other.close();
    }
  });
});

describe('repairing a damaged workshop', () => {
  it('[RESC2] removes only what cannot be read, keeps every valid change, and the workshop loads and takes changes again', async () => {
    const { workshopId, before, agenda } = await brokenWorkshop();
    const outcome = await repairWorkshop(srv.store, workshopId);
    expect(outcome).toMatchObject({ kind: 'repaired', setAside: [{ doc: 'shared', part: 'boards', key: 'undefined', value: { position: 0 } }] });
    const room = await load(workshopId);
    expect(room.damage).toBeNull();
    expect(room.current.boards).toEqual(before.boards);
    expect(sessionsInOrder(room.current)[0]!.agenda).toBe(agenda);
    const ack = await room.execute('session:update', { commandId: 'cmd-after-repair', sessionId: sessionsInOrder(before)[0]!.id, agenda: 'Next' } as never, facilitatorOf(before));
    expect(ack.ok).toBe(true);
    room.destroy();
    expect(await repairWorkshop(srv.store, workshopId)).toEqual({ kind: 'sound' });
    expect(await repairWorkshop(srv.store, 'no-such-workshop' as WorkshopId)).toEqual({ kind: 'not_found' });
  });
});
