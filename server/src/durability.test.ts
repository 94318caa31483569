import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '@roundtable/shared/testing/seededRandom';
import type { BoardId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { inspectDataDir, type DataDirAtKill } from './testing/dataDirAtKill';
import { seedPgliteDataDir } from './testing/pgliteTemplate';
import { createTestWorkshop, joinTestWorkshop, memberIdOf, type CreatedForTest } from './testing/restClient';
import { freePort, startServerProcess, type ServerProcess } from './testing/serverProcess';
import { MemoryOutboxStorage, readCommitted, WorkshopClient } from './testing/workshopClient';
import { BOARDS_PER_SESSION_MAX } from '@roundtable/shared/board/boardLimits';
import { boardsOfSession } from '@roundtable/shared/board/board';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import { type WorkshopState } from '@roundtable/shared/workshop/workshop';

/**
 * The durability contract end to end: a `kill -9` at any moment loses no acknowledged command, and the clients'
 * outboxes resend what was not acknowledged without anything being applied twice.
 *
 * One real server runs as a child process on a PGlite data dir, under two loads at once, none waiting for acks:
 * - boards: 20 clients (4 workshops × 5, lead and co-facilitator tokens mixed) add boards with unique titles.
 *   `board:add` makes both failures visible: a lost command is a missing title; a double application is a second
 *   board with the same title, or a board id other than the acknowledged one.
 * - private cards: in a fifth workshop 5 participants add private cards. Drafts live in the hidden doc, which no
 *   client holds, so a lost hidden update could not be healed by any client: every card must end up exactly once, as
 *   its author's draft, and then on the board at reveal.
 * It is SIGKILLed once at a seeded random moment (0-60 ms after a random round went out, so usually while the rooms
 * are committing), then restarted on the same data dir and port; the clients reconnect by themselves.
 * Replay a run's timing with DURABILITY_SEED=<the seed it printed>.
 */

const WORKSHOPS = 4;
/** One writer per PIP session, each adding to its own session, so none reaches BOARDS_PER_SESSION_MAX. */
const WRITERS_PER_WORKSHOP = 5;
const COMMANDS_PER_WRITER = 16;
const CARD_WRITERS = 5;
/** Each card writer adds one card in each of the first CARDS_EACH rounds. */
const CARDS_EACH = 12;
/** Mean pause between two rounds (one command per writer); well under COMMANDS_PER_10_S per socket. */
const ROUND_INTERVAL_MS = 300;
/** The kill comes 0 to this many ms after a round; committing a round of 25 takes the rooms about as long. */
const KILL_DELAY_MAX_MS = 60;
/** Low, so compactions (snapshot + log truncation) happen around the kill too. */
const COMPACT_EVERY_N_UPDATES = 15;
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

/** The private-cards load: its workshop, the lead who reveals, and what each participant sent and had acknowledged. */
interface CardLoad {
  workshop: CreatedForTest;
  boardId: BoardId;
  lead: WorkshopClient;
  writers: { client: WorkshopClient; memberId: string }[];
  acks: Promise<Ack<{ cardId: string }>>[];
  /** Texts of the cards acknowledged (ok), as they arrive. */
  acked: Set<string>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 30_000);

const seed = Number(process.env.DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 32));
const random = seededRandom(seed);
const killRound = random.int(3, CARDS_EACH - 2);
const killDelayMs = random.int(0, KILL_DELAY_MAX_MS);

describe('durability: one kill -9 while boards and private cards are written', () => {
  let tmp = '';
  let port = 0;
  let server: ServerProcess;
  const servers: ServerProcess[] = [];
  let baseUrl = '';
  let workshops: CreatedForTest[] = [];
  const initial: WorkshopState[] = [];
  let writers: Writer[] = [];
  let cards: CardLoad;
  const commands: SentCommand[] = [];
  let ackedBeforeKill: SentCommand[] = [];
  let cardsAckedAtKill: string[] = [];
  /** What each outbox held, already sent, when its connection dropped: exactly what it owes a resend. */
  const unackedAtDrop = new Map<string, number>();
  let atKill: DataDirAtKill;
  const times = { killed: 0, restarted: 0, acked: 0 };

  const start = async () => {
    const started = await startServerProcess({ inheritedEnv: process.env, port, dataDir: join(tmp, 'data'), env: { COMPACT_EVERY_N_UPDATES: String(COMPACT_EVERY_N_UPDATES) }, startTimeoutMs: SERVER_START_TIMEOUT_MS });
    cleanups.push(async () => void (await started.stop('SIGKILL')));
    servers.push(started);
    return started;
  };

  beforeAll(async () => {
    console.log(`durability: seed ${seed}; kill -9 ${killDelayMs} ms after round ${killRound + 1} of ${COMMANDS_PER_WRITER} was submitted`);
    tmp = await mkdtemp(join(tmpdir(), 'roundtable-durability-'));
    cleanups.push(() => rm(tmp, { recursive: true, force: true }));
    await seedPgliteDataDir(join(tmp, 'data'));
    port = await freePort();
    // y-websocket adds a process 'exit' listener per provider; this run has 26 clients and a few readers.
    const maxListeners = process.getMaxListeners();
    process.setMaxListeners(maxListeners + 2 * (WORKSHOPS * WRITERS_PER_WORKSHOP + CARD_WRITERS + 1));
    cleanups.push(() => void process.setMaxListeners(maxListeners));

    server = await start();
    baseUrl = server.url;
    workshops = await Promise.all(Array.from({ length: WORKSHOPS }, () => createTestWorkshop(baseUrl)));
    for (const w of workshops) initial.push(await readCommitted(baseUrl, w.workshopId, w.leadToken));
    writers = await createWriters(baseUrl, workshops, initial);
    cleanups.push(() => writers.forEach((w) => w.client.close()));
    cards = await createCardLoad(baseUrl);
    cleanups.push(() => [cards.lead, ...cards.writers.map((w) => w.client)].forEach((c) => c.close()));

    // Rounds of commands, none waiting for an ack; kill -9 during one; restart on the same data dir and port.
    let phase: Phase = 'first server';
    const submit = (writer: Writer, n: number) => {
      const title = `w${writer.workshop}-c${pad(writer.index)}-n${pad(n)}`;
      const acked = writer.client.send('board:add', { sessionId: writer.sessionId, kind: 'discussion', title, prompt: '' });
      const queued = writer.client.outbox.pendingCommands().at(-1)!;
      expect(queued.payload.title).toBe(title);
      const command: SentCommand = { title, writer, commandId: queued.commandId, submittedWhile: phase, ack: null, settled: Promise.resolve() };
      command.settled = acked.then((ack) => void (command.ack = ack));
      commands.push(command);
    };
    const addCard = (i: number, n: number) => {
      const text = `writer ${i} card ${n}`;
      const ack = cards.writers[i]!.client.send('card:add', { boardId: cards.boardId, text });
      cards.acks.push(ack);
      void ack.then((a) => a.ok && cards.acked.add(text));
    };
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
        if (n < CARDS_EACH) for (let i = 0; i < CARD_WRITERS; i += 1) addCard(i, n);
        if (n === killRound) killRoundSubmitted();
        await delay(Math.round(ROUND_INTERVAL_MS * (0.5 + random.next())));
      }
    })();
    void sending.catch(() => undefined); // awaited below; this keeps an early failure from being reported as unhandled

    await atKillRound;
    await delay(killDelayMs);
    // An ack is the server's proof of a commit: take stock of them, and kill in the same tick.
    ackedBeforeKill = commands.filter((c) => c.ack !== null);
    cardsAckedAtKill = [...cards.acked];
    times.killed = performance.now();
    server.child.kill('SIGKILL');
    await server.exited;
    phase = 'server down';

    // Read what the data dir held at the kill from a copy, so that the server recovers the crashed original itself.
    const copyDir = join(tmp, 'at-kill');
    await cp(join(tmp, 'data'), copyDir, { recursive: true });
    const inspecting = inspectDataDir(copyDir, [...workshops, cards.workshop].map((w) => w.workshopId));
    void inspecting.catch(() => undefined); // awaited below, after the restart it runs alongside
    server = await start();
    expect(server.url).toBe(baseUrl);
    phase = 'restarted';
    times.restarted = performance.now();
    atKill = await inspecting;

    await sending;
    await withTimeout(
      Promise.all([...commands.map((c) => c.settled), ...cards.acks]),
      SETTLE_TIMEOUT_MS,
      () => `${commands.filter((c) => c.ack === null).length} board commands and ${CARD_WRITERS * CARDS_EACH - cards.acked.size} cards still unacknowledged (or refused) after the restart`,
    );
    times.acked = performance.now();
  }, 180_000);

  it('[DUR3] [CMD1] [CMD2] a kill -9 while 20 clients send loses no acknowledged command and applies none twice', async () => {
    // (1) Every ack received before the kill is backed by a commit, and each commit holds its command's board once.
    expect(ackedBeforeKill.filter((c) => !atKill.commandIds.has(c.commandId)).map((c) => c.title), 'acknowledged before the kill, not in the data dir').toEqual([]);
    const committedAtKill = commands.filter((c) => atKill.commandIds.has(c.commandId));
    const ourTitles = new Set(commands.map((c) => c.title));
    const titlesAtKill = workshops.flatMap((w) => atKill.boardTitles.get(w.workshopId) ?? []);
    expect(titlesAtKill.filter((t) => ourTitles.has(t)).sort()).toEqual(committedAtKill.map((c) => c.title).sort());
    // (2) What was sent but unacknowledged when the connection dropped went out again; every command ended applied.
    const unackedSent = commands.filter((c) => unackedAtDrop.has(c.commandId));
    expect(unackedSent.filter((c) => c.writer.emits.get(c.commandId)! <= unackedAtDrop.get(c.commandId)!).map((c) => c.title), 'not sent again').toEqual([]);
    expect(commands.filter((c) => !c.ack?.ok).map((c) => ({ title: c.title, ack: c.ack }))).toEqual([]);

    // (3) Every writer's doc converges to the committed state, as a new client reads it.
    const committed: WorkshopState[] = [];
    for (const w of workshops) committed.push(await readCommitted(baseUrl, w.workshopId, w.leadToken));
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
    for (const [wi, w] of workshops.entries()) expect(canonical(await readCommitted(baseUrl, w.workshopId, w.leadToken))).toBe(canonical(committed[wi]!));

    const ackLost = unackedSent.filter((c) => atKill.commandIds.has(c.commandId));
    console.log(
      [
        `durability: ${commands.length} commands from ${writers.length} clients in ${WORKSHOPS} workshops`,
        `  acknowledged before the kill: ${ackedBeforeKill.length}; committed in the data dir at the kill: ${committedAtKill.length}`,
        `  sent but unacknowledged when the connections dropped: ${unackedSent.length}, of which committed before the kill` +
          ` (so answered from the dedup record when resent): ${ackLost.length}`,
        `  submitted after the kill: ${commands.filter((c) => c.submittedWhile !== 'first server').length}; sent more than once: ${commands.filter((c) => c.writer.emits.get(c.commandId)! > 1).length}`,
        `  kill → restarted: ${ms(times.restarted - times.killed)}; restarted → all acknowledged: ${ms(times.acked - times.restarted)}, all docs converged: ${ms(convergedAt - times.restarted)}`,
      ].join('\n'),
    );
    const logs = servers.flatMap((s) => s.logs);
    if (logs.length > 0) console.log(`durability: the servers printed:\n${logs.join('\n')}`);
  }, 180_000);

  it('[DUR3] [CARD2] a kill -9 while participants write private cards loses no acknowledged card and duplicates none', async () => {
    const total = CARD_WRITERS * CARDS_EACH;
    // Every card acknowledged before the kill was in the data dir at the kill, exactly once, as its author's draft.
    const draftsAtKill = atKill.drafts.get(cards.workshop.workshopId) ?? [];
    const authorOf = (text: string) => cards.writers[Number(/^writer (\d+) /.exec(text)![1])]!.memberId;
    expect(cardsAckedAtKill.filter((text) => draftsAtKill.filter((d) => d.text === text).length !== 1), 'acknowledged before the kill, not in the data dir once').toEqual([]);
    expect(draftsAtKill.filter((d) => d.authorIds.join() !== authorOf(d.text)).map((d) => d.text), 'drafts at the kill with other authors').toEqual([]);
    expect(new Set(draftsAtKill.map((d) => d.text)).size, 'drafts duplicated at the kill').toBe(draftsAtKill.length);
    const results = await Promise.all(cards.acks);
    expect(results.filter((a) => !a.ok)).toEqual([]);

    // Every card, acknowledged before the kill or resent after it, is its author's draft exactly once.
    for (const [i, { client }] of cards.writers.entries()) {
      const expected = Array.from({ length: CARDS_EACH }, (_, n) => `writer ${i} card ${n}`);
      const view = await client.waitForPersonal((v) => v.drafts.length >= CARDS_EACH, 30_000);
      expect(view.drafts.map((d) => d.text).sort()).toEqual(expected.sort());
    }
    const { lead, boardId } = cards;
    await lead.whenConnected(30_000);
    await lead.waitFor((s) => s.boards[boardId]!.cardCounts.local_authority + s.boards[boardId]!.cardCounts.third_sector === total, 30_000);
    expect(await lead.send('board:setPhase', { boardId, from: 'contribute', to: 'reveal' })).toEqual({ ok: true, data: null });
    const revealed = await lead.waitFor((s) => Object.keys(s.cards).length >= total, 30_000);
    const texts = Object.values(revealed.cards).map((c) => c.text);
    expect(texts).toHaveLength(total);
    expect(new Set(texts).size).toBe(total);
    expect(Object.values(revealed.cards).every((c) => c.authorIds === null)).toBe(true);
    console.log(`hidden-doc durability: ${total} private cards, kill -9 after round ${killRound + 1}; ${cardsAckedAtKill.length} acknowledged before it, all in the data dir at the kill`);
  }, 120_000);
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

/** A workshop whose first board of session 2 takes private cards, and its participants, connected. */
async function createCardLoad(baseUrl: string): Promise<CardLoad> {
  const workshop = await createTestWorkshop(baseUrl);
  const lead = new WorkshopClient(baseUrl, workshop.workshopId, await memberIdOf(baseUrl, workshop.workshopId, workshop.leadToken), workshop.leadToken, { presence: false });
  await lead.whenSynced();
  const state = lead.state();
  const boardId = boardsOfSession(state, sessionsInOrder(state)[1]!.id)[0]!.id;
  expect(await lead.send('board:setPhase', { boardId, from: 'draft', to: 'contribute' })).toEqual({ ok: true, data: null });
  const writers: CardLoad['writers'] = [];
  for (let i = 0; i < CARD_WRITERS; i += 1) {
    const joined = await joinTestWorkshop(baseUrl, workshop.joinCode, `Writer ${i}`, i % 2 === 0 ? 'local_authority' : 'third_sector');
    const client = new WorkshopClient(baseUrl, workshop.workshopId, joined.participantId, joined.token, { presence: false, storage: new MemoryOutboxStorage() });
    writers.push({ client, memberId: joined.participantId });
  }
  await Promise.all(writers.map(({ client }) => Promise.all([client.whenConnected(), client.whenSynced()])));
  return { workshop, boardId, lead, writers, acks: [], acked: new Set() };
}

/** JSON with sorted keys: two docs hold the same workshop iff these are equal, whatever order updates came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
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
