import type { BenchOptions } from './benchOptions';
import type { ChildProcesses } from './childProcesses';
import { summariseLatencies, type LatencySummary } from './latencySummary';
import { addUpCounts, progress, seconds, sleep, withLoadedServer } from './loadedServer';
import type { ServerKind } from './serverProcess';
import { WindowMeter, type WindowFigures } from './windowMeter';

/** The window is also reported in slices of this length, to show whether latency drifts during a run. */
const SLICE_MS = 10_000;

/** Everything one run (one server, one size) measured. Memory in bytes, CPU in % of one core. */
export interface RunFigures extends WindowFigures {
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
  /** After startup, once settled, before any workshop or client exists. */
  baselineRss: number;
  rssPerClient: number;
  rssPerWorkshop: number;
  simulatorLoopDelayP99Ms: number;
  setupMs: number;
}

/** One server, one size, participants updating their profile: load, measure the window, stop. */
export function runBench(kind: ServerKind, workshops: number, options: BenchOptions, children: ChildProcesses): Promise<RunFigures> {
  const { participants, warmupMs, measureMs, drainMs, intervalMs } = options;
  return withLoadedServer(kind, workshops, 'profile', options, children, async ({ server, baseline, pool, probeUrl, setupMs }) => {
    progress(`warm-up ${seconds(warmupMs)}, then measuring for ${seconds(measureMs)}`);
    const results = pool.run({ warmupMs, measureMs, drainMs, intervalMs });
    results.catch(() => undefined); // awaited below; a simulator failing mid-window must not go unhandled meanwhile
    await sleep(warmupMs);
    const meter = new WindowMeter(server.pid, probeUrl, pool.pids);
    await sleep(measureMs);
    const window = await meter.stop();
    const simulated = await results;

    const clients = workshops * participants;
    const sum = (pick: (r: (typeof simulated)[number]) => number) => simulated.reduce((total, r) => total + pick(r), 0);
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
      rejected: addUpCounts(simulated.map((r) => r.rejected)),
      unacknowledged: kind === 'roundtable' ? sum((r) => r.unacknowledged) : 0,
      disconnects: addUpCounts(simulated.map((r) => r.disconnects)),
      ...window,
      baselineRss: baseline.rssBytes,
      rssPerClient: (window.rss - baseline.rssBytes) / clients,
      rssPerWorkshop: (window.rss - baseline.rssBytes) / workshops,
      simulatorLoopDelayP99Ms: Math.max(...simulated.map((r) => r.loopDelayP99Ms)),
      setupMs,
    };
  });
}

/** p95 of the latencies of the commands sent in each SLICE_MS of a window (`sentAtMs` from its start). */
export function p95BySlice(simulated: { latenciesMs: number[]; sentAtMs: number[] }[], measureMs: number): number[] {
  const slices = Array.from({ length: Math.ceil(measureMs / SLICE_MS) }, () => [] as number[]);
  for (const { latenciesMs, sentAtMs } of simulated) {
    latenciesMs.forEach((latency, i) => slices[Math.min(slices.length - 1, Math.max(0, Math.floor(sentAtMs[i]! / SLICE_MS)))]!.push(latency));
  }
  return slices.map((slice) => summariseLatencies(slice).p95);
}
