import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** One reading of a process's CPU time (all threads, user + system) and resident memory, from /proc. */
export interface ProcessStats {
  cpuSeconds: number;
  rssBytes: number;
  /** performance.now() when read, for turning CPU seconds into a share of one core. */
  atMs: number;
}

/** Clock ticks per second for /proc/<pid>/stat (almost always 100 on Linux). */
function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

const CLK_TCK = clockTicksPerSecond();

/** Reads /proc/<pid>/stat and /proc/<pid>/status. Throws if the process is gone. */
export function readProcessStats(pid: number): ProcessStats {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces and parentheses: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);
  return { cpuSeconds: (utime + stime) / CLK_TCK, rssBytes: rssKb * 1024, atMs: performance.now() };
}

/**
 * How long the process's main thread (the event loop) has been runnable but waiting for a CPU, in seconds, from
 * /proc/<pid>/schedstat; 0 where the kernel does not keep it. Time a busy machine took from the server.
 */
export function readRunQueueWaitSeconds(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1] ?? 0) / 1e9;
  } catch {
    return 0;
  }
}

/** CPU used between two readings, as a percentage of one core. */
export function cpuPercentOfOneCore(from: ProcessStats, to: ProcessStats): number {
  const wallSeconds = (to.atMs - from.atMs) / 1000;
  return wallSeconds > 0 ? (100 * (to.cpuSeconds - from.cpuSeconds)) / wallSeconds : 0;
}

/** The whole machine's CPU time from /proc/stat, in seconds summed over all cores. */
export interface MachineCpu {
  busySeconds: number;
  ioWaitSeconds: number;
  atMs: number;
}

export function readMachineCpu(): MachineCpu {
  // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user)
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, , iowait, irq, softirq, steal] = ticks.map(Number) as number[];
  return { busySeconds: (user! + nice! + system! + irq! + softirq! + steal!) / CLK_TCK, ioWaitSeconds: iowait! / CLK_TCK, atMs: performance.now() };
}

/** Busy CPU of the whole machine between two readings, as a percentage of one core. */
export function machineCpuPercent(from: MachineCpu, to: MachineCpu): number {
  const wallSeconds = (to.atMs - from.atMs) / 1000;
  return wallSeconds > 0 ? (100 * (to.busySeconds - from.busySeconds)) / wallSeconds : 0;
}

/**
 * Waits until the process's RSS has stayed within `toleranceBytes` for `stableMs` (checked each second, at most
 * `maxMs`), and returns that reading. A freshly started Node process gives memory back in steps for a while
 * (V8's memory reducer runs some 8 s after a collection, and again); a baseline read earlier is too high by up
 * to ~80 MB for Roundtable (PGlite), which would make the per-client figures meaningless.
 */
export async function readSettledStats(pid: number, { stableMs = 20_000, maxMs = 60_000, toleranceBytes = 2 * 2 ** 20 } = {}): Promise<ProcessStats> {
  const started = performance.now();
  let reference = readProcessStats(pid);
  let latest = reference;
  while (performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    latest = readProcessStats(pid);
    if (Math.abs(latest.rssBytes - reference.rssBytes) > toleranceBytes) reference = latest;
    else if (latest.atMs - reference.atMs >= stableMs) break;
  }
  return latest;
}

/** CPU seconds of every process on the machine, by pid, with its command name. */
export function readAllProcessCpu(): Map<number, { name: string; cpuSeconds: number }> {
  const all = new Map<number, { name: string; cpuSeconds: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      all.set(Number(entry), { name, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLK_TCK });
    } catch {
      // The process ended meanwhile.
    }
  }
  return all;
}

/** The processes that used the most CPU between two readings, leaving out `exclude`: "name (pid) 12 %". */
export function busiestOthers(
  from: Map<number, { name: string; cpuSeconds: number }>,
  to: Map<number, { name: string; cpuSeconds: number }>,
  wallSeconds: number,
  exclude: readonly number[],
): string[] {
  return [...to.entries()]
    .filter(([pid]) => !exclude.includes(pid))
    .map(([pid, { name, cpuSeconds }]) => ({ pid, name, percent: (100 * (cpuSeconds - (from.get(pid)?.cpuSeconds ?? 0))) / wallSeconds }))
    .filter((p) => p.percent >= 2)
    .sort((a, b) => b.percent - a.percent)
    .slice(0, 3)
    .map((p) => `${p.name} (${p.pid}) ${p.percent.toFixed(0)} %`);
}

/**
 * Waits (at most `maxWaitMs`) until the machine's busy CPU stays under `quietPercent` of one core over a few
 * seconds, so that a run does not start while something else is busy. Returns false if it never got quiet.
 */
export async function waitForQuietMachine(onBusy: () => void, { quietPercent = 15, sampleMs = 3_000, maxWaitMs = 180_000 } = {}): Promise<boolean> {
  const started = performance.now();
  for (let attempt = 0; performance.now() - started < maxWaitMs; attempt += 1) {
    const from = readMachineCpu();
    await new Promise((resolve) => setTimeout(resolve, sampleMs));
    if (machineCpuPercent(from, readMachineCpu()) < quietPercent) return true;
    if (attempt === 0) onBusy();
  }
  return false;
}
