import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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

/** CPU used between two readings, as a percentage of one core. */
export function cpuPercentOfOneCore(from: ProcessStats, to: ProcessStats): number {
  const wallSeconds = (to.atMs - from.atMs) / 1000;
  return wallSeconds > 0 ? (100 * (to.cpuSeconds - from.cpuSeconds)) / wallSeconds : 0;
}
