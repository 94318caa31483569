import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkshopUnchecked } from '@roundtable/shared/doc/workshopDoc';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { MeResponse } from '@roundtable/shared/protocol/rest';
import { BOARDS_PER_SESSION_MAX } from '@roundtable/shared/workshop/limits';
import { boardsOfSession, sessionsInOrder, type WorkshopState } from '@roundtable/shared/workshop/workshop';
import { openPgliteDatabase } from './store/pgliteDatabase';
import { createSqlWorkshopStore } from './store/sqlWorkshopStore';
import { createTestWorkshop, type CreatedForTest } from './testing/restClient';
import { freePort, startServerProcess, type ServerProcess } from './testing/serverProcess';
import { MemoryOutboxStorage, WorkshopClient } from './testing/workshopClient';

/**
 * The durability contract end to end: a `kill -9` at any moment loses no acknowledged command, and the clients'
 * outboxes resend what was not acknowledged without anything being applied twice.
 *
 * The real server runs as a child process on a PGlite data dir. 20 clients (4 workshops × 5, lead and
 * co-facilitator tokens mixed) add boards with unique titles, round after round and without waiting for acks.
 * The server is SIGKILLed at a seeded random moment (0-60 ms after a random round went out, so usually while the
 * rooms are committing it), then restarted on the same data dir and port; the clients reconnect by themselves.
 * `board:add` makes both failures visible: a lost command is a missing title; a double application is a second board
 * with the same title, or a board id other than the acknowledged one.
 * Replay a run's timing with DURABILITY_SEED=<the seed it printed>.
 */

const WORKSHOPS = 4;
/** One writer per PIP session, each adding to its own session, so none reaches BOARDS_PER_SESSION_MAX. */
const WRITERS_PER_WORKSHOP = 5;
const COMMANDS_PER_WRITER = 16;
/** Mean pause between two rounds (one command per writer); well under COMMANDS_PER_10_S per socket. */
const ROUND_INTERVAL_MS = 300;
/** The kill comes 0 to this many ms after a round; committing a round of 20 takes the rooms about as long. */
const KILL_DELAY_MAX_MS = 60;
/** Low, so compactions (snapshot + log truncation) happen around the kill too. */
const COMPACT_EVERY_N_UPDATES = 20;
const SERVER_START_TIMEOUT_MS = 60_000;
const SETTLE_TIMEOUT_MS = 60_000;

type Phase = 'first server' | 'server down' | 'restarted';

interface Writer {
  index: number;
  workshop: number;
  sessionId: string;
  client: WorkshopClient;
  /** How many times each command id went out on the socket (first send and resends). */
  emits: Map<string, number>;
}

interface SentCommand {
  title: string;
  writer: Writer;
  commandId: string;
  submittedWhile: Phase;
  ack: Ack<{ boardId: string }> | null;
  settled: Promise<void>;
}

const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 30_000);

describe('durability', () => {
  it('[DUR3] [CMD1] [CMD2] a kill -9 while 20 clients send loses no acknowledged command and applies none twice', async () => {
    const seed = Number(process.env.DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 32));
    const random = seededRandom(seed);
    const killRound = 2 + Math.floor(random() * (COMMANDS_PER_WRITER - 6));
    const killDelayMs = Math.round(random() * KILL_DELAY_MAX_MS);
    console.log(`durability: seed ${seed}; kill -9 ${killDelayMs} ms after round ${killRound + 1} of ${COMMANDS_PER_WRITER} was submitted`);

    const tmp = await mkdtemp(join(tmpdir(), 'roundtable-durability-'));
    cleanups.push(() => rm(tmp, { recursive: true, force: true }));
    const dataDir = join(tmp, 'data');
    const port = await freePort();
    const servers: ServerProcess[] = [];
    const start = async () => {
      const started = await startServer(port, dataDir);
      servers.push(started);
      return started;
    };
    // y-websocket adds a process 'exit' listener per provider; this test runs 20 and a few readers.
    const maxListeners = process.getMaxListeners();
    process.setMaxListeners(maxListeners + 2 * WORKSHOPS * WRITERS_PER_WORKSHOP);
    cleanups.push(() => void process.setMaxListeners(maxListeners));

    let server = await start();
    const baseUrl = server.url;
    const workshops = await Promise.all(Array.from({ length: WORKSHOPS }, () => createTestWorkshop(baseUrl)));
    const initial: WorkshopState[] = [];
    for (const w of workshops) initial.push(await readFresh(baseUrl, w.workshopId, w.leadToken));
    const writers = await createWriters(baseUrl, workshops, initial);
    cleanups.push(() => writers.forEach((w) => w.client.close()));

    // Rounds of commands, none waiting for an ack; kill -9 during one; restart on the same data dir and port.
    let phase: Phase = 'first server';
    const commands: SentCommand[] = [];
    const submit = (writer: Writer, n: number) => {
      const title = `w${writer.workshop}-c${pad(writer.index)}-n${pad(n)}`;
      const acked = writer.client.send('board:add', { sessionId: writer.sessionId, kind: 'discussion', title, prompt: '' });
      const queued = writer.client.outbox.pendingCommands().at(-1)!;
      expect(queued.payload.title).toBe(title);
      const command: SentCommand = { title, writer, commandId: queued.commandId, submittedWhile: phase, ack: null, settled: Promise.resolve() };
      command.settled = acked.then((ack) => void (command.ack = ack));
      commands.push(command);
    };
    // What each outbox held, already sent, when its connection dropped: exactly what it owes a resend.
    const unackedAtDrop = new Map<string, number>();
    for (const { client, emits } of writers) {
      client.socket.once('disconnect', () => {
        for (const { commandId } of client.outbox.pendingCommands()) if (emits.has(commandId)) unackedAtDrop.set(commandId, emits.get(commandId)!);
      });
    }
    let killRoundSubmitted = () => {};
    const atKillRound = new Promise<void>((resolve) => (killRoundSubmitted = resolve));
    const sending = (async () => {
      for (let n = 0; n < COMMANDS_PER_WRITER; n += 1) {
        for (const writer of writers) submit(writer, n);
        if (n === killRound) killRoundSubmitted();
        await delay(Math.round(ROUND_INTERVAL_MS * (0.5 + random())));
      }
    })();
    void sending.catch(() => undefined); // awaited below; this keeps an early failure from being reported as unhandled

    await atKillRound;
    await delay(killDelayMs);
    // An ack is the server's proof of a commit: take stock of them, and kill in the same tick.
    const ackedBeforeKill = commands.filter((c) => c.ack !== null);
    const killedAt = performance.now();
    server.child.kill('SIGKILL');
    await server.exited;
    phase = 'server down';

    // Read what the data dir held at the kill from a copy, so that the server recovers the crashed original itself.
    const copyDir = join(tmp, 'at-kill');
    await cp(dataDir, copyDir, { recursive: true });
    const inspecting = inspectDataDir(copyDir, workshops.map((w) => w.workshopId));
    void inspecting.catch(() => undefined); // awaited below, after the restart it runs alongside
    server = await start();
    expect(server.url).toBe(baseUrl);
    phase = 'restarted';
    const restartedAt = performance.now();
    const atKill = await inspecting;

    await sending;
    await withTimeout(
      Promise.all(commands.map((c) => c.settled)),
      SETTLE_TIMEOUT_MS,
      () => `${commands.filter((c) => c.ack === null).length} commands still unacknowledged after the restart`,
    );
    const ackedAt = performance.now();

    // (1) Every ack received before the kill is backed by a commit, and each commit holds its command's board once.
    expect(ackedBeforeKill.filter((c) => !atKill.commandIds.has(c.commandId)).map((c) => c.title), 'acknowledged before the kill, not in the data dir').toEqual([]);
    const committedAtKill = commands.filter((c) => atKill.commandIds.has(c.commandId));
    const ourTitles = new Set(commands.map((c) => c.title));
    expect(atKill.boardTitles.filter((t) => ourTitles.has(t)).sort()).toEqual(committedAtKill.map((c) => c.title).sort());
    // (2) What was sent but unacknowledged when the connection dropped went out again; every command ended applied.
    const unackedSent = commands.filter((c) => unackedAtDrop.has(c.commandId));
    expect(unackedSent.filter((c) => c.writer.emits.get(c.commandId)! <= unackedAtDrop.get(c.commandId)!).map((c) => c.title), 'not sent again').toEqual([]);
    expect(commands.filter((c) => !c.ack?.ok).map((c) => ({ title: c.title, ack: c.ack }))).toEqual([]);

    // (3) Every writer's doc converges to the committed state, as a new client reads it.
    const committed: WorkshopState[] = [];
    for (const w of workshops) committed.push(await readFresh(baseUrl, w.workshopId, w.leadToken));
    await Promise.all(
      writers.map(async ({ client, index, workshop }) => {
        const expected = canonical(committed[workshop]!);
        await client.waitFor((state) => canonical(state) === expected, SETTLE_TIMEOUT_MS).catch(() => {
          const have = new Set(Object.values(client.state().boards).map((b) => b.title));
          const missing = Object.values(committed[workshop]!.boards).filter((b) => !have.has(b.title));
          throw new Error(`writer ${index}'s doc differs from the committed state; missing: ${missing.map((b) => b.title).join(', ') || 'none'}`);
        });
      }),
    );
    const convergedAt = performance.now();

    // (4) Each command's board exists exactly once, with the acknowledged id; (5) no other board was added.
    for (const [wi, state] of committed.entries()) {
      const sent = commands.filter((c) => c.writer.workshop === wi);
      for (const c of sent) {
        const boards = Object.values(state.boards).filter((b) => b.title === c.title);
        expect(boards.map((b) => b.id), `the boards titled ${c.title}`).toEqual([c.ack?.ok ? c.ack.data.boardId : 'an acknowledged board']);
      }
      expect(Object.keys(state.boards)).toHaveLength(Object.keys(initial[wi]!.boards).length + sent.length);
      for (const session of sessionsInOrder(state)) {
        const positions = boardsOfSession(state, session.id).map((b) => b.position);
        expect(positions).toEqual(positions.map((_, i) => i));
      }
    }

    // What was acknowledged after the restart is durable too: a second kill -9, and a new client reads it all.
    for (const writer of writers) writer.client.close();
    server.child.kill('SIGKILL');
    await server.exited;
    server = await start();
    for (const [wi, w] of workshops.entries()) expect(canonical(await readFresh(baseUrl, w.workshopId, w.leadToken))).toBe(canonical(committed[wi]!));

    const ackLost = unackedSent.filter((c) => atKill.commandIds.has(c.commandId));
    console.log(
      [
        `durability: ${commands.length} commands from ${writers.length} clients in ${WORKSHOPS} workshops`,
        `  acknowledged before the kill: ${ackedBeforeKill.length}; committed in the data dir at the kill: ${committedAtKill.length}`,
        `  sent but unacknowledged when the connections dropped: ${unackedSent.length}, of which committed before the kill` +
          ` (so answered from the dedup record when resent): ${ackLost.length}`,
        `  submitted after the kill: ${commands.filter((c) => c.submittedWhile !== 'first server').length}; sent more than once: ${commands.filter((c) => c.writer.emits.get(c.commandId)! > 1).length}`,
        `  kill → restarted: ${ms(restartedAt - killedAt)}; restarted → all acknowledged: ${ms(ackedAt - restartedAt)}, all docs converged: ${ms(convergedAt - restartedAt)}`,
      ].join('\n'),
    );
    const logs = servers.flatMap((s) => s.logs);
    if (logs.length > 0) console.log(`durability: the servers printed:\n${logs.join('\n')}`);
  }, 180_000);
});

/** One writer per session of each workshop, alternating the lead's and the co-facilitator's token. */
async function createWriters(baseUrl: string, workshops: readonly CreatedForTest[], initial: readonly WorkshopState[]): Promise<Writer[]> {
  const writers: Writer[] = [];
  for (const [wi, w] of workshops.entries()) {
    const sessions = sessionsInOrder(initial[wi]!);
    for (let s = 0; s < WRITERS_PER_WORKSHOP; s += 1) {
      const sessionId = sessions[s]!.id;
      expect(BOARDS_PER_SESSION_MAX - boardsOfSession(initial[wi]!, sessionId).length).toBeGreaterThanOrEqual(COMMANDS_PER_WRITER);
      const token = s % 2 === 0 ? w.leadToken : w.coToken;
      const client = new WorkshopClient(baseUrl, w.workshopId, await memberIdOf(baseUrl, w.workshopId, token), token, { storage: new MemoryOutboxStorage() });
      const writer: Writer = { index: writers.length, workshop: wi, sessionId, client, emits: new Map() };
      client.socket.onAnyOutgoing((_event: string, payload?: { commandId?: string }) => {
        const id = payload?.commandId;
        if (id) writer.emits.set(id, (writer.emits.get(id) ?? 0) + 1);
      });
      writers.push(writer);
    }
  }
  await Promise.all(writers.map((w) => Promise.all([w.client.whenConnected(), w.client.whenSynced()])));
  return writers;
}

/** The real server on `port` and `dataDir`, killed by the cleanup if the test did not stop it. */
async function startServer(port: number, dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess({ inheritedEnv: process.env, port, dataDir, env: { COMPACT_EVERY_N_UPDATES: String(COMPACT_EVERY_N_UPDATES) }, startTimeoutMs: SERVER_START_TIMEOUT_MS });
  cleanups.push(async () => void (await server.stop('SIGKILL')));
  return server;
}

/** The command ids recorded in a PGlite data dir, and the titles of the boards in its workshops' docs. */
async function inspectDataDir(dataDir: string, workshopIds: readonly string[]): Promise<{ commandIds: Set<string>; boardTitles: string[] }> {
  const db = await openPgliteDatabase(dataDir);
  try {
    const store = createSqlWorkshopStore(db);
    const rows = await db.query<{ command_id: string }>('SELECT command_id FROM commands');
    const boardTitles: string[] = [];
    for (const workshopId of workshopIds) {
      const stored = await store.loadDoc(workshopId as WorkshopId);
      const doc = new Y.Doc();
      if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
      boardTitles.push(...Object.values(readWorkshopUnchecked(doc).boards).map((b) => b.title));
      doc.destroy();
    }
    return { commandIds: new Set(rows.map((r) => r.command_id)), boardTitles };
  } finally {
    await db.close();
  }
}

/** A new client's view of the workshop once synced: the committed state. */
async function readFresh(baseUrl: string, workshopId: string, token: string): Promise<WorkshopState> {
  const reader = new WorkshopClient(baseUrl, workshopId, await memberIdOf(baseUrl, workshopId, token), token, { presence: false });
  try {
    await reader.whenSynced();
    return reader.state();
  } finally {
    reader.close();
  }
}

async function memberIdOf(baseUrl: string, workshopId: string, token: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /me failed: ${res.status}`);
  return ((await res.json()) as MeResponse).memberId;
}

/** JSON with sorted keys: two docs hold the same workshop iff these are equal, whatever order updates came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** mulberry32: a small seeded PRNG, so a run's timing can be replayed. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const ms = (duration: number) => `${Math.round(duration)} ms`;
