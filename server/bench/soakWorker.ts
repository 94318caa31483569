import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { inParallel } from './inParallel';
import { addUpCounts } from './loadedServer';
import { CommandCounter } from './soakCommands';
import type { FromSoakWorker, SoakCounts, SoakPlan, SoakWorkerResult, SoakWorkerSetup, ToSoakWorker } from './soakMessages';
import { SoakWorkshop } from './soakWorkshop';

const READY_TIMEOUT_MS = 60_000;
const LOOP_DELAY_RESOLUTION_MS = 10;
/** A worker not told to start this long after it was spawned exits by itself. */
const SETUP_DEADLINE_MS = 15 * 60_000;

/** One soak client process: whole workshops, each running its activities (soakWorkshop.ts), all counted together. */
export class SoakWorker {
  private workshops: SoakWorkshop[] = [];
  private readonly counter = new CommandCounter();
  private readonly loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
  private presenceReported = 0;

  constructor(private readonly fail: (error: unknown) => void) {}

  /** Connects every workshop's members; workshops in parallel, people within one arriving one after another. */
  async setup({ url, workshops, worker, connectConcurrency }: SoakWorkerSetup): Promise<{ clients: number; connectMs: number }> {
    const started = performance.now();
    this.workshops = await inParallel(workshops.length, connectConcurrency, (w) => SoakWorkshop.connect(url, workshops[w]!, `${worker}.${w}`, this.counter, READY_TIMEOUT_MS));
    for (const workshop of this.workshops) workshop.takeDisconnects(); // count from the start of the load
    return { clients: this.workshops.reduce((n, w) => n + w.clients, 0), connectMs: performance.now() - started };
  }

  start({ staggerMs }: SoakPlan): void {
    this.loopDelay.enable();
    for (const workshop of this.workshops) workshop.run(Math.random() * staggerMs).catch(this.fail);
  }

  /** What happened since the last call. */
  take(): SoakCounts {
    const presence = this.workshops.reduce((n, w) => n + w.presenceChanges, 0);
    const counts: SoakCounts = {
      ...this.counter.take(),
      disconnects: addUpCounts(this.workshops.map((w) => w.takeDisconnects())),
      presenceChanges: presence - this.presenceReported,
      // The histogram holds whole intervals between samples: the delay is what exceeds the resolution.
      loopDelayP99Ms: this.loopDelay.count === 0 ? 0 : Math.max(0, this.loopDelay.percentile(99) / 1e6 - LOOP_DELAY_RESOLUTION_MS),
    };
    this.presenceReported = presence;
    this.loopDelay.reset();
    return counts;
  }

  /** Stops every workshop's commands, waits (at most `drainMs`) for the acks still due, and reports. */
  async finish(drainMs: number): Promise<SoakWorkerResult> {
    for (const workshop of this.workshops) workshop.stop();
    await this.counter.settled(drainMs);
    return { counts: this.take(), ledgers: this.workshops.map((w) => w.ledger), unacknowledged: this.counter.outstanding, byCommand: this.counter.byCommand };
  }

  close(): void {
    this.loopDelay.disable();
    for (const workshop of this.workshops) workshop.close();
  }
}

/** The child-process side: setup → ready, start, take → counts (any number), finish → done, stop; exits if the parent goes away. */
function runSoakWorker(): void {
  const send = (message: FromSoakWorker) => process.send?.(message);
  const fail = (error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    setTimeout(() => process.exit(1), 200);
  };
  const exitLater = (ms: number) => setTimeout(() => process.exit(1), ms).unref();
  let deadline = exitLater(SETUP_DEADLINE_MS);
  // Every y-websocket provider in Node adds a process 'exit' listener; a worker holds a thousand.
  process.setMaxListeners(0);
  process.on('disconnect', () => process.exit(0));
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  const worker = new SoakWorker(fail);
  process.on('message', (message: ToSoakWorker) => {
    if (message.type === 'setup') {
      worker.setup(message.setup).then((ready) => send({ type: 'ready', ...ready }), fail);
    } else if (message.type === 'start') {
      clearTimeout(deadline);
      deadline = exitLater(message.plan.exitAfterMs);
      worker.start(message.plan);
    } else if (message.type === 'take') {
      send({ type: 'counts', counts: worker.take() });
    } else if (message.type === 'finish') {
      worker.finish(message.drainMs).then((result) => send({ type: 'done', result }), fail);
    } else if (message.type === 'stop') {
      worker.close();
      setTimeout(() => process.exit(0), 200);
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runSoakWorker();
