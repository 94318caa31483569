import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Presence } from '@roundtable/shared/presence/presence';
import { createTestWorkshop, joinTestWorkshop, memberIdOf } from '../testing/restClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import type { WorkshopStore } from '../store/workshopStore';
import { AwarenessOwners, RECONNECT_GRACE_MS } from './awarenessOwners';
import { awarenessFrame, RawYjsClient } from '../testing/rawYjsClient';

describe('AwarenessOwners', () => {
  it('[YJS6] an id belongs to its first owner until that owner is released; the room\'s own id to nobody', () => {
    let now = 1_000;
    // Owners are connections; each speaks for the member named before its dot.
    const owners = new AwarenessOwners<string>(7, (conn) => conn.split('.')[0]!, () => now);
    expect(owners.mayTouch('a.1', [1, 2])).toBe(true);
    owners.bind('a.1', 1);
    expect(owners.mayTouch('a.1', [1, 2])).toBe(true);
    expect(owners.mayTouch('b.1', [2])).toBe(true);
    expect(owners.mayTouch('b.1', [2, 1])).toBe(false);
    expect(owners.mayTouch('a.1', [7])).toBe(false);
    expect(owners.release('b.1')).toEqual([]);
    expect(owners.release('a.1')).toEqual([1]);
    // Reserved for member a while a reconnects; then free.
    expect(owners.mayTouch('b.1', [1])).toBe(false);
    expect(owners.mayTouch('a.2', [1])).toBe(true);
    now += RECONNECT_GRACE_MS + 1;
    expect(owners.mayTouch('b.1', [1])).toBe(true);
  });

  it('[YJS6] a reconnecting member gets their id back, and it is theirs again once bound', () => {
    const owners = new AwarenessOwners<string>(7, (conn) => conn.split('.')[0]!, () => 0);
    owners.bind('lead.1', 5);
    owners.release('lead.1');
    owners.bind('lead.2', 5);
    expect(owners.mayTouch('mallory.1', [5])).toBe(false);
    expect(owners.release('lead.2')).toEqual([5]);
  });
});

let store: WorkshopStore;
let srv: TestServer;
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store);
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

async function raw(workshopId: string, token: string): Promise<RawYjsClient> {
  const r = await RawYjsClient.connect(srv.url, workshopId, token);
  open.push({ close: () => r.terminate() });
  return r;
}

/** Every state `observer` has held for `clientId`, in order (null when removed). */
function historyOf(observer: WorkshopClient, clientId: number): (Presence | null)[] {
  const seen: (Presence | null)[] = [];
  observer.provider.awareness.on('change', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    if (![...added, ...updated, ...removed].includes(clientId)) return;
    seen.push((observer.provider.awareness.getStates().get(clientId) as Presence | undefined) ?? null);
  });
  return seen;
}

/** A facilitator (stock client), an observer in the room (stock client) and an attacker's member token. */
async function room() {
  const w = await createTestWorkshop(srv.url);
  const leadId = await memberIdOf(srv.url, w.workshopId, w.leadToken);
  const eve = await joinTestWorkshop(srv.url, w.joinCode, 'Eve', 'other');
  const bea = await joinTestWorkshop(srv.url, w.joinCode, 'Bea', 'third_sector');
  const lead = client(w.workshopId, leadId, w.leadToken);
  const observer = client(w.workshopId, bea.participantId, bea.token);
  const leadClientId = lead.doc.clientID;
  await expect.poll(() => observer.provider.awareness.getStates().get(leadClientId)?.memberId).toBe(leadId);
  /** The facilitator moves to `boardId`; resolves once the observer has seen it. */
  const leadMovesTo = async (boardId: string) => {
    lead.provider.awareness.setLocalState({ memberId: leadId, boardId });
    await expect.poll(() => observer.provider.awareness.getStates().get(leadClientId), { timeout: 3_000 }).toEqual({ memberId: leadId, boardId });
  };
  return { w, leadId, eve, bea, lead, observer, leadClientId, leadMovesTo };
}

describe('presence takeover (awareness client ids)', () => {
  it('[YJS6] another connection\'s client id cannot be taken over, and the forger leaving does not hide its owner', async () => {
    const { w, leadId, eve, lead, observer, leadClientId, leadMovesTo } = await room();
    const seen = historyOf(observer, leadClientId);
    const attacker = await raw(w.workshopId, eve.token);
    const leadClock = lead.provider.awareness.meta.get(leadClientId)!.clock;
    attacker.send(awarenessFrame([{ clientId: leadClientId, clock: leadClock + 100, state: { memberId: eve.participantId, boardId: null } }]));
    await attacker.settled();
    expect(attacker.isOpen).toBe(true);

    // The facilitator's renewals carry its own, lower, clocks: they still reach the room.
    await leadMovesTo('board-after-forgery');
    expect(lead.provider.awareness.getLocalState()).toEqual({ memberId: leadId, boardId: 'board-after-forgery' });
    await attacker.close();
    await expect.poll(() => srv.server.stats().yjsConnections).toBe(2);
    // A doc update sent after the forger's close was handled: once the observer has it, it has any removal sent before.
    expect((await lead.send('workshop:update', { area: 'After the forger left' })).ok).toBe(true);
    await observer.waitFor((state) => state.meta.area === 'After the forger left');
    expect(observer.provider.awareness.getStates().get(leadClientId)).toEqual({ memberId: leadId, boardId: 'board-after-forgery' });
    await leadMovesTo('board-after-forger-left');
    expect(seen.every((state) => state?.memberId === leadId)).toBe(true);
  });

  it('[YJS6] an update touching another connection\'s id is dropped whole, its own entry too, and the connection kept', async () => {
    const { w, leadId, eve, observer, leadClientId, leadMovesTo } = await room();
    const attacker = await raw(w.workshopId, eve.token);
    const ownId = 4_000_000_001;
    const seen = historyOf(observer, ownId);
    const own = (clock: number, boardId: string) => ({ clientId: ownId, clock, state: { memberId: eve.participantId, boardId } });
    attacker.send(awarenessFrame([own(1, 'board-its-own')]));
    attacker.send(awarenessFrame([own(2, 'board-with-forgery'), { clientId: leadClientId, clock: 1_000, state: null }]));
    attacker.send(awarenessFrame([own(3, 'board-alone-again')]));
    await attacker.settled();
    expect(attacker.isOpen).toBe(true);
    await leadMovesTo('board-barrier');
    await expect.poll(() => observer.provider.awareness.getStates().get(ownId)?.boardId).toBe('board-alone-again');
    expect(seen.map((state) => state?.boardId)).toEqual(['board-its-own', 'board-alone-again']);
    expect(observer.provider.awareness.getStates().get(leadClientId)?.memberId).toBe(leadId);
  });

  it('[YJS6] when its owning connection closes, an id is kept for the same member to reconnect with, and no one else', async () => {
    const { w, eve, bea, observer, leadMovesTo } = await room();
    const first = await raw(w.workshopId, eve.token);
    const second = await raw(w.workshopId, bea.token);
    const id = 3_000_000_003;
    first.send(awarenessFrame([{ clientId: id, clock: 1, state: { memberId: eve.participantId, boardId: null } }]));
    await first.settled();
    await expect.poll(() => observer.provider.awareness.getStates().get(id)?.memberId).toBe(eve.participantId);
    second.send(awarenessFrame([{ clientId: id, clock: 5, state: { memberId: bea.participantId, boardId: null } }]));
    await second.settled();
    await leadMovesTo('board-barrier');
    expect(observer.provider.awareness.getStates().get(id)?.memberId).toBe(eve.participantId);

    await first.close();
    await expect.poll(() => observer.provider.awareness.getStates().has(id)).toBe(false);
    second.send(awarenessFrame([{ clientId: id, clock: 6, state: { memberId: bea.participantId, boardId: null } }]));
    await second.settled();
    await leadMovesTo('board-second');
    expect(observer.provider.awareness.getStates().has(id)).toBe(false);
    const reconnected = await raw(w.workshopId, eve.token);
    reconnected.send(awarenessFrame([{ clientId: id, clock: 7, state: { memberId: eve.participantId, boardId: null } }]));
    await expect.poll(() => observer.provider.awareness.getStates().get(id)?.memberId).toBe(eve.participantId);
  });
});
