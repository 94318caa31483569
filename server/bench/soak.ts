import { cpus, loadavg, totalmem } from 'node:os';
import { optionsOrExit } from './benchOptions';
import { prepareBenchWorkshops } from './benchWorkshops';
import { ChildProcesses } from './childProcesses';
import { progress, seconds, sleep } from './loadedServer';
import { readProcessStats, readSettledStats } from './processStats';
import { mb } from './reportFormat';
import { startServerProcess, type ServerProcess } from './serverProcess';
import { SoakMeter, rssGrowthPerMinute } from './soakMeter';
import { parseSoakOptions, SOAK_USAGE, type SoakOptions } from './soakOptions';
import { docsRow, DOCS_ROW_HEADER, formatRow, formatSummary, ROW_HEADER, type SoakRow } from './soakReport';
import { checkStore } from './soakStoreCheck';
import { mergeCounts, SoakWorkers } from './soakWorkers';
import { SOAK_ACTIVITY } from './soakWorkshop';

/** After the load: how long to wait for the acks still due. */
const DRAIN_MS = 60_000;
/** Warm-up, left out of the RSS growth: a fifth of the run, at most 2 minutes. */
const WARMUP_SHARE = 0.2;
const WARMUP_MAX_MS = 120_000;
/** Workshops start their first activity within this (at most a fifth of the run), so they are not in step. */
const STAGGER_MAX_MS = 120_000;
/** Setup, drain, the read-back and shutdown, on top of the load; past it the soak gives up. */
const ALLOWANCE_MS = 20 * 60_000;
const AFTER_LEFT_MS = 10_000;

/**
 * `npm run bench:soak`: 2,000 connections (80 workshops × 25) for 10 minutes against the production server in its
 * own process, with presence and commands at a workshop's pace, watching the server's memory, CPU and health check
 * and every client's disconnects and acks; then a kill -9, a restart, and every acknowledged card read back.
 * See docs/performance.md, "Soak: 2,000 connections".
 */
async function soak(options: SoakOptions): Promise<boolean> {
  const loadMs = options.minutes * 60_000;
  const children = ChildProcesses.ofRun(loadMs + ALLOWANCE_MS, 'The soak');

  const { workshops, perWorkshop } = options;
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; ` +
      `load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}.\n` +
      `Soak: ${workshops} workshops × ${perWorkshop} (${workshops * perWorkshop} connections) for ${options.minutes} min, ${options.workers} client processes; ` +
      `activities of ~4 min (cards ${SOAK_ACTIVITY.contributeMs / 1000} s, dots ${SOAK_ACTIVITY.voteMs / 1000} s, plan, discussion), presence changes every ${SOAK_ACTIVITY.lookAwayEveryMs[0] / 1000}–${SOAK_ACTIVITY.lookAwayEveryMs[1] / 1000} s.\n`,
  );
  let server: ServerProcess = await startServerProcess('roundtable', children);
  let workers: SoakWorkers | null = null;
  try {
    const baseline = await readSettledStats(server.pid, { stableMs: 10_000, maxMs: 40_000 });
    progress(`server up at ${server.url}, pid ${server.pid}; idle RSS ${mb(baseline.rssBytes)}`);
    const setupStarted = performance.now();
    const plan = await prepareBenchWorkshops('roundtable', server.url, workshops, perWorkshop - 1);
    progress(`${workshops} workshops created and joined in ${seconds(performance.now() - setupStarted)}; connecting ${workshops * perWorkshop} clients`);
    workers = await SoakWorkers.start(options.workers, server.url, plan, children);
    const setupMs = performance.now() - setupStarted;
    progress(`${workers.clients} clients connected in ${seconds(workers.connectMs)}; load for ${options.minutes} min, a row every ${seconds(options.reportEveryMs)}\n`);

    const startRss = readProcessStats(server.pid).rssBytes;
    const loadAtStart = loadavg()[0]!;
    const meter = new SoakMeter(server.pid, `${server.url}/api/health`, workers.pids);
    const started = performance.now();
    workers.begin({ staggerMs: Math.min(STAGGER_MAX_MS, loadMs * WARMUP_SHARE), exitAfterMs: loadMs + DRAIN_MS + ALLOWANCE_MS });
    console.log(ROW_HEADER);
    const rows: SoakRow[] = [];
    const report = (row: SoakRow) => {
      rows.push(row);
      console.log(formatRow(row));
    };
    for (let at = options.reportEveryMs; at < loadMs; at += options.reportEveryMs) {
      await sleep(started + at - performance.now());
      report({ interval: meter.interval(), counts: await workers.take() });
    }
    await sleep(started + loadMs - performance.now());
    const endRss = readProcessStats(server.pid).rssBytes;
    const loadAtEnd = loadavg()[0]!;
    // The last row runs to the end of the drain: the acks still due when the load stopped.
    const result = await workers.finish(DRAIN_MS);
    report({ interval: meter.interval(), counts: result.counts });
    const whole = await meter.stop();
    await workers.stop();
    workers = null;
    await sleep(AFTER_LEFT_MS);
    const afterLeftRss = readProcessStats(server.pid).rssBytes;

    progress('kill -9 the server and start it again on its data directory, then read every workshop back');
    server = await server.restartAfterKill();
    const check = await checkStore(server.url, plan, result.ledgers);

    const warmupMs = Math.min(WARMUP_MAX_MS, loadMs * WARMUP_SHARE);
    const summary = {
      options,
      clients: workshops * perWorkshop,
      baselineRss: baseline.rssBytes,
      startRss,
      peakRss: Math.max(...meter.rss.map((s) => s.bytes)),
      endRss,
      afterLeftRss,
      warmupMs,
      // Over the load only: the drain's samples come after it.
      growthPerMinute: rssGrowthPerMinute(
        meter.rss.filter((s) => s.atMs <= loadMs),
        warmupMs,
      ),
      serverCpuPercent: whole.serverCpuPercent,
      serverWaitingPercent: whole.serverWaitingPercent,
      health: whole.health,
      rows,
      totals: mergeCounts(rows.map((r) => r.counts)),
      result,
      check,
      loadAtStart,
      loadAtEnd,
      setupMs,
    };
    console.log(`\n${formatSummary(summary)}\n`);
    console.log(`For docs/performance.md:\n${DOCS_ROW_HEADER}\n${docsRow(summary, `${new Date().toISOString().slice(0, 10)}`)}\n`);
    const lost = check.cards.missing + check.cards.changed + check.plan.missing + check.dots.boardsDiffering + check.unreadable.length;
    if (lost > 0) console.error(`Acknowledged changes are missing from the store after the restart (${lost}): see "Store" above.`);
    else console.log(`Every acknowledged card (${check.cards.acknowledged}), dot and plan item is in the store: 0 missing.`);
    return lost === 0;
  } finally {
    await workers?.stop();
    await server.stop();
  }
}

soak(optionsOrExit(() => parseSoakOptions(process.argv.slice(2)), SOAK_USAGE)).then(
  (kept) => process.exit(kept ? 0 : 1),
  (error: unknown) => {
    console.error(`The soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
