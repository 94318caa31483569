import type { ActionId, ObjectiveId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { createTestWorkshop, joinTestWorkshop, type JoinedForTest } from '../src/testing/restClient';
import { WorkshopClient } from '../src/testing/workshopClient';
import type { BenchOptions } from './benchOptions';
import { prepareBenchWorkshops } from './benchWorkshops';
import type { ChildProcesses } from './childProcesses';
import { inParallel } from './inParallel';
import { summariseLatencies, type LatencySummary } from './latencySummary';
import { progress, seconds, sleep } from './loadedServer';
import { ResponsivenessProbe } from './responsivenessProbe';
import { startServerProcess } from './serverProcess';
import { SimulatorPool } from './simulatorPool';

/** The plan everyone downloads: as large as the export benchmark's (npm run bench:exports). */
const OBJECTIVES = 10;
const ACTIONS_PER_OBJECTIVE = 10;
/** People in the documents workshop, each pressing "Download PDF" at the same moment in every round. */
const DOWNLOADERS = 25;
/** A round of downloads every this often through the window: half of them of the draft, half of the agreed version. */
const ROUND_EVERY_MS = 5_000;
/** Health is asked this often (the profile scenario's probe asks every 500 ms): a short stall is seen. */
const HEALTH_EVERY_MS = 100;

/**
 * How a run renders documents: the server's default pool, or on its main thread (EXPORT_WORKERS=0) for comparison;
 * or no downloads at all, the same load's figures for the others to be read against.
 */
export interface DocumentsMode {
  label: string;
  /** EXPORT_WORKERS for the server; null leaves its default. */
  exportWorkers: number | null;
  downloads: boolean;
}

export const DOCUMENTS_MODES: readonly DocumentsMode[] = [
  { label: 'no downloads (the load alone)', exportWorkers: null, downloads: false },
  { label: 'worker pool (default EXPORT_WORKERS)', exportWorkers: null, downloads: true },
  { label: 'main thread (EXPORT_WORKERS=0)', exportWorkers: 0, downloads: true },
];

/** One download: how long it took and how it was answered. */
interface Download {
  ms: number;
  status: number;
}

export interface DocumentsRunFigures {
  mode: DocumentsMode;
  workshops: number;
  participants: number;
  /** Health answers through the window. */
  health: LatencySummary & { failed: number };
  /** The background workshops' commands sent in the window, command → acknowledgement. */
  ack: LatencySummary;
  rejected: number;
  unacknowledged: number;
  /** The draft's PDF, changed before each round (so each round renders it anew). */
  draft: LatencySummary;
  /** The agreed version's PDF: the first round renders it, the rest are answered from the kept file. */
  agreedFirstRound: LatencySummary;
  agreedLaterRounds: LatencySummary;
  /** Downloads answered other than 200 (503 while the queue is full, errors; 0: no answer), by status. */
  notOk: Record<string, number>;
}

function accepted<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

/** The documents workshop: a facilitator, a council and a third-sector lead connected, and DOWNLOADERS members' tokens (theirs among them). */
interface DocumentsWorkshop {
  workshopId: string;
  facilitator: WorkshopClient;
  leads: WorkshopClient[];
  tokens: string[];
}

/** Builds the 10 × 10 plan through the commands the app sends: every action with both leads and a timescale. */
async function documentsWorkshop(url: string): Promise<DocumentsWorkshop> {
  const w = await createTestWorkshop(url, 'Documents bench PIP', 'Benchshire');
  const council = await joinTestWorkshop(url, w.joinCode, 'Cara Council', 'local_authority', 'Benchshire Council');
  const third = await joinTestWorkshop(url, w.joinCode, 'Tess Third', 'third_sector', 'Benchshire CVS');
  const others: JoinedForTest[] = await inParallel(DOWNLOADERS - 3, 4, (i) => joinTestWorkshop(url, w.joinCode, `Downloader ${i + 1}`));
  const connect = async (memberId: string, token: string) => {
    const client = new WorkshopClient(url, w.workshopId, memberId, token, { presence: false, ackTimeoutMs: 30_000 });
    await Promise.all([client.whenSynced(), client.whenConnected()]);
    return client;
  };
  const facilitator = await connect('lead', w.leadToken);
  const leads = [await connect(council.participantId, council.token), await connect(third.participantId, third.token)];
  const quarter = `${new Date().getUTCFullYear() + 2}-Q2`;
  for (let o = 0; o < OBJECTIVES; o += 1) {
    const { objectiveId } = accepted(await facilitator.send('objective:add', { text: `Objective ${o + 1}: a joint approach to commissioning, volunteering and shared premises across the area` }));
    for (let a = 0; a < ACTIONS_PER_OBJECTIVE; a += 1) {
      const text = `Action ${o + 1}.${a + 1}: map what each partner already does, agree one owner and report back to the partnership board`;
      const { actionId } = accepted(await facilitator.send('action:add', { objectiveId: objectiveId as ObjectiveId, text }));
      const id = actionId as ActionId;
      accepted(await facilitator.send('action:setLead', { actionId: id, slot: 'councilLead', lead: { kind: 'member', memberId: council.participantId } }));
      accepted(await facilitator.send('action:setLead', { actionId: id, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: third.participantId } }));
      accepted(await facilitator.send('action:update', { actionId: id, timescale: { kind: 'quarter', quarter }, ...(a % 3 === 0 ? { notes: 'Start with the organisations already in the forum.', baseNotes: '' } : {}) }));
    }
  }
  return { workshopId: w.workshopId, facilitator, leads, tokens: [w.leadToken, council.token, third.token, ...others.map((j) => j.token)] };
}

/** The room is asked, both leads agree, and the facilitator records version 1. */
async function agree(d: DocumentsWorkshop): Promise<void> {
  accepted(await d.facilitator.send('plan:consult', {}));
  const round = (await d.facilitator.waitFor((s) => s.plan.status === 'consulting', 60_000)).plan.consultationRound;
  for (const lead of d.leads) {
    await lead.waitFor((s) => s.plan.consultationRound === round, 60_000);
    accepted(await lead.send('plan:respond', { round, response: 'agree' }));
  }
  accepted(await d.facilitator.send('plan:agree', { version: 1 }));
}

/** Everyone downloads `path` at the same moment; a download that fails on the way (no answer) counts as status 0. */
async function round(url: string, d: DocumentsWorkshop, path: string): Promise<Download[]> {
  return Promise.all(
    d.tokens.map(async (token) => {
      const started = performance.now();
      try {
        const res = await fetch(`${url}/api/workshops/${d.workshopId}/${path}`, { headers: { authorization: `Bearer ${token}` } });
        await res.arrayBuffer();
        return { ms: performance.now() - started, status: res.status };
      } catch {
        return { ms: performance.now() - started, status: 0 };
      }
    }),
  );
}

/**
 * One run of the documents scenario: the profile scenario's load in `workshops` workshops (their commands are what
 * "commands keep their p95" measures), and beside them one workshop with a 10 × 10 plan whose DOWNLOADERS members
 * download its PDF at the same moment every ROUND_EVERY_MS: the draft (changed before each round) in the first half
 * of the window, agreed version 1 in the second. Health is asked every HEALTH_EVERY_MS throughout. One download before
 * the load starts the renderer, so the window holds no worker start-up.
 */
export async function runDocumentsBench(mode: DocumentsMode, workshops: number, options: BenchOptions, children: ChildProcesses): Promise<DocumentsRunFigures> {
  const { participants, warmupMs, measureMs, drainMs, intervalMs } = options;
  const server = await startServerProcess('roundtable', children, mode.exportWorkers === null ? {} : { EXPORT_WORKERS: String(mode.exportWorkers) });
  let pool: SimulatorPool | null = null;
  let documents: DocumentsWorkshop | null = null;
  try {
    progress(`server up at ${server.url}, pid ${server.pid}; building a ${OBJECTIVES} × ${ACTIONS_PER_OBJECTIVE} plan`);
    documents = await documentsWorkshop(server.url);
    // One download before the load: the render worker (or the main thread's renderer) starts and compiles outside the window.
    await round(server.url, { ...documents, tokens: documents.tokens.slice(0, 1) }, 'plan.pdf');
    const plan = await prepareBenchWorkshops('roundtable', server.url, workshops, participants);
    pool = await SimulatorPool.start(options.simulators, { kind: 'roundtable', url: server.url, awareness: options.awareness, scenario: 'profile' }, plan, children);
    progress(`${workshops} workshops connected; warm-up ${seconds(warmupMs)}, then ${seconds(measureMs)} of download rounds`);
    const results = pool.run({ warmupMs, measureMs, drainMs, intervalMs });
    results.catch(() => undefined); // awaited below
    await sleep(warmupMs);

    const probe = new ResponsivenessProbe(`${server.url}/api/health`, HEALTH_EVERY_MS);
    const windowStart = performance.now();
    const rounds = mode.downloads ? Math.max(2, Math.floor(measureMs / ROUND_EVERY_MS)) : 0;
    const draft: Download[] = [];
    const agreedFirst: Download[] = [];
    const agreedLater: Download[] = [];
    for (let r = 0; r < rounds; r += 1) {
      const due = windowStart + r * ROUND_EVERY_MS;
      await sleep(Math.max(0, due - performance.now()));
      if (r < rounds / 2) {
        accepted(await documents.facilitator.send('plan:update', { vision: `Partners who plan together (round ${r + 1})`, principles: ['Openness'] }));
        draft.push(...(await round(server.url, documents, 'plan.pdf')));
      } else {
        if (agreedFirst.length === 0) await agree(documents);
        (agreedFirst.length === 0 ? agreedFirst : agreedLater).push(...(await round(server.url, documents, 'plan.pdf?version=1')));
      }
    }
    await sleep(Math.max(0, windowStart + measureMs - performance.now()));
    const health = await probe.stop();
    const simulated = await results;

    const notOk: Record<string, number> = {};
    for (const d of [...draft, ...agreedFirst, ...agreedLater]) if (d.status !== 200) notOk[d.status] = (notOk[d.status] ?? 0) + 1;
    const ok = (downloads: Download[]) => summariseLatencies(downloads.filter((d) => d.status === 200).map((d) => d.ms));
    return {
      mode,
      workshops,
      participants,
      health,
      ack: summariseLatencies(simulated.flatMap((s) => s.ackLatenciesMs)),
      rejected: simulated.reduce((n, s) => n + Object.values(s.rejected).reduce((a, b) => a + b, 0), 0),
      unacknowledged: simulated.reduce((n, s) => n + s.unacknowledged, 0),
      draft: ok(draft),
      agreedFirstRound: ok(agreedFirst),
      agreedLaterRounds: ok(agreedLater),
      notOk,
    };
  } finally {
    documents?.facilitator.close();
    for (const lead of documents?.leads ?? []) lead.close();
    await pool?.stop();
    await server.stop();
  }
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(0));

/** One run as lines for the console. */
export function formatDocumentsRun(f: DocumentsRunFigures): string {
  const notOk = Object.entries(f.notOk).map(([status, n]) => `${n} × ${status}`).join(', ') || 'none';
  return [
    `  health (every ${HEALTH_EVERY_MS} ms): p50 ${ms(f.health.p50)} ms, p99 ${ms(f.health.p99)} ms, max ${ms(f.health.max)} ms, ${f.health.failed} failed`,
    `  commands in ${f.workshops} workshops × ${f.participants}: ack p50 ${ms(f.ack.p50)} ms, p95 ${ms(f.ack.p95)} ms, p99 ${ms(f.ack.p99)} ms (${f.ack.count} sent, ${f.rejected} rejected, ${f.unacknowledged} unacknowledged)`,
    `  draft PDF, ${DOWNLOADERS} at once, changed each round: p50 ${ms(f.draft.p50)} ms, p95 ${ms(f.draft.p95)} ms (${f.draft.count} downloads)`,
    `  agreed PDF, first round: p50 ${ms(f.agreedFirstRound.p50)} ms, p95 ${ms(f.agreedFirstRound.p95)} ms; later rounds (kept): p50 ${ms(f.agreedLaterRounds.p50)} ms, p95 ${ms(f.agreedLaterRounds.p95)} ms (${f.agreedLaterRounds.count} downloads)`,
    `  downloads not answered 200: ${notOk}`,
  ].join('\n');
}

/** Every run as one Markdown table, for docs/performance.md. */
export function documentsMarkdownTable(figures: readonly DocumentsRunFigures[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.mode.label} | ${ms(f.health.p50)} / ${ms(f.health.p99)} / ${ms(f.health.max)} | ${ms(f.ack.p50)} / ${ms(f.ack.p95)} | ${ms(f.draft.p50)} / ${ms(f.draft.p95)} | ${ms(f.agreedFirstRound.p95)} | ${ms(f.agreedLaterRounds.p50)} / ${ms(f.agreedLaterRounds.p95)} | ${Object.values(f.notOk).reduce((a, b) => a + b, 0)} |`,
  );
  return [
    '| Documents rendered | Health p50 / p99 / max (ms) | Command ack p50 / p95 (ms) | Draft PDF p50 / p95 (ms) | Agreed PDF, first round p95 (ms) | Agreed PDF, kept, p50 / p95 (ms) | Not 200 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
