import { prepareBenchWorkshops } from './benchWorkshops';
import type { BenchOptions } from './benchOptions';
import type { ChildProcesses } from './childProcesses';
import { summariseLatencies, type LatencySummary } from './latencySummary';
import { cpuPercentOfOneCore, readProcessStats } from './processStats';
import { startServerProcess, type ServerKind } from './serverProcess';
import { SimulatorPool } from './simulatorPool';

/** Time the server gets after its ready line before the memory baseline is read. */
const BASELINE_SETTLE_MS = 3_000;
const RSS_SAMPLE_INTERVAL_MS = 1_000;

/** Everything one run (one server, one size) measured. Memory in bytes, CPU in % of one core. */
export interface RunFigures {
  kind: ServerKind;
  workshops: number;
  participants: number;
  clients: number;
  latency: LatencySummary;
  /** Roundtable: command → ack (durable). Null for the reference, which has no acks. */
  ack: LatencySummary | null;
  sent: number;
  commandsPerSecond: number;
  missingDeliveries: number;
  incompleteCommands: number;
  rejected: Record<string, number>;
  unacknowledged: number;
  disconnects: number;
  serverCpuPercent: number;
  baselineRss: number;
  /** Mean of the samples taken each second in the window. */
  rss: number;
  peakRss: number;
  rssPerClient: number;
  rssPerWorkshop: number;
  simulatorCpuPercent: number;
  simulatorLoopDelayP99Ms: number;
  setupMs: number;
}

/** One server, one size: start it, read its baseline, set up and connect the workshops, load, measure, stop. */
export async function runBench(kind: ServerKind, workshops: number, options: BenchOptions, children: ChildProcesses): Promise<RunFigures> {
  const { participants, warmupMs, measureMs, drainMs, intervalMs } = options;
  const server = await startServerProcess(kind, children);
  let pool: SimulatorPool | null = null;
  try {
    await sleep(BASELINE_SETTLE_MS);
    const baseline = readProcessStats(server.pid);
    const setupStarted = performance.now();
    const plan = await prepareBenchWorkshops(kind, server.url, workshops, participants);
    pool = await SimulatorPool.start(options.simulators, kind, server.url, plan, children);
    const setupMs = performance.now() - setupStarted;

    const results = pool.run({ warmupMs, measureMs, drainMs, intervalMs });
    results.catch(() => undefined); // awaited below; a simulator failing mid-window must not go unhandled meanwhile
    await sleep(warmupMs);
    const from = readProcessStats(server.pid);
    const rssSamples: number[] = [];
    const sampler = setInterval(() => rssSamples.push(readProcessStats(server.pid).rssBytes), RSS_SAMPLE_INTERVAL_MS);
    await sleep(measureMs);
    clearInterval(sampler);
    const to = readProcessStats(server.pid);
    rssSamples.push(to.rssBytes);
    const simulated = await results;

    const clients = workshops * participants;
    const rss = rssSamples.reduce((a, b) => a + b, 0) / rssSamples.length;
    const sum = (pick: (r: (typeof simulated)[number]) => number) => simulated.reduce((total, r) => total + pick(r), 0);
    const rejected: Record<string, number> = {};
    for (const r of simulated) for (const [code, n] of Object.entries(r.rejected)) rejected[code] = (rejected[code] ?? 0) + n;
    return {
      kind,
      workshops,
      participants,
      clients: sum((r) => r.clients),
      latency: summariseLatencies(simulated.flatMap((r) => r.latenciesMs)),
      ack: kind === 'roundtable' ? summariseLatencies(simulated.flatMap((r) => r.ackLatenciesMs)) : null,
      sent: sum((r) => r.sent),
      commandsPerSecond: sum((r) => r.sent) / (measureMs / 1000),
      missingDeliveries: sum((r) => r.missingDeliveries),
      incompleteCommands: sum((r) => r.incompleteCommands),
      rejected,
      unacknowledged: kind === 'roundtable' ? sum((r) => r.unacknowledged) : 0,
      disconnects: sum((r) => r.disconnects),
      serverCpuPercent: cpuPercentOfOneCore(from, to),
      baselineRss: baseline.rssBytes,
      rss,
      peakRss: Math.max(...rssSamples),
      rssPerClient: (rss - baseline.rssBytes) / clients,
      rssPerWorkshop: (rss - baseline.rssBytes) / workshops,
      simulatorCpuPercent: sum((r) => r.cpuPercent),
      simulatorLoopDelayP99Ms: Math.max(...simulated.map((r) => r.loopDelayP99Ms)),
      setupMs,
    };
  } finally {
    await pool?.stop();
    await server.stop();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
