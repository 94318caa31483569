import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Presence } from '@roundtable/shared/presence/presence';
import { createTestWorkshop, joinTestWorkshop, memberIdOf } from '../testing/restClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import type { WorkshopStore } from '../store/workshopStore';

let store: WorkshopStore;
let srv: TestServer;
const open: WorkshopClient[] = [];

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { logLevel: 'error' });
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

function client(workshopId: string, memberId: string, token: string): WorkshopClient {
  const c = new WorkshopClient(srv.url, workshopId, memberId, token);
  open.push(c);
  return c;
}

/** Every presence another client has seen for `memberId`, in order. */
function seenOf(observer: WorkshopClient, memberId: string): Presence[] {
  const seen: Presence[] = [];
  observer.provider.awareness.on('change', () => {
    for (const state of observer.provider.awareness.getStates().values()) if ((state as Presence).memberId === memberId) seen.push(state as Presence);
  });
  return seen;
}

const drag = { boardId: 'board00001', cardId: 'card000001', x: 120.5, y: -40 };

describe('drags on the wall travel as presence', () => {
  it('[WALLV2] a facilitator\'s drag in progress reaches the other facilitators, and clearing it clears it', async () => {
    const w = await createTestWorkshop(srv.url);
    const leadId = await memberIdOf(srv.url, w.workshopId, w.leadToken);
    const coId = await memberIdOf(srv.url, w.workshopId, w.coToken);
    const lead = client(w.workshopId, leadId, w.leadToken);
    const co = client(w.workshopId, coId, w.coToken);
    await co.whenSynced();
    lead.provider.awareness.setLocalState({ memberId: leadId, boardId: drag.boardId, drag } satisfies Presence);
    await expect.poll(() => [...co.provider.awareness.getStates().values()].find((s) => s.memberId === leadId)?.drag).toEqual(drag);
    lead.provider.awareness.setLocalState({ memberId: leadId, boardId: drag.boardId, drag: null } satisfies Presence);
    await expect.poll(() => [...co.provider.awareness.getStates().values()].find((s) => s.memberId === leadId)?.drag).toBeNull();
  });

  it('[WALLV2] drops a participant\'s drag, and a facilitator\'s drag that is malformed or off the wall; presence after it still arrives', async () => {
    const w = await createTestWorkshop(srv.url);
    const p = await joinTestWorkshop(srv.url, w.joinCode, 'Bea');
    const leadId = await memberIdOf(srv.url, w.workshopId, w.leadToken);
    const coId = await memberIdOf(srv.url, w.workshopId, w.coToken);
    const observer = client(w.workshopId, coId, w.coToken);
    await observer.whenSynced();
    const seenParticipant = seenOf(observer, p.participantId);
    const seenLead = seenOf(observer, leadId);

    const participant = client(w.workshopId, p.participantId, p.token);
    await expect.poll(() => seenParticipant.length).toBeGreaterThan(0);
    participant.provider.awareness.setLocalState({ memberId: p.participantId, boardId: drag.boardId, drag });
    participant.provider.awareness.setLocalState({ memberId: p.participantId, boardId: 'after00001', drag: null });
    await expect.poll(() => seenParticipant.at(-1)?.boardId).toBe('after00001');
    expect(seenParticipant.filter((s) => s.drag)).toEqual([]);

    const lead = client(w.workshopId, leadId, w.leadToken);
    await expect.poll(() => seenLead.length).toBeGreaterThan(0);
    for (const bad of [{ ...drag, x: 1e9 }, { ...drag, cardId: undefined }, { ...drag, note: 'x' }, { ...drag, y: '12' }]) {
      lead.provider.awareness.setLocalState({ memberId: leadId, boardId: drag.boardId, drag: bad });
    }
    lead.provider.awareness.setLocalState({ memberId: leadId, boardId: 'after00002', drag: null });
    await expect.poll(() => seenLead.at(-1)?.boardId).toBe('after00002');
    expect(seenLead.filter((s) => s.drag)).toEqual([]);
  });
});
