import type { BenchOptions, BenchScenario } from './benchOptions';
import { prepareBenchWorkshops } from './benchWorkshops';
import type { ChildProcesses } from './childProcesses';
import { readSettledStats, waitForQuietMachine, type ProcessStats } from './processStats';
import { startServerProcess, type ServerKind, type ServerProcess } from './serverProcess';
import { SimulatorPool } from './simulatorPool';

/** A server under a run's clients, connected and idle, ready for the load. */
export interface LoadedServer {
  server: ServerProcess;
  /** After startup, once settled, before any workshop or client exists. */
  baseline: ProcessStats;
  pool: SimulatorPool;
  /** What the responsiveness probe asks for: Roundtable's health check, the reference's banner. */
  probeUrl: string;
  /** Creating and joining the workshops and connecting every client. */
  setupMs: number;
}

/**
 * One server, one size, one scenario: waits for a quiet machine, starts the server, reads its baseline, sets up and
 * connects the workshops, hands over to `measure`, and stops everything afterwards whatever happens.
 */
export async function withLoadedServer<T>(
  kind: ServerKind,
  workshops: number,
  scenario: BenchScenario,
  options: BenchOptions,
  children: ChildProcesses,
  measure: (loaded: LoadedServer) => Promise<T>,
): Promise<T> {
  const quiet = await waitForQuietMachine(() => progress('something else is using the CPU; waiting up to 3 min for it to finish'));
  if (!quiet) progress('still busy; measuring anyway (see "rest of the machine" below)');
  const server = await startServerProcess(kind, children);
  let pool: SimulatorPool | null = null;
  try {
    const baseline = await readSettledStats(server.pid);
    progress(`server up at ${server.url}, pid ${server.pid}; baseline RSS ${(baseline.rssBytes / 2 ** 20).toFixed(0)} MB`);
    const setupStarted = performance.now();
    const plan = await prepareBenchWorkshops(kind, server.url, workshops, options.participants);
    progress(`${workshops} workshops ready in ${seconds(performance.now() - setupStarted)}; connecting ${workshops * options.participants} clients`);
    pool = await SimulatorPool.start(options.simulators, { kind, url: server.url, awareness: options.awareness, scenario }, plan, children);
    const setupMs = performance.now() - setupStarted;
    progress(`connected in ${seconds(pool.connectMs)}`);
    return await measure({ server, baseline, pool, probeUrl: kind === 'roundtable' ? `${server.url}/api/health` : server.url, setupMs });
  } finally {
    await pool?.stop();
    await server.stop();
  }
}

/** Counts by key, added up over several sources. */
export function addUpCounts(counts: Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const c of counts) for (const [key, n] of Object.entries(c)) total[key] = (total[key] ?? 0) + n;
  return total;
}

export function progress(line: string): void {
  console.log(`  · ${line}`);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
