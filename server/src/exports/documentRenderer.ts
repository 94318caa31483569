import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { RegisteredExport } from './exportDocument';
import { EXPORT_REGISTRY } from './exportRegistry';
import { renderTasks, type RenderTask } from './renderTask';

/**
 * [CAP1] Where documents are rendered. A PDF of a large plan takes from a fifth of a second to a couple of seconds of
 * CPU; rendered on the server's main thread, every workshop's commands, websockets and health checks would wait that
 * long. So renders run in a small pool of worker threads, and the main thread only builds the document's model (plain
 * data, RenderTask) and sends the bytes that come back.
 *
 * [CAP3] The pool is bounded twice: at most `workers` renders run at once, and at most `waitingMax` more wait for a
 * worker. A render asked for beyond that is refused at once with RenderQueueFull (the route answers 503 with
 * Retry-After) rather than left to wait without end.
 */
export interface DocumentRenderer {
  /** The file's bytes; rejects with RenderQueueFull when the queue is full, or with the renderer's error. */
  render(task: RenderTask): Promise<Buffer>;
  /** Renders finished (or failed) since the start: what tests count to tell a kept file from a fresh one. */
  readonly rendered: number;
  /** Stops the workers; renders still waiting are refused. */
  close(): Promise<void>;
}

/** [CAP3] Every worker is busy and the queue holds as many renders as it may: try again in `retryAfterSeconds`. */
export class RenderQueueFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Every document renderer is busy.');
  }
}

/** Renders that may wait for a worker, per worker: at about a second a large PDF, the last waits ~15 s. */
export const RENDERS_WAITING_PER_WORKER = 16;
/** A render still running after this is abandoned (its worker is replaced) and answered as failed. */
export const RENDER_TIMEOUT_MS = 60_000;
/** A worker with nothing to do for this long exits, and its memory with it; the next render starts one again. */
const WORKER_IDLE_MS = 5 * 60_000;
/** A worker's heap: several times what the largest document takes, so a runaway render stops there, not the server. */
const WORKER_HEAP_MB = 512;

export interface PoolOptions {
  /** Renders at once (EXPORT_WORKERS); at least 1. */
  workers: number;
  /** Renders that may wait for a worker; default RENDERS_WAITING_PER_WORKER × workers. */
  waitingMax?: number;
  /**
   * The worker's module, exporting a `renderTasks(...)` function as its default, as a path without its extension
   * (see workerEntry). Default: renderWorker (the registry).
   */
  workerModule?: URL;
}

const DEFAULT_WORKER = new URL('./renderWorker', import.meta.url);

/**
 * How the pool starts a worker. Compiled, the worker is `<module>.js`, started with the server's own flags. From
 * source, a worker thread does not inherit the server's TypeScript loader: it starts from tsxWorker.mjs, which
 * registers tsx and loads `<module>.ts` (named in workerData), without the server's flags (a second tsx would load
 * every file twice over).
 */
function workerEntry(module: URL): { filename: string; execArgv: string[] | undefined; workerData: { module: string } | undefined } {
  if (extname(fileURLToPath(import.meta.url)) !== '.ts') return { filename: fileURLToPath(`${module.href}.js`), execArgv: undefined, workerData: undefined };
  return { filename: fileURLToPath(new URL('./tsxWorker.mjs', import.meta.url)), execArgv: [], workerData: { module: `${module.href}.ts` } };
}

/** Counts renders and keeps a running mean of how long one takes, for Retry-After. */
class RenderMeter {
  rendered = 0;
  inFlight = 0;
  private meanMs = 1_000;

  async measure<T>(run: () => Promise<T>): Promise<T> {
    const start = performance.now();
    this.inFlight += 1;
    try {
      return await run();
    } finally {
      this.inFlight -= 1;
      this.rendered += 1;
      this.meanMs = 0.8 * this.meanMs + 0.2 * (performance.now() - start);
    }
  }

  /** How long until the renders ahead have likely finished, in whole seconds from 1 to 60. */
  retryAfterSeconds(workers: number): number {
    return Math.min(60, Math.max(1, Math.ceil((this.meanMs * (this.inFlight / workers)) / 1_000)));
  }
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** [CAP1] Renders in a pool of worker threads (tinypool), started when first needed. */
export function poolRenderer({ workers, waitingMax = RENDERS_WAITING_PER_WORKER * workers, workerModule = DEFAULT_WORKER }: PoolOptions): DocumentRenderer {
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`A render pool needs at least one worker (got ${workers}).`);
  const pool = new Tinypool({
    ...workerEntry(workerModule),
    minThreads: 0,
    maxThreads: workers,
    idleTimeout: WORKER_IDLE_MS,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // A worker that fails fails the render it was running (the route answers 500, CAP4) and is replaced by the next
  // render; one that fails while idle has nobody to tell, and must not take the server down as an unhandled 'error'.
  pool.on('error', () => {});
  const meter = new RenderMeter();
  return {
    async render(task) {
      if (meter.inFlight >= workers + waitingMax) throw new RenderQueueFull(meter.retryAfterSeconds(workers));
      const bytes = await meter.measure(() => pool.run(task, { signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) }) as Promise<Uint8Array>);
      return asBuffer(bytes);
    },
    get rendered() {
      return meter.rendered;
    },
    close: () => pool.destroy(),
  };
}

/**
 * Renders on the calling thread, one at a time as asked (EXPORT_WORKERS=0): how documents were made before the pool,
 * kept for comparison in the benchmark. Every render holds up the whole server while it runs.
 */
export function inThreadRenderer(documents: readonly RegisteredExport[]): DocumentRenderer {
  const run = renderTasks(documents);
  const meter = new RenderMeter();
  return {
    render: async (task) => asBuffer(await meter.measure(() => run(task))),
    get rendered() {
      return meter.rendered;
    },
    close: async () => {},
  };
}

/** The server's renderer for EXPORT_WORKERS: a pool of that many workers, or on the main thread for 0. */
export function rendererFor(workers: number): DocumentRenderer {
  return workers > 0 ? poolRenderer({ workers }) : inThreadRenderer(EXPORT_REGISTRY);
}
