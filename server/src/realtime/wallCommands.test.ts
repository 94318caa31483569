import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOARD_PHASES, type BoardPhase, boardsOfSession } from '@roundtable/shared/board/board';
import { FRAME_HEADER, FRAME_PADDING, WALL_LIMIT } from '@roundtable/shared/board/wallLayout';
import type { BoardId, CardId, ClusterId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { PROTOCOL_VERSION } from '@roundtable/shared/protocol/events';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import type { WorkshopStore } from '../store/workshopStore';
import { CLUSTER_NAME_MAX_CHARS } from '@roundtable/shared/board/boardLimits';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import { type WorkshopState } from '@roundtable/shared/workshop/workshop';

let store: WorkshopStore;
let srv: TestServer;
const open: { close(): void }[] = [];

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
  const c = new WorkshopClient(srv.url, workshopId, memberId, token, { presence: false });
  open.push(c);
  return c;
}

async function stepTo(facilitator: WorkshopClient, board: BoardId, target: BoardPhase): Promise<void> {
  let phase = facilitator.state().boards[board]!.phase;
  while (phase !== target) {
    const next = BOARD_PHASES[BOARD_PHASES.indexOf(phase) + (BOARD_PHASES.indexOf(target) > BOARD_PHASES.indexOf(phase) ? 1 : -1)]!;
    expect(await facilitator.send('board:setPhase', { boardId: board, from: phase, to: next })).toEqual({ ok: true, data: null });
    phase = next;
  }
  await facilitator.waitFor((s) => s.boards[board]!.phase === target);
}

/**
 * Two facilitators and a participant on a revealed session-two board with three cards (one the participant's),
 * and a cluster made on the wall.
 */
async function wall() {
  const w = await createTestWorkshop(srv.url);
  const cara = await joinTestWorkshop(srv.url, w.joinCode, 'Cara', 'local_authority');
  const lead = client(w.workshopId, 'lead', w.leadToken);
  const co = client(w.workshopId, 'co', w.coToken);
  const participant = client(w.workshopId, cara.participantId, cara.token);
  const everyone = [lead, co, participant];
  await Promise.all(everyone.flatMap((c) => [c.whenSynced(), c.whenConnected()]));
  const state = lead.state();
  const [board, other] = boardsOfSession(state, sessionsInOrder(state)[1]!.id).map((b) => b.id);
  await lead.send('board:configure', { boardId: board!, contributing: 'open' });
  await stepTo(lead, board!, 'contribute');
  const cards: CardId[] = [];
  const own = await participant.send('card:add', { boardId: board!, text: 'Shared local priorities' });
  if (!own.ok) throw new Error(own.error.message);
  cards.push(own.data.cardId as CardId);
  for (const text of ['Trust between partners', 'Pooled funding']) {
    const ack = await lead.send('card:add', { boardId: board!, text, sector: null });
    if (!ack.ok) throw new Error(ack.error.message);
    cards.push(ack.data.cardId as CardId);
  }
  await stepTo(lead, board!, 'reveal');
  const made = await lead.send('cluster:add', { boardId: board!, name: 'Resources', x: 2_000, y: 0 });
  if (!made.ok) throw new Error(made.error.message);
  const cluster = made.data.clusterId as ClusterId;
  await Promise.all(everyone.map((c) => c.waitFor((s) => s.clusters[cluster] !== undefined && cards.every((id) => s.cards[id]))));
  return { w, lead, co, participant, everyone, board: board!, other: other!, cards, cluster };
}

/** Where a client's doc has a card: what its wall puts in a drop's `from`. */
function seen(c: WorkshopClient, card: CardId) {
  const { clusterId, x, y } = c.state().cards[card]!;
  return { clusterId, x, y };
}

/** The cards and clusters of a doc, as text (to show that nothing changed). */
const wallOf = (s: WorkshopState) => JSON.stringify({ cards: s.cards, clusters: s.clusters });

/** A raw Socket.io client, to send what our own client never would, or the same command twice. */
async function rawSocket(workshopId: string, token: string): Promise<Socket> {
  const socket = io(srv.url, { auth: { workshopId, protocolVersion: PROTOCOL_VERSION, token }, transports: ['websocket'], reconnection: false });
  open.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

describe('the wall, with real clients', () => {
  it('[WALL6] a facilitator drops a card into a cluster: the other facilitator\'s and a participant\'s docs show it', async () => {
    const { lead, co, participant, cards, cluster } = await wall();
    const drop = { cardId: cards[0]!, clusterId: cluster, x: FRAME_PADDING, y: FRAME_HEADER, from: seen(lead, cards[0]!) };
    expect(await lead.send('card:place', drop)).toEqual({ ok: true, data: null });
    for (const c of [co, participant]) {
      const state = await c.waitFor((s) => s.cards[cards[0]!]!.clusterId === cluster);
      expect(state.cards[cards[0]!]).toMatchObject({ clusterId: cluster, x: FRAME_PADDING, y: FRAME_HEADER });
    }
    // The frame moves, and its card with it (relative to the frame), everywhere.
    expect(await co.send('cluster:place', { clusterId: cluster, x: -500, y: 300, w: 600, h: 400 })).toEqual({ ok: true, data: null });
    const moved = await participant.waitFor((s) => s.clusters[cluster]!.x === -500);
    expect(moved.clusters[cluster]).toMatchObject({ x: -500, y: 300, w: 600, h: 400 });
    expect(moved.cards[cards[0]!]).toMatchObject({ x: FRAME_PADDING, y: FRAME_HEADER });
  });

  it('[WALL6] [WALL8] [CMD5] [CMD3] [GRP4] bad wall commands get a clear error and change nothing', async () => {
    const { w, lead, participant, board, other, cards, cluster } = await wall();
    await stepTo(lead, other, 'reveal');
    const foreign = await lead.send('cluster:add', { boardId: other, name: 'Elsewhere' });
    if (!foreign.ok) throw new Error(foreign.error.message);
    await lead.waitFor((s) => s.clusters[foreign.data.clusterId as ClusterId] !== undefined);
    const before = wallOf(lead.state());
    const from = seen(participant, cards[0]!);

    // A participant, even with their own card.
    expect(await participant.send('card:place', { cardId: cards[0]!, clusterId: cluster, x: 20, y: 50, from })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Only a facilitator can do that.' },
    });
    expect(await participant.send('board:tidy', { boardId: board })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A cluster of another board: the card never leaves its board.
    expect(await lead.send('card:place', { cardId: cards[0]!, clusterId: foreign.data.clusterId, x: 20, y: 50, from })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That cluster is not on this board.' },
    });
    expect(await lead.send('card:place', { cardId: 'no-such-card', clusterId: null, x: 0, y: 0, from: { clusterId: null, x: 0, y: 0 } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // A cluster name over the limit, made on the wall.
    expect(await lead.send('cluster:add', { boardId: board, name: 'n'.repeat(CLUSTER_NAME_MAX_CHARS + 1), x: 10, y: 10 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload', fields: { name: `The cluster name can be at most ${CLUSTER_NAME_MAX_CHARS} characters.` } },
    });

    const socket = await rawSocket(w.workshopId, w.leadToken);
    const raw = (payload: object) => socket.timeout(5_000).emitWithAck('card:place', { commandId: randomUUID(), cardId: cards[0], clusterId: null, from, ...payload }) as Promise<Ack<null>>;
    // NaN and Infinity travel as null in JSON; out of the wall; a board named in the payload.
    for (const bad of [{ x: Number.NaN, y: 0 }, { x: 0, y: Number.POSITIVE_INFINITY }, { x: WALL_LIMIT + 1, y: 0 }, { x: '10', y: 0 }, { x: 0, y: 0, boardId: other }]) {
      expect(await raw(bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }

    // A change after all of them: once every doc has it, every refusal above has been answered and none changed a thing.
    await lead.send('workshop:update', { area: 'Marker' });
    for (const c of [lead, participant]) {
      const after = await c.waitFor((s) => s.meta.area === 'Marker');
      expect(wallOf(after)).toBe(before);
    }
  });

  it('[WALL6] a drop resent after the other facilitator moved the card is refused with conflict, and the card stays where they put it', async () => {
    const { lead, co, participant, cards, cluster } = await wall();
    const from = seen(lead, cards[1]!);
    // The lead loses the connection mid-drag; the drop waits in their outbox.
    lead.socket.disconnect();
    const pending = lead.send('card:place', { cardId: cards[1]!, clusterId: cluster, x: FRAME_PADDING, y: FRAME_HEADER, from });
    expect(await co.send('card:place', { cardId: cards[1]!, clusterId: null, x: -3_000, y: 1_000, from: seen(co, cards[1]!) })).toEqual({ ok: true, data: null });
    lead.socket.connect();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/has moved since you picked it up/) } });
    for (const c of [lead, co, participant]) {
      const state = await c.waitFor((s) => s.cards[cards[1]!]!.x === -3_000);
      expect(state.cards[cards[1]!]).toMatchObject({ clusterId: null, x: -3_000, y: 1_000 });
    }
  });

  it('[CMD2] [WALL6] the same drop sent twice (one command id) is applied once and answered the same', async () => {
    const { w, lead, co, cards, cluster } = await wall();
    const socket = await rawSocket(w.workshopId, w.leadToken);
    const drop = { commandId: randomUUID(), cardId: cards[2], clusterId: cluster, x: FRAME_PADDING, y: FRAME_HEADER, from: seen(lead, cards[2]!) };
    const first = (await socket.timeout(5_000).emitWithAck('card:place', drop)) as Ack<null>;
    const again = (await socket.timeout(5_000).emitWithAck('card:place', drop)) as Ack<null>;
    expect(first).toEqual({ ok: true, data: null });
    // Applied a second time, the stale `from` would have been refused with conflict: the repeat got the first answer.
    expect(again).toEqual(first);
    const state = await co.waitFor((s) => s.cards[cards[2]!]!.clusterId === cluster);
    expect(state.cards[cards[2]!]).toMatchObject({ x: FRAME_PADDING, y: FRAME_HEADER });
    // One action to undo, not two: undoing it puts the card back among the loose ones.
    expect(await lead.send('facilitator:undo', {})).toEqual({ ok: true, data: { undone: 'card:place' } });
    await co.waitFor((s) => s.cards[cards[2]!]!.clusterId === null);
  });

  it('[WALL5] [WALL8] tidy lays the board out for everyone, and undo takes it back', async () => {
    const { lead, co, participant, board, cards } = await wall();
    expect(await co.send('card:place', { cardId: cards[0]!, clusterId: null, x: 9_000, y: -9_000, from: seen(co, cards[0]!) })).toEqual({ ok: true, data: null });
    await lead.waitFor((s) => s.cards[cards[0]!]!.x === 9_000);
    expect(await lead.send('board:tidy', { boardId: board })).toEqual({ ok: true, data: null });
    const tidied = await participant.waitFor((s) => s.cards[cards[0]!]!.x !== 9_000);
    expect(tidied.cards[cards[0]!]!.y).not.toBe(-9_000);
    expect(await co.send('facilitator:undo', {})).toEqual({ ok: true, data: { undone: 'board:tidy' } });
    await participant.waitFor((s) => s.cards[cards[0]!]!.x === 9_000 && s.cards[cards[0]!]!.y === -9_000);
  });
});
