import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readWorkshopUnchecked } from '@roundtable/shared/doc/workshopDoc';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import type { Presence } from '@roundtable/shared/presence/presence';
import { YJS_CLOSE } from '@roundtable/shared/protocol/events';
import { seededRandom } from '@roundtable/shared/testing/seededRandom';
import { createTestWorkshop, joinTestWorkshop, memberIdOf } from '../testing/restClient';
import { testRoomDeps } from '../testing/roomDeps';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import { WorkshopRoom } from '../workshops/workshopRoom';
import { hostileFrame, type FrameOutcome, type FrameTargets, type HostileFrame } from '../testing/hostileYjsFrames';
import { awarenessFrame, RawYjsClient } from '../testing/rawYjsClient';

/**
 * A standing, seeded suite of hostile Yjs frames (YJS7). Each batch sends its frames from members' raw sockets, then
 * checks the server still answers, the doc is unchanged, an honest client connected throughout still syncs and sees
 * the facilitator's presence as it is, and the workshop reloads from the store equal to its live state.
 * Raise the count with YJS_FRAMES_COUNT; replay a run with YJS_FRAMES_SEED=<the seed it printed>.
 */
const FRAMES = Number(process.env.YJS_FRAMES_COUNT ?? 1_000);
const SEED = Number(process.env.YJS_FRAMES_SEED ?? Math.floor(Math.random() * 2 ** 32));
const FRAMES_PER_BATCH = 250;
/** Fresh sockets (one per frame that may close its connection) opened at a time. */
const PARALLEL_SOCKETS = 8;
const MAX_FRAME_BYTES = 8 * 1024;

let store: WorkshopStore;
let srv: TestServer;
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { yjsMaxFrameBytes: MAX_FRAME_BYTES });
});
afterAll(async () => {
  for (const c of open.splice(0)) c.close();
  await srv?.close();
  await store?.close();
});

interface Member {
  memberId: string;
  token: string;
}

/** The workshop: a facilitator and an honest participant on stock clients, and three members sending frames. */
async function workshop() {
  const w = await createTestWorkshop(srv.url);
  const joined = async (name: string): Promise<Member> => {
    const p = await joinTestWorkshop(srv.url, w.joinCode, name, 'third_sector');
    return { memberId: p.participantId, token: p.token };
  };
  const lead: Member = { memberId: await memberIdOf(srv.url, w.workshopId, w.leadToken), token: w.leadToken };
  const co: Member = { memberId: await memberIdOf(srv.url, w.workshopId, w.coToken), token: w.coToken };
  const honest = await joined('Bea');
  const senders = [await joined('Eve'), await joined('Zed'), co];
  const leadClient = new WorkshopClient(srv.url, w.workshopId, lead.memberId, lead.token);
  const honestClient = new WorkshopClient(srv.url, w.workshopId, honest.memberId, honest.token);
  open.push(leadClient, honestClient);
  await honestClient.whenSynced();
  await expect.poll(() => honestClient.provider.awareness.getStates().get(leadClient.doc.clientID)?.memberId).toBe(lead.memberId);
  const roomClientId = (await srv.server.rooms.with(w.workshopId as WorkshopId, async (room) => room.awareness.clientID))!;
  return { workshopId: w.workshopId as WorkshopId, lead, honest, senders, leadClient, honestClient, roomClientId };
}

type Workshop = Awaited<ReturnType<typeof workshop>>;

/** The workshop's doc on the server, as committed. */
async function liveDoc(workshopId: WorkshopId) {
  return (await srv.server.rooms.with(workshopId, (room) =>
    room.readCommitted(() => ({
      stateVector: Y.encodeStateVector(room.doc),
      update: Y.encodeStateAsUpdate(room.doc),
      content: readWorkshopUnchecked(room.doc),
      state: room.current,
    })),
  ))!;
}

function outcomeOf(code: number): FrameOutcome | `closed ${number}` {
  if (code === 1000) return 'kept';
  if (code === YJS_CLOSE.malformed) return 'malformed';
  if (code === 1009) return 'tooLarge';
  return `closed ${code}`;
}

/** Sends each frame on a fresh socket of `sender`, a few at a time; returns the frames whose connection fared wrongly. */
async function sendOnFreshSockets(workshopId: WorkshopId, frames: { frame: HostileFrame; sender: Member }[]) {
  const wrong: { kind: string; expected: FrameOutcome; got: string }[] = [];
  const closes = new Map<string, number>();
  const queue = [...frames];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const socket = await RawYjsClient.connect(srv.url, workshopId, next.sender.token);
      socket.send(next.frame.bytes, next.frame.answered);
      const got = outcomeOf((await socket.close()).code);
      closes.set(got, (closes.get(got) ?? 0) + 1);
      const expected = next.frame.outcome;
      if (expected === 'either' ? got !== 'kept' && got !== 'malformed' : got !== expected) wrong.push({ kind: next.frame.kind, expected, got });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_SOCKETS }, worker));
  return { wrong, closes };
}

/** The honest client and the facilitator see each other exactly as they are, and nobody else as either. */
async function expectPresenceIntact(ws: Workshop, boardId: string) {
  const { leadClient, honestClient, lead, honest, roomClientId } = ws;
  leadClient.provider.awareness.setLocalState({ memberId: lead.memberId, boardId } satisfies Presence);
  await expect.poll(() => honestClient.provider.awareness.getStates().get(leadClient.doc.clientID), { timeout: 3_000 }).toEqual({ memberId: lead.memberId, boardId });
  expect(leadClient.provider.awareness.getLocalState()).toEqual({ memberId: lead.memberId, boardId });
  expect(honestClient.provider.awareness.getLocalState()).toEqual({ memberId: honest.memberId, boardId: null });
  await expect.poll(() => leadClient.provider.awareness.getStates().get(honestClient.doc.clientID)).toEqual({ memberId: honest.memberId, boardId: null });
  const claiming = (client: WorkshopClient, memberId: string) =>
    [...client.provider.awareness.getStates()].filter(([, state]) => (state as Presence).memberId === memberId).map(([clientId]) => clientId);
  expect(claiming(honestClient, lead.memberId)).toEqual([leadClient.doc.clientID]);
  expect(claiming(leadClient, honest.memberId)).toEqual([honestClient.doc.clientID]);
  expect(honestClient.provider.awareness.getStates().has(roomClientId)).toBe(false);
}

async function expectServerAnswers() {
  const response = await fetch(`${srv.url}/api/health`);
  expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { ok: true } });
}

async function expectReloadEqualsLive(workshopId: WorkshopId) {
  const live = await liveDoc(workshopId);
  const reloaded = (await WorkshopRoom.load(workshopId, testRoomDeps(store)))!;
  try {
    expect(reloaded.current).toEqual(live.state);
    expect(readWorkshopUnchecked(reloaded.doc)).toEqual(live.content);
    expect(Y.encodeStateVector(reloaded.doc)).toEqual(live.stateVector);
  } finally {
    reloaded.destroy();
  }
}

describe('hostile Yjs frames', () => {
  it('[YJS7] [YJS6] [YJS1] [YJS3] [YJS4] no frame a member sends changes the doc or others\' presence, or stops the server', async () => {
    const random = seededRandom(SEED);
    const ws = await workshop();
    const { workshopId, lead, honest, senders, leadClient, honestClient, roomClientId } = ws;
    const honestSocket = honestClient.provider.ws;
    console.log(`yjs frames: seed ${SEED} (replay with YJS_FRAMES_SEED=${SEED})`);
    const counts = { frames: 0, awareness: 0, takeovers: 0, fresh: 0, closes: new Map<string, number>() };

    for (let batch = 0; counts.frames < FRAMES; batch += 1) {
      const before = await liveDoc(workshopId);
      // Each sender has two long-lived sockets: one first claims a client id of its own, so takeovers among senders are
      // tried too; the other claims none, so its first awareness update may be a forgery (as the takeover that worked).
      const connectAll = () => Promise.all(senders.map((s) => RawYjsClient.connect(srv.url, workshopId, s.token)));
      const [claimed, unclaimed] = [await connectAll(), await connectAll()];
      const pool = [...claimed, ...unclaimed];
      const poolIds = senders.map(() => random.int(0, 0xffff_ffff));
      claimed.forEach((socket, i) => socket.send(awarenessFrame([{ clientId: poolIds[i]!, clock: 1, state: { memberId: senders[i]!.memberId, boardId: null } }])));

      const clocks = [...honestClient.provider.awareness.meta.values()].map((m) => m.clock);
      const docUpdate = Y.encodeStateAsUpdate(honestClient.doc);
      const targetsOf = (sender: number): FrameTargets => ({
        senderMemberId: senders[sender]!.memberId,
        otherMemberIds: [lead.memberId, honest.memberId, ...senders.filter((_, i) => i !== sender).map((s) => s.memberId)],
        takenIds: [leadClient.doc.clientID, honestClient.doc.clientID, roomClientId, ...poolIds.filter((_, i) => i !== sender)],
        clockAbove: Math.max(1, ...clocks),
        maxFrameBytes: MAX_FRAME_BYTES,
        docUpdate,
      });
      const fresh: { frame: HostileFrame; sender: Member }[] = [];
      for (let i = 0; i < FRAMES_PER_BATCH && counts.frames < FRAMES; i += 1, counts.frames += 1) {
        const sender = random.int(0, senders.length - 1);
        const frame = hostileFrame(random, targetsOf(sender));
        if (frame.awareness) counts.awareness += 1;
        if (frame.takeover) counts.takeovers += 1;
        if (frame.outcome === 'kept') (random.chance(0.5) ? claimed : unclaimed)[sender]!.send(frame.bytes, frame.answered);
        else fresh.push({ frame, sender: senders[sender]! });
      }
      const { wrong, closes } = await sendOnFreshSockets(workshopId, fresh);
      counts.fresh += fresh.length;
      for (const [outcome, n] of closes) counts.closes.set(outcome, (counts.closes.get(outcome) ?? 0) + n);
      await Promise.all(pool.map((socket) => socket.settled()));

      // While the senders are still connected:
      expect(wrong).toEqual([]);
      expect(pool.map((socket) => socket.isOpen)).toEqual(pool.map(() => true));
      await expectServerAnswers();
      expect(await liveDoc(workshopId)).toEqual(before);
      await expectPresenceIntact(ws, `board-batch${batch}-a`);

      // Once they have gone:
      await Promise.all(pool.map((socket) => socket.close()));
      await expect.poll(() => srv.server.stats().yjsConnections).toBe(2);
      await expectPresenceIntact(ws, `board-batch${batch}-b`);
      // Every presence the senders set went with them, whatever client id it was under.
      expect(new Set(honestClient.provider.awareness.getStates().keys())).toEqual(new Set([leadClient.doc.clientID, honestClient.doc.clientID]));
      await expectServerAnswers();
      expect(await liveDoc(workshopId)).toEqual(before);
      await expectReloadEqualsLive(workshopId);

      // The honest client still syncs, on the connection it has had throughout.
      expect(await leadClient.send('workshop:update', { area: `Batch ${batch}` })).toEqual({ ok: true, data: null });
      await honestClient.waitFor((state) => state.meta.area === `Batch ${batch}`, 3_000);
      expect(honestClient.state()).toEqual((await liveDoc(workshopId)).state);
      expect(honestClient.provider.ws).toBe(honestSocket);
      expect(honestClient.provider.wsconnected).toBe(true);
    }

    const closed = [...counts.closes].map(([outcome, n]) => `${n.toLocaleString('en-GB')} ${outcome}`).join(', ');
    console.log(
      `yjs frames: seed ${SEED}, ${counts.frames.toLocaleString('en-GB')} frames, ${counts.awareness.toLocaleString('en-GB')} awareness updates ` +
        `(${counts.takeovers.toLocaleString('en-GB')} takeovers); ${counts.fresh.toLocaleString('en-GB')} on fresh sockets: ${closed || 'none'}`,
    );
  }, Math.max(30_000, FRAMES * 60));
});
