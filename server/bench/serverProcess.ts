import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcesses } from './childProcesses';
import { REFERENCE_READY_PREFIX } from './referenceServer';

export type ServerKind = 'roundtable' | 'reference';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const REFERENCE = fileURLToPath(new URL('./referenceServer.ts', import.meta.url));
/** The repository root, where `--import tsx` resolves. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDTABLE_READY_PREFIX = 'Roundtable is running at ';
/** A start on a busy two-core machine (PGlite compiling its WebAssembly beside other work) has taken 45 s. */
const STARTUP_TIMEOUT_MS = 180_000;

/** Limits far above what the benchmark does, so it measures the server and not its abuse guards. */
const BENCH_LIMITS = {
  COMMANDS_PER_10_S: '10000',
  WORKSHOPS_CREATED_PER_HOUR: '100000',
  JOIN_FAILURES_PER_15_MIN: '100000',
};

export interface ServerProcess {
  kind: ServerKind;
  url: string;
  pid: number;
  child: ChildProcess;
  /** Stops the server (SIGTERM, graceful) and removes its data directory. */
  stop(): Promise<void>;
  /**
   * Roundtable: kills the server with SIGKILL, as a crash would, and starts it again on the same data directory
   * (on another port). This object is then spent: use the one returned.
   */
  restartAfterKill(): Promise<ServerProcess>;
}

/**
 * Starts a server as its own process on 127.0.0.1 and a free port: the production entry point
 * (`node --import tsx server/src/main.ts`, fresh PGlite data directory) or the bare reference. `settings` are
 * environment variables for the server on top of the benchmark's (e.g. EXPORT_WORKERS).
 *
 * Roundtable is started twice on its fresh directory: once to initialise it, then for the measurement.
 * Initialising a PGlite directory allocates some 300-400 MB that the process gives back only at some
 * unpredictable point later, which would otherwise fall inside the measurement and make the memory figures
 * meaningless (negative). A server opening an existing directory is also what production runs.
 */
export async function startServerProcess(kind: ServerKind, children: ChildProcesses, settings: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = kind === 'roundtable' ? mkdtempSync(join(tmpdir(), 'roundtable-bench-')) : null;
  const removeDataDir = () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  const forget = children.atExit(removeDataDir);
  const cleanUp = () => {
    forget();
    removeDataDir();
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    ...(dataDir ? { DATA_DIR: dataDir, ...BENCH_LIMITS } : {}),
    ...settings,
  };
  delete env.DATABASE_URL;
  try {
    if (kind === 'roundtable') await children.stop((await launch(kind, env, children)).child);
    const running = ({ child, url }: { child: ChildProcess; url: string }): ServerProcess => ({
      kind,
      url,
      pid: child.pid!,
      child,
      async stop() {
        await children.stop(child);
        cleanUp();
      },
      async restartAfterKill() {
        if (!dataDir) throw new Error('only a Roundtable server keeps what it was sent');
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGKILL');
          await exited;
        }
        try {
          return running(await launch(kind, env, children));
        } catch (error) {
          cleanUp();
          throw error;
        }
      },
    });
    return running(await launch(kind, env, children));
  } catch (error) {
    cleanUp();
    throw error;
  }
}

async function launch(kind: ServerKind, env: NodeJS.ProcessEnv, children: ChildProcesses): Promise<{ child: ChildProcess; url: string }> {
  const entry = kind === 'roundtable' ? MAIN : REFERENCE;
  // E.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under the benchmark's load.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = children.track(spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${kind} server] ${chunk.toString()}`));
  try {
    return { child, url: await readyUrl(child, kind === 'roundtable' ? ROUNDTABLE_READY_PREFIX : REFERENCE_READY_PREFIX) };
  } catch (error) {
    await children.stop(child, 2_000);
    throw error;
  }
}

/** Resolves with the URL from the server's ready line on stdout; other output is passed through. */
function readyUrl(child: ChildProcess, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let ready = false;
    const timer = setTimeout(() => reject(new Error(`server did not start within ${STARTUP_TIMEOUT_MS} ms`)), STARTUP_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (ready) return void process.stdout.write(chunk);
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => l.startsWith(prefix));
      if (!line) return;
      ready = true;
      clearTimeout(timer);
      resolve(line.slice(prefix.length).trim());
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`server exited before it was ready (code ${code}, signal ${signal})`));
    });
  });
}
