import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchWorkshop } from './benchWorkshops';
import { askToStop, dealRoundRobin, forkTsx, nextMessage as nextOf, post as postTo } from './childMessages';
import type { ChildProcesses } from './childProcesses';
import type { AwarenessMode, BenchScenario } from './benchOptions';
import type { ServerKind } from './serverProcess';
import type { BoardSimulatorResult, FromSimulator, LoadTiming, SimulatorResult, ToSimulator } from './simulatorMessages';

const SIMULATOR = fileURLToPath(new URL('./simulatorProcess.ts', import.meta.url));
/** Connections a simulator opens at once while setting up. */
const CONNECT_CONCURRENCY = 25;

/**
 * The simulator processes of one run. Each owns whole workshops (dealt round-robin), so every command's
 * sender and observers share a clock.
 */
export class SimulatorPool {
  private constructor(
    private readonly processes: ChildProcess[],
    private readonly children: ChildProcesses,
    readonly connectMs: number,
  ) {}

  /** Forks `count` simulators and resolves once every participant has connected and synced. */
  static async start(
    count: number,
    target: { kind: ServerKind; url: string; awareness: AwarenessMode; scenario: BenchScenario },
    workshops: BenchWorkshop[],
    children: ChildProcesses,
  ): Promise<SimulatorPool> {
    const shares = dealRoundRobin(workshops, count);
    const processes = shares.map(() => forkTsx(SIMULATOR, children));
    const pool = new SimulatorPool(processes, children, 0);
    try {
      const ready = await Promise.all(
        processes.map((child, s) => {
          const answer = nextMessage(child, 'ready');
          post(child, { type: 'setup', setup: { ...target, workshops: shares[s]!, simulator: s, connectConcurrency: CONNECT_CONCURRENCY } });
          return answer;
        }),
      );
      return new SimulatorPool(processes, children, Math.max(...ready.map((r) => r.connectMs)));
    } catch (error) {
      await pool.stop();
      throw error;
    }
  }

  get pids(): number[] {
    return this.processes.map((p) => p.pid!);
  }

  /** Starts the load in every simulator; resolves with each one's figures after the window and drain. */
  run(timing: LoadTiming): Promise<SimulatorResult[]> {
    return Promise.all(
      this.processes.map((child) => {
        const answer = nextMessage(child, 'result');
        post(child, { type: 'start', timing });
        return answer.then((m) => m.result);
      }),
    );
  }

  /** Starts the whole-board run in every simulator (board scenario); resolves with each one's figures at its end. */
  runBoard(timing: LoadTiming): Promise<BoardSimulatorResult[]> {
    return Promise.all(
      this.processes.map((child) => {
        const answer = nextMessage(child, 'boardResult');
        post(child, { type: 'start', timing });
        return answer.then((m) => m.result);
      }),
    );
  }

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((child) => askToStop<ToSimulator>(child, { type: 'stop' }, this.children)));
  }
}

function post(child: ChildProcess, message: ToSimulator): void {
  postTo(child, message);
}

/** The simulator's next message of `type`; rejects on its error report or its exit. */
function nextMessage<T extends FromSimulator['type']>(child: ChildProcess, type: T): Promise<Extract<FromSimulator, { type: T }>> {
  return nextOf<FromSimulator, T>(child, type);
}
