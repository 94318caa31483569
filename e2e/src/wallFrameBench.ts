import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startServerProcess } from '../../server/src/testing/serverProcess';
import { WorkshopClient } from '../../server/src/testing/workshopClient';
import { launchBrowser } from './browser';
import { formatFrameSummary, percentile, startFrameMeter, stopFrameMeter, summariseFrames } from './wallFrameMeter';
import { openWall, WALL_VIEWPORT } from './wallPage';
import { benchCardText, joinParticipants, seedWorkshop, sendOrThrow, type SeededWorkshop } from './wallSeed';
import { CARDS_PER_BOARD_MAX } from '@roundtable/shared/board/boardLimits';
import type { Sector } from '@roundtable/shared/members/sector';

/*
 * `npm run bench:wall`: frame time of the board wall (wall mode, as projected) in headless Chromium while it shows
 * CARDS cards and PARTICIPANTS simulated participants add cards through Socket.io from Node. Not part of `npm test`;
 * needs `npm run build` first (the production server serves the built client). See docs/performance.md.
 */

const USAGE =
  'npm run bench:wall -- [--cards 300] [--participants 25] [--seconds 30] [--idle-seconds 10] [--min-interval 2] [--max-interval 5] [--clusters 8] [--view canvas|plain] [--profile]';

interface Options {
  cards: number;
  participants: number;
  seconds: number;
  idleSeconds: number;
  minIntervalS: number;
  maxIntervalS: number;
  clusters: number;
  /** The canvas, or the wall page's plain board view (a baseline without tldraw). */
  view: 'canvas' | 'plain';
  /** Record a CPU profile of the page during the window: top functions printed, the profile saved. */
  profile: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      cards: { type: 'string', default: '300' },
      participants: { type: 'string', default: '25' },
      seconds: { type: 'string', default: '30' },
      'idle-seconds': { type: 'string', default: '10' },
      'min-interval': { type: 'string', default: '2' },
      'max-interval': { type: 'string', default: '5' },
      clusters: { type: 'string', default: '8' },
      view: { type: 'string', default: 'canvas' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const number = (name: string, value: string, min: number, max: number) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number from ${min} to ${max}; got “${value}”.\n${USAGE}`);
    return n;
  };
  const options = {
    cards: number('cards', values.cards, 0, CARDS_PER_BOARD_MAX),
    participants: number('participants', values.participants, 0, 100),
    seconds: number('seconds', values.seconds, 1, 600),
    idleSeconds: number('idle-seconds', values['idle-seconds'], 0, 600),
    minIntervalS: number('min-interval', values['min-interval'], 0.1, 600),
    maxIntervalS: number('max-interval', values['max-interval'], 0.1, 600),
    clusters: number('clusters', values.clusters, 0, 40),
    view: values.view === 'plain' ? ('plain' as const) : ('canvas' as const),
    profile: values.profile,
  };
  if (values.view !== 'canvas' && values.view !== 'plain') throw new Error(`--view is canvas or plain; got “${values.view}”.\n${USAGE}`);
  if (options.maxIntervalS < options.minIntervalS) throw new Error(`--max-interval must not be below --min-interval.\n${USAGE}`);
  return options;
}

const SECTORS: Sector[] = ['local_authority', 'third_sector', 'third_sector', 'local_authority', 'other_public', 'other'];
/** Cards the participants add carry a marker the page can spot: "(#p<participant>-<n>)". */
const ADDED_MARKER = String.raw`\(#(p\d+-\d+)\)`;
const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));
const CLIENT_INDEX_HTML = fileURLToPath(new URL('../../client/dist/index.html', import.meta.url));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const fmt = (v: number) => (Number.isNaN(v) ? '–' : `${Math.round(v)} ms`);

/**
 * The wall's board with `cards` cards, as a session's group step leaves it: most in clusters, the rest loose. Cards
 * are scribed by both facilitators at once, then the board goes back to contribute so that participants can add.
 */
async function seedBoard(server: { url: string }, options: Options): Promise<SeededWorkshop> {
  const seeded = await seedWorkshop(server.url, 'contribute');
  const texts = Array.from({ length: options.cards }, (_, i) => ({ text: benchCardText(i), sector: SECTORS[i % SECTORS.length]! }));
  const ids: string[] = new Array<string>(texts.length);
  // Commands of one client go one at a time; a few in flight keep the server busy without changing what it stores.
  const lanes = 4;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let i = lane; i < texts.length; i += lanes) ids[i] = (await sendOrThrow(seeded.lead, 'card:add', { boardId: seeded.boardId, ...texts[i]! })).cardId;
    }),
  );
  await sendOrThrow(seeded.lead, 'board:setPhase', { boardId: seeded.boardId, from: 'contribute', to: 'reveal' });
  await sendOrThrow(seeded.lead, 'board:setPhase', { boardId: seeded.boardId, from: 'reveal', to: 'group' });
  // Three cards in four go into clusters, as after a session's grouping; the rest stay loose.
  const clustered = options.clusters === 0 ? 0 : Math.floor((ids.length * 3) / 4);
  for (let c = 0; c < options.clusters; c++) {
    const { clusterId } = await sendOrThrow(seeded.lead, 'cluster:add', { boardId: seeded.boardId, name: `Theme ${c + 1}` });
    for (let i = c; i < clustered; i += options.clusters) await sendOrThrow(seeded.lead, 'card:move', { cardId: ids[i]!, clusterId });
  }
  await sendOrThrow(seeded.lead, 'board:tidy', { boardId: seeded.boardId });
  await sendOrThrow(seeded.lead, 'board:setPhase', { boardId: seeded.boardId, from: 'group', to: 'reveal' });
  await sendOrThrow(seeded.lead, 'board:setPhase', { boardId: seeded.boardId, from: 'reveal', to: 'contribute' });
  return seeded;
}

interface Sent {
  marker: string;
  sentAt: number;
  ackMs: number | null;
  refused: string | null;
}

/** One simulated participant: joins, then adds a card every min–max interval until `until` or its share is used. */
async function participantAdds(client: WorkshopClient, boardId: string, index: number, share: number, options: Options, until: number, sent: Sent[]): Promise<void> {
  const interval = () => (options.minIntervalS + Math.random() * (options.maxIntervalS - options.minIntervalS)) * 1000;
  // Everyone starts within the first interval, not all at once.
  await sleep(Math.random() * options.maxIntervalS * 1000);
  for (let n = 1; n <= share && Date.now() < until; n++) {
    const marker = `p${index + 1}-${n}`;
    const record: Sent = { marker, sentAt: Date.now(), ackMs: null, refused: null };
    sent.push(record);
    void client.send('card:add', { boardId, text: `(#${marker}) ${benchCardText(index * 40 + n)}` }).then((ack) => {
      record.ackMs = Date.now() - record.sentAt;
      if (!ack.ok) record.refused = ack.error.code;
    });
    await sleep(interval());
  }
}

async function measure(page: Page, seconds: number): Promise<ReturnType<typeof summariseFrames> & { seen: Record<string, number>; heapStart: number; heapEnd: number }> {
  await startFrameMeter(page, ADDED_MARKER);
  await sleep(seconds * 1000);
  const samples = await stopFrameMeter(page);
  return { ...summariseFrames(samples), seen: samples.seen, heapStart: samples.heapStart, heapEnd: samples.heapEnd };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Chromium's sampling profiler on the page, through the DevTools protocol. */
async function startProfile(page: Page): Promise<{ stop(): Promise<CpuProfile> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach();
      return profile;
    },
  };
}

/**
 * Self time by script (the built chunks: WallCanvas-… is tldraw and the wall, WorkshopRoute-… the live connection and
 * the doc) and by function (minified names, with line:column in the chunk for its source map), as "  1234 ms  name" lines.
 */
function topFunctions(profile: CpuProfile, n: number): string[] {
  const total = profile.endTime - profile.startTime;
  const hits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0) || 1;
  const byScript = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? (url.split('/').pop() ?? url) : '';
    const column = (node.callFrame as { columnNumber?: number }).columnNumber ?? 0;
    const script = file || functionName || '(anonymous)';
    byScript.set(script, (byScript.get(script) ?? 0) + (node.hitCount ?? 0));
    const key = `${functionName || '(anonymous)'}${file ? `  ${file}:${lineNumber + 1}:${column + 1}` : ''}`;
    byName.set(key, (byName.get(key) ?? 0) + (node.hitCount ?? 0));
  }
  const ms = (count: number) => String(Math.round(((count / hits) * total) / 1000)).padStart(7);
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, count]) => `${ms(count)} ms  ${name}`);
  return ['By script:', ...top(byScript), 'By function:', ...top(byName)];
}

async function bench(options: Options): Promise<void> {
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}.\n` +
      `The wall (wall mode, ${options.view === 'canvas' ? 'the canvas' : 'the plain board view'}, ${WALL_VIEWPORT.width}×${WALL_VIEWPORT.height}) with ${options.cards} cards (${options.clusters} clusters); ` +
      `${options.participants} participants each add a card every ${options.minIntervalS}–${options.maxIntervalS} s for ${options.seconds} s.`,
  );
  if (!existsSync(CLIENT_INDEX_HTML)) throw new Error('The client is not built: run `npm run build` first (the server serves client/dist).');
  const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-wall-bench-'));
  // A busy machine can take a minute to start the server (tsx compiles it first): allow for it.
  const server = await startServerProcess({ inheritedEnv: process.env, dataDir, startTimeoutMs: 180_000 });
  const browser = await launchBrowser();
  const clients: WorkshopClient[] = [];
  let seeded: SeededWorkshop | undefined;
  try {
    let t = Date.now();
    seeded = await seedBoard(server, options);
    console.log(`Seeded ${options.cards} cards in ${((Date.now() - t) / 1000).toFixed(1)} s.`);

    const page = await openWall(browser, seeded.created.coFacilitatorUrl, options.cards, options.view);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const joined = await joinParticipants(server.url, seeded.created.joinCode, options.participants);
    for (const p of joined) clients.push(new WorkshopClient(server.url, seeded.created.workshopId, p.participantId, p.token, { ackTimeoutMs: 30_000 }));
    await Promise.all(clients.map((c) => Promise.all([c.whenSynced(30_000), c.whenConnected(30_000)])));
    for (const [i, c] of clients.entries()) c.provider.awareness.setLocalState({ memberId: joined[i]!.participantId, boardId: seeded.boardId });

    // Idle: the same wall with the same people connected, and nothing added.
    const idle = options.idleSeconds > 0 ? await measure(page, options.idleSeconds) : null;

    const share = Math.min(40, Math.floor((CARDS_PER_BOARD_MAX - options.cards) / Math.max(1, options.participants)));
    const sent: Sent[] = [];
    t = Date.now();
    const until = t + options.seconds * 1000;
    const adding = Promise.all(clients.map((c, i) => participantAdds(c, seeded!.boardId, i, share, options, until, sent)));
    const loadBefore = loadavg()[0]!;
    const profiler = options.profile ? await startProfile(page) : null;
    const loaded = await measure(page, options.seconds);
    const profile = profiler ? await profiler.stop() : null;
    const loadAfter = loadavg()[0]!;
    await adding;
    // Late arrivals: let the last cards reach the page before counting what is missing.
    await sleep(2_000);

    const onWall = sent.map((s) => (loaded.seen[s.marker] === undefined ? Number.NaN : loaded.seen[s.marker]! - s.sentAt)).filter((v) => !Number.isNaN(v));
    const sortedOnWall = [...onWall].sort((a, b) => a - b);
    const acks = sent.flatMap((s) => (s.ackMs === null ? [] : [s.ackMs])).sort((a, b) => a - b);
    const refused = sent.filter((s) => s.refused !== null);

    console.log('');
    if (idle) console.log(formatFrameSummary(`Idle (${options.idleSeconds} s)`, idle));
    console.log(formatFrameSummary(`Adding (${options.seconds} s)`, loaded));
    console.log(
      `Cards sent: ${sent.length} (${(sent.length / options.seconds).toFixed(1)}/s; at most ${share} each, the board's room shared out); ` +
        `refused ${refused.length}${refused.length ? ` (${[...new Set(refused.map((r) => r.refused))].join(', ')})` : ''}; ` +
        `ack p50 ${fmt(percentile(acks, 50))}, p95 ${fmt(percentile(acks, 95))}.`,
    );
    console.log(
      `Sent → shown on the wall: ${onWall.length} of ${sent.length - refused.length} seen during the window; ` +
        `p50 ${fmt(percentile(sortedOnWall, 50))}, p95 ${fmt(percentile(sortedOnWall, 95))}, max ${fmt(sortedOnWall[sortedOnWall.length - 1] ?? Number.NaN)}.`,
    );
    console.log(`Machine load (1-min average) ${loadBefore.toFixed(1)} before the window, ${loadAfter.toFixed(1)} after, on ${cpus().length} cores: above the core count, the figures include waiting for a CPU.`);
    if (loaded.heapStart > 0) console.log(`JS heap: ${(loaded.heapStart / 2 ** 20).toFixed(0)} MB → ${(loaded.heapEnd / 2 ** 20).toFixed(0)} MB.`);
    if (profile) {
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      const path = `${ARTIFACTS_DIR}wall-bench-${options.view}.cpuprofile`;
      await writeFile(path, JSON.stringify(profile));
      console.log(`\nWhere the page's main thread spent the window (self time; the whole profile: ${path}):\n${topFunctions(profile, 20).join('\n')}`);
    }
    if (pageErrors.length > 0) console.log(`Page errors: ${pageErrors.join('\n')}`);
    console.log(
      `\n| View | Cards | Participants | Window | Frames/s | p50 | p95 | p99 | max | > 50 ms | Long tasks |\n|---|---|---|---|---|---|---|---|---|---|---|\n` +
        [idle && ['idle', options.idleSeconds, idle] as const, ['adding', options.seconds, loaded] as const]
          .flatMap((row) => (row ? [row] : []))
          .map(
            ([what, s, f]) =>
              `| ${options.view} | ${options.cards} | ${what === 'idle' ? `${options.participants} (idle)` : options.participants} | ${s} s | ${f.fps.toFixed(1)} | ${f.p50.toFixed(1)} ms | ${f.p95.toFixed(1)} ms | ${f.p99.toFixed(1)} ms | ${f.max.toFixed(0)} ms | ${f.over50} | ${f.longTasks} (${Math.round(f.longTaskMs)} ms) |`,
          )
          .join('\n'),
    );
  } finally {
    for (const c of clients) c.close();
    seeded?.close();
    await browser.close().catch(() => undefined);
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// Each simulated participant's connection adds an exit listener; 25 of them are expected.
process.setMaxListeners(200);
try {
  await bench(parseOptions(process.argv.slice(2)));
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
