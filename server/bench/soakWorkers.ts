import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchWorkshop } from './benchWorkshops';
import { askToStop, dealRoundRobin, forkTsx, nextMessage, post } from './childMessages';
import type { ChildProcesses } from './childProcesses';
import { addUpCounts } from './loadedServer';
import type { FromSoakWorker, SoakCounts, SoakPlan, SoakWorkerResult, ToSoakWorker } from './soakMessages';

const WORKER = fileURLToPath(new URL('./soakWorker.ts', import.meta.url));
/** Workshops a worker connects at once while setting up. */
const CONNECT_CONCURRENCY = 20;

/** The soak's client processes, each owning whole workshops (dealt round-robin); the parent's side of soakWorker.ts. */
export class SoakWorkers {
  private constructor(
    private readonly processes: ChildProcess[],
    private readonly children: ChildProcesses,
    readonly clients: number,
    readonly connectMs: number,
  ) {}

  /** Forks `count` workers and resolves once every member of every workshop has connected and synced. */
  static async start(count: number, url: string, workshops: BenchWorkshop[], children: ChildProcesses): Promise<SoakWorkers> {
    const shares = dealRoundRobin(workshops, count);
    const processes = shares.map(() => forkTsx(WORKER, children));
    try {
      const ready = await Promise.all(
        processes.map((child, worker) => ask(child, { type: 'setup', setup: { url, workshops: shares[worker]!, worker, connectConcurrency: CONNECT_CONCURRENCY } }, 'ready')),
      );
      return new SoakWorkers(
        processes,
        children,
        ready.reduce((n, r) => n + r.clients, 0),
        Math.max(...ready.map((r) => r.connectMs)),
      );
    } catch (error) {
      await new SoakWorkers(processes, children, 0, 0).stop();
      throw error;
    }
  }

  get pids(): number[] {
    return this.processes.map((p) => p.pid!);
  }

  begin(plan: SoakPlan): void {
    for (const child of this.processes) post<ToSoakWorker>(child, { type: 'start', plan });
  }

  /** Every worker's counts since the last call, added up. */
  async take(): Promise<SoakCounts> {
    return mergeCounts(await Promise.all(this.processes.map((child) => ask(child, { type: 'take' }, 'counts').then((m) => m.counts))));
  }

  /** Stops the load in every worker and waits for their acks still due (at most `drainMs`): the run's final figures. */
  async finish(drainMs: number): Promise<SoakWorkerResult> {
    const results = await Promise.all(this.processes.map((child) => ask(child, { type: 'finish', drainMs }, 'done').then((m) => m.result)));
    const byCommand: SoakWorkerResult['byCommand'] = {};
    for (const [name, totals] of results.flatMap((r) => Object.entries(r.byCommand))) {
      const sum = (byCommand[name] ??= { sent: 0, acked: 0, refused: 0 });
      sum.sent += totals.sent;
      sum.acked += totals.acked;
      sum.refused += totals.refused;
    }
    return {
      counts: mergeCounts(results.map((r) => r.counts)),
      ledgers: results.flatMap((r) => r.ledgers),
      unacknowledged: results.reduce((n, r) => n + r.unacknowledged, 0),
      byCommand,
    };
  }

  /** Closes every client (their connections end here, not counted) and ends the workers. */
  async stop(): Promise<void> {
    await Promise.all(this.processes.map((child) => askToStop<ToSoakWorker>(child, { type: 'stop' }, this.children)));
  }
}

/** Sends `message` and resolves with the worker's answer of type `answer`. */
function ask<T extends FromSoakWorker['type']>(child: ChildProcess, message: ToSoakWorker, answer: T): Promise<Extract<FromSoakWorker, { type: T }>> {
  const answered = nextMessage<FromSoakWorker, T>(child, answer, 'soak worker');
  post<ToSoakWorker>(child, message);
  return answered;
}

export function mergeCounts(all: SoakCounts[]): SoakCounts {
  const sum = (pick: (c: SoakCounts) => number) => all.reduce((n, c) => n + pick(c), 0);
  return {
    sent: sum((c) => c.sent),
    acked: sum((c) => c.acked),
    refused: addUpCounts(all.map((c) => c.refused)),
    timedOut: sum((c) => c.timedOut),
    ackLatenciesMs: all.flatMap((c) => c.ackLatenciesMs),
    disconnects: addUpCounts(all.map((c) => c.disconnects)),
    presenceChanges: sum((c) => c.presenceChanges),
    loopDelayP99Ms: Math.max(0, ...all.map((c) => c.loopDelayP99Ms)),
  };
}
