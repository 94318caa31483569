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
const STARTUP_TIMEOUT_MS = 60_000;

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
}

/**
 * Starts a server as its own process on 127.0.0.1 and a free port: the production entry point
 * (`node --import tsx server/src/main.ts`, fresh PGlite data directory) or the bare reference.
 */
export async function startServerProcess(kind: ServerKind, children: ChildProcesses): Promise<ServerProcess> {
  const dataDir = kind === 'roundtable' ? mkdtempSync(join(tmpdir(), 'roundtable-bench-')) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    ...(dataDir ? { DATA_DIR: dataDir, ...BENCH_LIMITS } : {}),
  };
  delete env.DATABASE_URL;
  const entry = kind === 'roundtable' ? MAIN : REFERENCE;
  const child = children.track(spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${kind} server] ${chunk.toString()}`));
  const cleanUp = () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const prefix = kind === 'roundtable' ? ROUNDTABLE_READY_PREFIX : REFERENCE_READY_PREFIX;
  let url: string;
  try {
    url = await readyUrl(child, prefix);
  } catch (error) {
    await children.stop(child, 2_000);
    cleanUp();
    throw error;
  }
  return {
    kind,
    url,
    pid: child.pid!,
    child,
    async stop() {
      await children.stop(child);
      cleanUp();
    },
  };
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
