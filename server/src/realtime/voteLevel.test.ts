import { afterEach, describe, expect, it } from 'vitest';
import type { BoardId } from '@roundtable/shared/ids/ids';
import { BOARD_PHASES, type BoardPhase, boardsOfSession } from '@roundtable/shared/board/board';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import { testServerForFile } from '../testing/fileTestServer';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { WorkshopClient } from '../testing/workshopClient';

const srv = testServerForFile();
const open: WorkshopClient[] = [];

afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

async function connect(workshopId: string, token: string): Promise<WorkshopClient> {
  const res = await fetch(`${srv.url}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } });
  const { memberId } = (await res.json()) as { memberId: string };
  const client = new WorkshopClient(srv.url, workshopId, memberId, token, { presence: false });
  open.push(client);
  await client.whenSynced();
  await client.whenConnected();
  return client;
}

async function stepTo(facilitator: WorkshopClient, board: BoardId, target: BoardPhase): Promise<void> {
  let phase = facilitator.state().boards[board]!.phase;
  while (phase !== target) {
    const next = BOARD_PHASES[BOARD_PHASES.indexOf(phase) + 1]!;
    expect(await facilitator.send('board:setPhase', { boardId: board, from: phase, to: next })).toEqual({ ok: true, data: null });
    phase = next;
  }
  await facilitator.waitFor((s) => s.boards[board]!.phase === target);
}

describe('one level of voting, over the wire', () => {
  it('[VOTE5] a dot on a card inside a cluster, a __proto__ id or an unknown one reaches the participant as a clear refusal, and changes nothing', async () => {
    const w = await createTestWorkshop(srv.url);
    const lead = await connect(w.workshopId, w.leadToken);
    const cara = await connect(w.workshopId, (await joinTestWorkshop(srv.url, w.joinCode, 'Cara', 'local_authority')).token);
    const state = lead.state();
    const board = boardsOfSession(state, sessionsInOrder(state)[1]!.id)[0]!.id;
    await stepTo(lead, board, 'contribute');
    const scribe = async (text: string) => {
      const ack = await lead.send('card:add', { boardId: board, text, sector: 'third_sector' });
      if (!ack.ok) throw new Error(ack.error.message);
      return ack.data.cardId;
    };
    const funding = await scribe('Funding');
    const loose = await scribe('Time to meet');
    await stepTo(lead, board, 'group');
    const cluster = await lead.send('cluster:add', { boardId: board, name: 'Resources' });
    if (!cluster.ok) throw new Error(cluster.error.message);
    expect(await lead.send('card:move', { cardId: funding, clusterId: cluster.data.clusterId })).toMatchObject({ ok: true });
    await stepTo(lead, board, 'vote');
    await cara.waitFor((s) => s.boards[board]!.phase === 'vote');

    const inside = await cara.send('vote:cast', { boardId: board, itemId: funding });
    expect(inside).toEqual({
      ok: false,
      error: {
        code: 'invalid_payload',
        message: 'On this board the room votes on the clusters, not on the cards inside them. This card is in the cluster "Resources": put your dot on the cluster.',
        fields: { itemId: 'Choose a cluster, or a card outside every cluster.' },
      },
    });
    expect(await cara.send('vote:cast', { boardId: board, itemId: '__proto__' as never })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await cara.send('vote:cast', { boardId: board, itemId: 'no-such-item-01' as never })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'That item is not on this board.' } });
    // Nothing changed: no dot is spent, and Cara holds none.
    expect(lead.state().boards[board]!.dotsSpent).toBe(0);
    expect(cara.personal.dots[board] ?? {}).toEqual({});

    // The group and the loose card take dots.
    expect(await cara.send('vote:cast', { boardId: board, itemId: cluster.data.clusterId })).toMatchObject({ ok: true });
    expect(await cara.send('vote:cast', { boardId: board, itemId: loose })).toMatchObject({ ok: true });
    // Exactly two dots spent: the refused ones never counted.
    await lead.waitFor((s) => s.boards[board]!.dotsSpent === 2);
    const view = await cara.waitForPersonal((v) => Object.keys(v.dots[board] ?? {}).length === 2);
    expect(view.dots[board]).toEqual({ [cluster.data.clusterId]: 1, [loose]: 1 });
  });
});
