import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { MeResponse } from '@roundtable/shared/protocol/rest';
import { BOARDS_PER_SESSION_MAX } from '@roundtable/shared/workshop/limits';
import { boardsOfSession, sessionsInOrder, type WorkshopState } from '@roundtable/shared/workshop/workshop';
import { openPgliteDatabase } from './store/pgliteDatabase';
import { createTestWorkshop } from './testing/restClient';
import { MemoryOutboxStorage, WorkshopClient } from './testing/workshopClient';

/**
 * The durability contract end to end: a `kill -9` at any moment loses no acknowledged command, and the clients'
 * outboxes resend what was not acknowledged without anything being applied twice.
 *
 * The real server runs as a child process on a PGlite data dir. 20 clients (4 workshops × 5, lead and
 * co-facilitator tokens mixed) keep adding boards with unique titles, without waiting for acks, while the server is
 * SIGKILLed at a seeded random moment and restarted on the same data dir and port. `board:add` makes both failures
 * visible: a lost command is a missing title, a double application a second board with the same title (or a board id
 * other than the acknowledged one). Replay a run's timing with DURABILITY_SEED=<seed printed by the run>.
 */

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKSHOPS = 4;
/** One writer per PIP session, so each writes into its own session and stays under BOARDS_PER_SESSION_MAX. */
const WRITERS_PER_WORKSHOP = 5;
const COMMANDS_PER_WRITER = 16;
/** Mean pause between a writer's submissions; it never waits for an ack, so commands overlap in flight. */
const SEND_INTERVAL_MS = 300;
/** Low, so compactions (snapshot + log truncation) run while the server is killed. */
const COMPACT_EVERY_N_UPDATES = 20;
const SERVER_START_TIMEOUT_MS = 60_000;
const SETTLE_TIMEOUT_MS = 60_000;

type Phase = 'first server' | 'server down' | 'restarted';

interface Writer {
  index: number;
  workshop: number;
  sessionId: string;
  client: WorkshopClient;
  /** Times each command id went out on the socket (first send and resends). */
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

interface ServerProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
  /** Everything the server printed besides the ready line (warnings and errors at LOG_LEVEL=warn). */
  logs: string[];
}

const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 30_000);

describe('durability', () => {
  it(
    'a kill -9 while 20 clients send loses no acknowledged command and applies none twice',
    async () => {
      const seed = Number(process.env.DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 32));
      const random = seededRandom(seed);
      const killAfterMs = Math.round(SEND_INTERVAL_MS * (2 + random() * (COMMANDS_PER_WRITER - 6)));
      console.log(`durability: seed ${seed}, kill -9 after ${killAfterMs} ms of a ~${COMMANDS_PER_WRITER * SEND_INTERVAL_MS} ms send window`);

      const tmp = await mkdtemp(join(tmpdir(), 'roundtable-durability-'));
      cleanups.push(() => rm(tmp, { recursive: true, force: true }));
      const dataDir = join(tmp, 'data');
      const port = await freePort();
      const clients: WorkshopClient[] = [];
      cleanups.push(() => clients.forEach((c) => c.close()));

      let server = await startServer(port, dataDir);
      const baseUrl = server.url;
      let phase: Phase = 'first server';

      // Setup: workshops, and writers each owning one session of one workshop.
      const workshops = await Promise.all(Array.from({ length: WORKSHOPS }, () => createTestWorkshop(baseUrl)));
      const initial: WorkshopState[] = [];
      for (const w of workshops) initial.push(await readFresh(baseUrl, w.workshopId, w.leadToken));
      const writers: Writer[] = [];
      for (const [wi, w] of workshops.entries()) {
        const sessions = sessionsInOrder(initial[wi]!);
        for (let s = 0; s < WRITERS_PER_WORKSHOP; s += 1) {
          const session = sessions[s]!;
          expect(BOARDS_PER_SESSION_MAX - boardsOfSession(initial[wi]!, session.id).length).toBeGreaterThanOrEqual(COMMANDS_PER_WRITER);
          const token = s % 2 === 0 ? w.leadToken : w.coToken;
          const memberId = await memberIdOf(baseUrl, w.workshopId, token);
          const client = new WorkshopClient(baseUrl, w.workshopId, memberId, token, { storage: new MemoryOutboxStorage() });
          clients.push(client);
          const writer: Writer = { index: writers.length, workshop: wi, sessionId: session.id, client, emits: new Map() };
          client.socket.onAnyOutgoing((_event: string, payload: { commandId?: string }) => {
            if (payload?.commandId) writer.emits.set(payload.commandId, (writer.emits.get(payload.commandId) ?? 0) + 1);
          });
          writers.push(writer);
        }
      }
      await Promise.all(writers.map((w) => Promise.all([w.client.whenConnected(), w.client.whenSynced()])));

      // Send continuously; kill -9 in the middle; restart on the same data dir and port.
      const commands: SentCommand[] = [];
      const submit = (writer: Writer, n: number) => {
        const title = `w${writer.workshop}-c${pad(writer.index)}-n${pad(n)}`;
        const acked = writer.client.send('board:add', { sessionId: writer.sessionId, kind: 'discussion', title, prompt: '' });
        const queued = writer.client.outbox.pendingCommands().at(-1)!;
        expect(queued.payload.title).toBe(title);
        const command: SentCommand = { title, writer, commandId: queued.commandId, submittedWhile: phase, ack: null, settled: Promise.resolve() };
        command.settled = acked.then((ack) => void ((command.ack = ack), ((command as unknown as { at: number }).at = performance.now())));
        commands.push(command);
      };
      const sending = writers.map(async (writer) => {
        const pace = seededRandom(seed ^ ((writer.index + 1) * 0x9e3779b1));
        for (let n = 0; n < COMMANDS_PER_WRITER; n += 1) {
          submit(writer, n);
          await delay(Math.round(SEND_INTERVAL_MS * (0.5 + pace())));
        }
      });

      await delay(killAfterMs);
      // Every ack received so far proves a commit: snapshot them, then kill in the same tick.
      const ackedBeforeKill = commands.filter((c) => c.ack !== null);
      const pendingAtKill = commands.filter((c) => c.ack === null);
      const emitsAtKill = new Map(pendingAtKill.map((c) => [c.commandId, c.writer.emits.get(c.commandId) ?? 0]));
      const inFlightAtKill = pendingAtKill.filter((c) => emitsAtKill.get(c.commandId)! > 0);
      const killedAt = performance.now();
      server.child.kill('SIGKILL');
      await server.exited;
      phase = 'server down';

      // What the data dir held at the kill, read from a copy so the server recovers the crashed original itself.
      const copyDir = join(tmp, 'at-kill');
      await cp(dataDir, copyDir, { recursive: true });
      const copiedAt = performance.now();
      const [restarted, committedAtKill] = await Promise.all([startServer(port, dataDir), committedCommandIds(copyDir)]);
      server = restarted;
      expect(server.url).toBe(baseUrl);
      phase = 'restarted';
      const restartedAt = performance.now();

      await Promise.all(sending);
      await withTimeout(
        Promise.all(commands.map((c) => c.settled)),
        SETTLE_TIMEOUT_MS,
        () => `${commands.filter((c) => c.ack === null).length} commands still unacknowledged after the restart`,
      );
      const ackedAt = performance.now();
      console.log('DEBUG', commands.filter((c) => c.ack && (c as unknown as { at: number }).at > restartedAt).map((c) => `${c.title}:${Math.round((c as unknown as { at: number }).at - restartedAt)}:${c.writer.emits.get(c.commandId)}:${c.submittedWhile}`).join(' '));
      console.log('DEBUG restart', { copy: copiedAt - killedAt, start: restartedAt - copiedAt });

      // (1) Every ack received before the kill had committed its command.
      expect(ackedBeforeKill.filter((c) => !committedAtKill.has(c.commandId)).map((c) => c.title)).toEqual([]);
      // (2) Everything unacknowledged at the kill was sent again, and every command was acknowledged as applied.
      const notResent = inFlightAtKill.filter((c) => (c.writer.emits.get(c.commandId) ?? 0) <= emitsAtKill.get(c.commandId)!);
      expect(notResent.map((c) => c.title)).toEqual([]);
      expect(commands.filter((c) => !c.ack?.ok).map((c) => ({ title: c.title, ack: c.ack }))).toEqual([]);

      // (3) Every writer's doc converges to the committed state a fresh client reads.
      const committed: WorkshopState[] = [];
      for (const w of workshops) committed.push(await readFresh(baseUrl, w.workshopId, w.leadToken));
      for (const writer of writers) {
        const titles = commands.filter((c) => c.writer.workshop === writer.workshop).map((c) => c.title);
        await writer.client.waitFor((state) => missingTitles(state, titles).length === 0, SETTLE_TIMEOUT_MS).catch(() => {
          throw new Error(`writer ${writer.index} never saw ${missingTitles(writer.client.state(), titles).join(', ')}`);
        });
      }
      await Promise.all(
        writers.map((writer) =>
          writer.client.waitFor((state) => canonical(state) === canonical(committed[writer.workshop]!), SETTLE_TIMEOUT_MS).catch(() => {
            throw new Error(`writer ${writer.index}'s doc differs from the committed state`);
          }),
        ),
      );
      const convergedAt = performance.now();

      // (4) and (5): each command's board exists exactly once, with the acknowledged id, and nothing else was added.
      for (const [wi, state] of committed.entries()) {
        const sent = commands.filter((c) => c.writer.workshop === wi);
        for (const c of sent) {
          const boards = Object.values(state.boards).filter((b) => b.title === c.title);
          expect(boards.map((b) => b.id), `${c.title}: its boards`).toEqual([c.ack?.ok ? c.ack.data.boardId : 'acknowledged']);
        }
        expect(Object.keys(state.boards)).toHaveLength(Object.keys(initial[wi]!.boards).length + sent.length);
        for (const session of sessionsInOrder(state)) {
          const positions = boardsOfSession(state, session.id).map((b) => b.position);
          expect(positions).toEqual(positions.map((_, i) => i));
        }
      }

      // A second kill -9 with everything acknowledged: all of it is still there.
      for (const writer of writers) writer.client.close();
      server.child.kill('SIGKILL');
      await server.exited;
      server = await startServer(port, dataDir);
      for (const [wi, w] of workshops.entries()) {
        const reread = await readFresh(baseUrl, w.workshopId, w.leadToken);
        expect(canonical(reread)).toBe(canonical(committed[wi]!));
      }

      const sentAfterKill = commands.filter((c) => c.submittedWhile !== 'first server');
      const resent = commands.filter((c) => (c.writer.emits.get(c.commandId) ?? 0) > 1);
      const ackLost = inFlightAtKill.filter((c) => committedAtKill.has(c.commandId));
      console.log(
        [
          `durability: ${commands.length} commands from ${writers.length} clients in ${WORKSHOPS} workshops`,
          `  acknowledged before the kill: ${ackedBeforeKill.length}; committed in the data dir at the kill: ${committedAtKill.size}`,
          `  in flight at the kill: ${inFlightAtKill.length} (committed but ack lost: ${ackLost.length}); not yet sent: ${pendingAtKill.length - inFlightAtKill.length}`,
          `  submitted while down or after the restart: ${sentAfterKill.length}; sent more than once: ${resent.length}`,
          `  kill → restarted: ${ms(restartedAt - killedAt)}; restarted → all acked: ${ms(ackedAt - restartedAt)}; → all docs converged: ${ms(convergedAt - restartedAt)}`,
        ].join('\n'),
      );
      if (server.logs.length > 0 || restarted.logs.length > 0) console.log(`durability: server output:\n${[...restarted.logs, ...server.logs].join('\n')}`);
    },
    180_000,
  );

  /** Starts `node --import tsx server/src/main.ts` and resolves once it prints its URL. */
  async function startServer(port: number, dataDir: string): Promise<ServerProcess> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      COMPACT_EVERY_N_UPDATES: String(COMPACT_EVERY_N_UPDATES),
    };
    delete env.DATABASE_URL;
    delete env.PUBLIC_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    });
    const logs: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start in ${SERVER_START_TIMEOUT_MS} ms:\n${logs.join('\n')}`)), SERVER_START_TIMEOUT_MS);
      const onLine = (line: string) => {
        const ready = /Roundtable is running at (\S+)/.exec(line);
        if (!ready) return void logs.push(line);
        clearTimeout(timer);
        resolve(ready[1]!);
      };
      createInterface({ input: child.stdout! }).on('line', onLine);
      createInterface({ input: child.stderr! }).on('line', onLine);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`the server exited before it was ready:\n${logs.join('\n')}`));
      });
    });
    return { url, child, exited, logs };
  }
});

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

/** The ids of the commands recorded in a PGlite data dir. */
async function committedCommandIds(dataDir: string): Promise<Set<string>> {
  const db = await openPgliteDatabase(dataDir);
  try {
    return new Set((await db.query<{ command_id: string }>('SELECT command_id FROM commands')).map((r) => r.command_id));
  } finally {
    await db.close();
  }
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function missingTitles(state: WorkshopState, titles: readonly string[]): string[] {
  const present = new Set(Object.values(state.boards).map((b) => b.title));
  return titles.filter((t) => !present.has(t));
}

/** JSON with sorted keys: two docs hold the same workshop iff these are equal, whatever order updates came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** mulberry32: a small seeded PRNG, so a failing run's timing can be replayed. */
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
