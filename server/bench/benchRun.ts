import { prepareBenchWorkshops } from './benchWorkshops';
import type { BenchOptions } from './benchOptions';
import type { ChildProcesses } from './childProcesses';
import { summariseLatencies, type LatencySummary } from './latencySummary';
import { busiestOthers, cpuPercentOfOneCore, machineCpuPercent, readAllProcessCpu, readMachineCpu, readProcessStats, readSettledStats, waitForQuietMachine } from './processStats';
import { ResponsivenessProbe } from './responsivenessProbe';
import { startServerProcess, type ServerKind } from './serverProcess';
import { SimulatorPool } from './simulatorPool';

const RSS_SAMPLE_INTERVAL_MS = 1_000;
/** The window is also reported in slices of this length, to show whether latency drifts during a run. */
const SLICE_MS = 10_000;

/** Everything one run (one server, one size) measured. Memory in bytes, CPU in % of one core. */
export interface RunFigures {
  kind: ServerKind;
  workshops: number;
  participants: number;
  clients: number;
  latency: LatencySummary;
  /** p95 of the commands sent in each SLICE_MS of the window. */
  p95BySliceMs: number[];
  /** Roundtable: command → ack (durable). Null for the reference, which has no acks. */
  ack: LatencySummary | null;
  sent: number;
  commandsPerSecond: number;
  missingDeliveries: number;
  incompleteCommands: number;
  rejected: Record<string, number>;
  unacknowledged: number;
  disconnects: Record<string, number>;
  serverCpuPercent: number;
  /** A trivial HTTP request every 500 ms in the window: how long the server took to answer (its event-loop lag). */
  responsiveness: LatencySummary & { failed: number };
  /** After startup, once settled, before any workshop or client exists. */
  baselineRss: number;
  /** Mean of the samples taken each second in the window. */
  rss: number;
  peakRss: number;
  rssPerClient: number;
  rssPerWorkshop: number;
  simulatorCpuPercent: number;
  /** Everything else on the machine in the window (other processes), % of one core: should be near 0. */
  otherCpuPercent: number;
  /** The other processes that used the most CPU in the window (at least 2 % of a core each). */
  busiestOthers: string[];
  /** Time cores spent waiting for I/O in the window, % of one core. */
  ioWaitPercent: number;
  simulatorLoopDelayP99Ms: number;
  setupMs: number;
}

/** One server, one size: start it, read its baseline, set up and connect the workshops, load, measure, stop. */
export async function runBench(kind: ServerKind, workshops: number, options: BenchOptions, children: ChildProcesses): Promise<RunFigures> {
  const { participants, warmupMs, measureMs, drainMs, intervalMs } = options;
  const quiet = await waitForQuietMachine(() => progress('something else is using the CPU; waiting up to 3 min for it to finish'));
  if (!quiet) progress('still busy; measuring anyway (see "rest of the machine" below)');
  const server = await startServerProcess(kind, children);
  let pool: SimulatorPool | null = null;
  try {
    const baseline = await readSettledStats(server.pid);
    progress(`server up at ${server.url}, pid ${server.pid}; baseline RSS ${(baseline.rssBytes / 2 ** 20).toFixed(0)} MB`);
    const setupStarted = performance.now();
    const plan = await prepareBenchWorkshops(kind, server.url, workshops, participants);
    progress(`${workshops} workshops ready in ${seconds(performance.now() - setupStarted)}; connecting ${workshops * participants} clients`);
    pool = await SimulatorPool.start(options.simulators, { kind, url: server.url, awareness: options.awareness }, plan, children);
    const setupMs = performance.now() - setupStarted;
    progress(`connected in ${seconds(pool.connectMs)}; warm-up ${seconds(warmupMs)}, then measuring for ${seconds(measureMs)}`);

    const results = pool.run({ warmupMs, measureMs, drainMs, intervalMs });
    results.catch(() => undefined); // awaited below; a simulator failing mid-window must not go unhandled meanwhile
    await sleep(warmupMs);
    const from = readProcessStats(server.pid);
    const machineFrom = readMachineCpu();
    const processesFrom = readAllProcessCpu();
    const benchFrom = process.cpuUsage();
    const rssSamples: number[] = [];
    const sampler = setInterval(() => rssSamples.push(readProcessStats(server.pid).rssBytes), RSS_SAMPLE_INTERVAL_MS);
    const probe = new ResponsivenessProbe(kind === 'roundtable' ? `${server.url}/api/health` : server.url);
    await sleep(measureMs);
    clearInterval(sampler);
    const responsiveness = await probe.stop();
    const to = readProcessStats(server.pid);
    const machineTo = readMachineCpu();
    const processesTo = readAllProcessCpu();
    const benchCpuSeconds = cpuSecondsSince(benchFrom);
    rssSamples.push(to.rssBytes);
    const simulated = await results;

    const clients = workshops * participants;
    const rss = rssSamples.reduce((a, b) => a + b, 0) / rssSamples.length;
    const sum = (pick: (r: (typeof simulated)[number]) => number) => simulated.reduce((total, r) => total + pick(r), 0);
    const rejected = addUp(simulated.map((r) => r.rejected));
    return {
      kind,
      workshops,
      participants,
      clients: sum((r) => r.clients),
      latency: summariseLatencies(simulated.flatMap((r) => r.latenciesMs)),
      p95BySliceMs: p95BySlice(simulated, measureMs),
      ack: kind === 'roundtable' ? summariseLatencies(simulated.flatMap((r) => r.ackLatenciesMs)) : null,
      sent: sum((r) => r.sent),
      commandsPerSecond: sum((r) => r.sent) / (measureMs / 1000),
      missingDeliveries: sum((r) => r.missingDeliveries),
      incompleteCommands: sum((r) => r.incompleteCommands),
      rejected,
      unacknowledged: kind === 'roundtable' ? sum((r) => r.unacknowledged) : 0,
      disconnects: addUp(simulated.map((r) => r.disconnects)),
      serverCpuPercent: cpuPercentOfOneCore(from, to),
      responsiveness,
      baselineRss: baseline.rssBytes,
      rss,
      peakRss: Math.max(...rssSamples),
      rssPerClient: (rss - baseline.rssBytes) / clients,
      rssPerWorkshop: (rss - baseline.rssBytes) / workshops,
      simulatorCpuPercent: sum((r) => r.cpuPercent),
      otherCpuPercent: Math.max(0, machineCpuPercent(machineFrom, machineTo) - cpuPercentOfOneCore(from, to) - sum((r) => r.cpuPercent) - (100 * benchCpuSeconds) / (measureMs / 1000)),
      busiestOthers: busiestOthers(processesFrom, processesTo, (machineTo.atMs - machineFrom.atMs) / 1000, [process.pid, server.pid, ...pool.pids]),
      ioWaitPercent: (100 * (machineTo.ioWaitSeconds - machineFrom.ioWaitSeconds)) / ((machineTo.atMs - machineFrom.atMs) / 1000),
      simulatorLoopDelayP99Ms: Math.max(...simulated.map((r) => r.loopDelayP99Ms)),
      setupMs,
    };
  } finally {
    await pool?.stop();
    await server.stop();
  }
}

function p95BySlice(simulated: { latenciesMs: number[]; sentAtMs: number[] }[], measureMs: number): number[] {
  const slices = Array.from({ length: Math.ceil(measureMs / SLICE_MS) }, () => [] as number[]);
  for (const { latenciesMs, sentAtMs } of simulated) {
    latenciesMs.forEach((latency, i) => slices[Math.min(slices.length - 1, Math.max(0, Math.floor(sentAtMs[i]! / SLICE_MS)))]!.push(latency));
  }
  return slices.map((slice) => summariseLatencies(slice).p95);
}

function addUp(counts: Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const c of counts) for (const [key, n] of Object.entries(c)) total[key] = (total[key] ?? 0) + n;
  return total;
}

function progress(line: string): void {
  console.log(`  · ${line}`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

function cpuSecondsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
