import type { LatencySummary } from './latencySummary';
import {
  busiestOthers,
  cpuPercentOfOneCore,
  machineCpuPercent,
  readAllProcessCpu,
  readMachineCpu,
  readProcessStats,
  type MachineCpu,
  type ProcessStats,
} from './processStats';
import { ResponsivenessProbe } from './responsivenessProbe';

const RSS_SAMPLE_INTERVAL_MS = 1_000;

/** What the server and the machine did during one window. CPU in % of one core, memory in bytes. */
export interface WindowFigures {
  serverCpuPercent: number;
  /** Mean of the samples taken each second in the window. */
  rss: number;
  peakRss: number;
  /** A trivial HTTP request every 500 ms in the window: how long the server took to answer (its event-loop lag). */
  responsiveness: LatencySummary & { failed: number };
  /** The simulator processes, all together. */
  simulatorCpuPercent: number;
  /** Everything else on the machine in the window (other processes), % of one core: should be near 0. */
  otherCpuPercent: number;
  /** The other processes that used the most CPU in the window (at least 2 % of a core each). */
  busiestOthers: string[];
  /** Time cores spent waiting for I/O in the window, % of one core. */
  ioWaitPercent: number;
}

/**
 * Measures one window: the server's CPU (from /proc, all threads) and RSS (sampled each second), its
 * responsiveness, the simulators' CPU, and whatever else used the machine meanwhile.
 */
export class WindowMeter {
  private readonly rssSamples: number[] = [];
  private readonly sampler: NodeJS.Timeout;
  private readonly probe: ResponsivenessProbe;
  private readonly server: ProcessStats;
  private readonly simulators: ProcessStats[];
  private readonly machine: MachineCpu;
  private readonly processes: ReturnType<typeof readAllProcessCpu>;
  private readonly benchCpu: NodeJS.CpuUsage;

  constructor(
    private readonly serverPid: number,
    probeUrl: string,
    private readonly simulatorPids: readonly number[],
  ) {
    this.server = readProcessStats(serverPid);
    this.simulators = simulatorPids.map(readProcessStats);
    this.machine = readMachineCpu();
    this.processes = readAllProcessCpu();
    this.benchCpu = process.cpuUsage();
    this.sampler = setInterval(() => this.rssSamples.push(readProcessStats(serverPid).rssBytes), RSS_SAMPLE_INTERVAL_MS);
    this.probe = new ResponsivenessProbe(probeUrl);
  }

  async stop(): Promise<WindowFigures> {
    clearInterval(this.sampler);
    const server = readProcessStats(this.serverPid);
    const simulators = this.simulatorPids.map(readProcessStats);
    const machine = readMachineCpu();
    const processes = readAllProcessCpu();
    const bench = process.cpuUsage(this.benchCpu);
    const responsiveness = await this.probe.stop();
    this.rssSamples.push(server.rssBytes);
    const wallSeconds = (machine.atMs - this.machine.atMs) / 1000;
    const serverCpuPercent = cpuPercentOfOneCore(this.server, server);
    const simulatorCpuPercent = simulators.reduce((total, to, i) => total + cpuPercentOfOneCore(this.simulators[i]!, to), 0);
    const benchCpuPercent = (100 * (bench.user + bench.system)) / 1e6 / wallSeconds;
    return {
      serverCpuPercent,
      rss: this.rssSamples.reduce((a, b) => a + b, 0) / this.rssSamples.length,
      peakRss: Math.max(...this.rssSamples),
      responsiveness,
      simulatorCpuPercent,
      otherCpuPercent: Math.max(0, machineCpuPercent(this.machine, machine) - serverCpuPercent - simulatorCpuPercent - benchCpuPercent),
      busiestOthers: busiestOthers(this.processes, processes, wallSeconds, [process.pid, this.serverPid, ...this.simulatorPids]),
      ioWaitPercent: (100 * (machine.ioWaitSeconds - this.machine.ioWaitSeconds)) / wallSeconds,
    };
  }
}
