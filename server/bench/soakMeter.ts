import { loadavg } from 'node:os';
import { summariseLatencies, type LatencySummary } from './latencySummary';
import { cpuPercentOfOneCore, machineCpuPercent, readMachineCpu, readProcessStats, readRunQueueWaitSeconds, type MachineCpu, type ProcessStats } from './processStats';
import { ResponsivenessProbe } from './responsivenessProbe';

const SAMPLE_INTERVAL_MS = 1_000;

/** What the server and the machine did in one reporting interval. CPU in % of one core, memory in bytes. */
export interface SoakInterval {
  /** ms since the load started. */
  untilMs: number;
  rss: number;
  peakRss: number;
  serverCpuPercent: number;
  /** Share of the interval the server's event loop was ready to run but waited for a CPU (a busy machine), %. */
  serverWaitingPercent: number;
  /** GET /api/health once a second: answer times. */
  health: LatencySummary & { failed: number };
  workersCpuPercent: number;
  /** Everything else on the machine (other people's work), % of one core. */
  otherCpuPercent: number;
  /** The 1-minute load average at the end of the interval. */
  load: number;
}

interface Reading {
  server: ProcessStats;
  workers: ProcessStats[];
  machine: MachineCpu;
  bench: NodeJS.CpuUsage;
  serverWaitingSeconds: number;
}

/**
 * Watches the server through a soak: its RSS each second (kept, for the growth), its CPU from /proc/<pid>/stat and
 * the time its event loop waited for a CPU from /proc/<pid>/schedstat, the health check's answer times once a second, the client workers' CPU and the rest of the machine, per interval
 * (`interval()`) and over the whole run.
 */
export class SoakMeter {
  /** One RSS sample a second from the start: ms since the start, bytes. */
  readonly rss: { atMs: number; bytes: number }[] = [];
  private readonly healthMs: number[] = [];
  private healthFailed = 0;
  private readonly startedAt = performance.now();
  private readonly first: Reading;
  private last: Reading;
  private intervalStart = 0;
  private readonly sampler: NodeJS.Timeout;
  private readonly probe: ResponsivenessProbe;

  constructor(
    private readonly serverPid: number,
    healthUrl: string,
    private readonly workerPids: readonly number[],
  ) {
    this.first = this.last = this.read();
    this.sample();
    this.sampler = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);
    this.probe = new ResponsivenessProbe(healthUrl, SAMPLE_INTERVAL_MS);
  }

  /** The figures since the previous call (or the start). */
  interval(): SoakInterval {
    this.sample();
    const now = this.read();
    const { samplesMs, failed } = this.probe.take();
    this.healthMs.push(...samplesMs);
    this.healthFailed += failed;
    const untilMs = performance.now() - this.startedAt;
    const inInterval = this.rss.filter((s) => s.atMs >= this.intervalStart).map((s) => s.bytes);
    const serverCpuPercent = cpuPercentOfOneCore(this.last.server, now.server);
    const workersCpuPercent = now.workers.reduce((n, to, i) => n + cpuPercentOfOneCore(this.last.workers[i]!, to), 0);
    const wallSeconds = (now.machine.atMs - this.last.machine.atMs) / 1000;
    const bench = process.cpuUsage(this.last.bench);
    const benchCpuPercent = (100 * (bench.user + bench.system)) / 1e6 / wallSeconds;
    const figures: SoakInterval = {
      untilMs,
      rss: this.rss.at(-1)!.bytes,
      peakRss: Math.max(...inInterval),
      serverCpuPercent,
      serverWaitingPercent: (100 * (now.serverWaitingSeconds - this.last.serverWaitingSeconds)) / wallSeconds,
      health: { ...summariseLatencies(samplesMs), failed },
      workersCpuPercent,
      otherCpuPercent: Math.max(0, machineCpuPercent(this.last.machine, now.machine) - serverCpuPercent - workersCpuPercent - benchCpuPercent),
      load: loadavg()[0]!,
    };
    this.last = { ...now, bench: process.cpuUsage() };
    this.intervalStart = untilMs;
    return figures;
  }

  /** Stops sampling; the whole run's server CPU and health-check answers (call after the last `interval()`). */
  async stop(): Promise<{ serverCpuPercent: number; serverWaitingPercent: number; health: LatencySummary & { failed: number } }> {
    clearInterval(this.sampler);
    await this.probe.stop();
    const wallSeconds = (this.last.machine.atMs - this.first.machine.atMs) / 1000;
    return {
      serverCpuPercent: cpuPercentOfOneCore(this.first.server, this.last.server),
      serverWaitingPercent: (100 * (this.last.serverWaitingSeconds - this.first.serverWaitingSeconds)) / wallSeconds,
      health: { ...summariseLatencies(this.healthMs), failed: this.healthFailed },
    };
  }

  private sample(): void {
    this.rss.push({ atMs: performance.now() - this.startedAt, bytes: readProcessStats(this.serverPid).rssBytes });
  }

  private read(): Reading {
    return {
      server: readProcessStats(this.serverPid),
      workers: this.workerPids.map(readProcessStats),
      machine: readMachineCpu(),
      bench: process.cpuUsage(),
      serverWaitingSeconds: readRunQueueWaitSeconds(this.serverPid),
    };
  }
}

/** Least-squares slope of RSS over the samples from `fromMs` on, in bytes per minute (NaN with fewer than two). */
export function rssGrowthPerMinute(samples: readonly { atMs: number; bytes: number }[], fromMs: number): number {
  const points = samples.filter((s) => s.atMs >= fromMs);
  if (points.length < 2) return Number.NaN;
  const meanT = points.reduce((n, p) => n + p.atMs, 0) / points.length;
  const meanB = points.reduce((n, p) => n + p.bytes, 0) / points.length;
  const covariance = points.reduce((n, p) => n + (p.atMs - meanT) * (p.bytes - meanB), 0);
  const variance = points.reduce((n, p) => n + (p.atMs - meanT) ** 2, 0);
  return (covariance / variance) * 60_000;
}
