import { describe, expect, it } from 'vitest';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { testRoomDeps } from '../testing/roomDeps';
import { testServerForFile } from '../testing/fileTestServer';
import { WorkshopClient } from '../testing/workshopClient';
import { WorkshopRoom } from '../workshops/workshopRoom';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';

const srv = testServerForFile();

/** The workshop as the store holds it, loaded afresh beside the live room: it must load, sound, and equal it. */
async function reloaded(workshopId: string) {
  const room = (await WorkshopRoom.load(workshopId as WorkshopId, testRoomDeps(srv.store)))!;
  try {
    return { damage: room.damage, state: room.current };
  } finally {
    room.destroy();
  }
}

const BUILT_INS = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf'];

describe('ids that name built-in properties, sent by real clients', () => {
  it('[ID1] [DOC5] a facilitator moving or changing a board called "constructor" (and the like) is refused, and the workshop still loads', async () => {
    const w = await createTestWorkshop(srv.url);
    const lead = new WorkshopClient(srv.url, w.workshopId, 'lead', w.leadToken, { presence: false });
    try {
      await Promise.all([lead.whenSynced(), lead.whenConnected()]);
      for (const boardId of BUILT_INS) {
        const moved = await lead.send('board:move', { boardId, toIndex: 1 } as never);
        expect(moved, boardId).toMatchObject({ ok: false, error: { code: 'invalid_payload', fields: { boardId: expect.any(String) } } });
        expect(await lead.send('board:update', { boardId, title: 'Hijack' } as never), boardId).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
      }
      const session = sessionsInOrder(lead.state())[0]!;
      expect(await lead.send('session:update', { sessionId: session.id, agenda: 'Still here' })).toMatchObject({ ok: true });
      await lead.waitFor((s) => s.sessions[session.id]?.agenda === 'Still here');
      const stored = await reloaded(w.workshopId);
      expect(stored.damage).toBeNull();
      expect(stored.state).toEqual(lead.state());
    } finally {
      lead.close();
    }
  });

  it('[ID1] a participant proposing on an objective called "constructor" is refused, and nothing is stored', async () => {
    const w = await createTestWorkshop(srv.url);
    const joined = await joinTestWorkshop(srv.url, w.joinCode, 'Pat', 'third_sector');
    const pat = new WorkshopClient(srv.url, w.workshopId, joined.participantId, joined.token, { presence: false });
    try {
      await Promise.all([pat.whenSynced(), pat.whenConnected()]);
      for (const targetId of BUILT_INS) {
        const proposed = await pat.send('proposal:add', { kind: 'comment', targetKind: 'objective', targetId, text: 'A comment' } as never);
        expect(proposed, targetId).toMatchObject({ ok: false, error: { code: 'invalid_payload', fields: { targetId: expect.any(String) } } });
      }
      expect((await reloaded(w.workshopId)).state.proposals).toEqual({});
    } finally {
      pat.close();
    }
  });

  it('[TEXT1] a stale edit of an objective with a NUL is refused as invalid_payload, not internal, and the objective is unchanged', async () => {
    const w = await createTestWorkshop(srv.url);
    const lead = new WorkshopClient(srv.url, w.workshopId, 'lead', w.leadToken, { presence: false });
    try {
      await Promise.all([lead.whenSynced(), lead.whenConnected()]);
      const added = await lead.send('objective:add', { text: 'Shared training' });
      if (!added.ok) throw new Error(added.error.message);
      const objectiveId = added.data.objectiveId;
      expect(await lead.send('objective:update', { objectiveId, text: 'Joint training', baseText: 'Shared training' })).toMatchObject({ ok: true });
      const stale = await lead.send('objective:update', { objectiveId, text: 'Joint\u0000induction', baseText: 'Shared training' });
      expect(stale).toMatchObject({ ok: false, error: { code: 'invalid_payload', fields: { text: expect.any(String) } } });
      expect((await reloaded(w.workshopId)).state.objectives[objectiveId as never]?.text).toBe('Joint training');
    } finally {
      lead.close();
    }
  });
});
