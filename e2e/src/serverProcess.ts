import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { seedPgliteDataDir } from '../../server/src/testing/pgliteTemplate';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT_INDEX_HTML = join(REPO_ROOT, 'client', 'dist', 'index.html');
/** The line server/src/main.ts prints once it listens. */
const READY_LINE = /Roundtable is running at (\S+)/;
/**
 * Opening PGlite takes a few seconds; this allows for a slow machine. The run's shared server starts in the global
 * setup, so if it is given up on no e2e file runs: on this 2-core machine under other test runs a start has taken
 * over a minute.
 */
const START_TIMEOUT_MS = 150_000;
/** How long `stop` waits after SIGTERM before it sends SIGKILL. */
const STOP_GRACE_MS = 5_000;
/** Keep the end of the server's output for failure messages, not all of it. */
const OUTPUT_KEPT_CHARS = 20_000;

export interface ServerProcess {
  /** Where the browser goes, e.g. http://localhost:41234 (no trailing slash). */
  url: string;
  /** The fresh PGlite directory, removed by `stop`. */
  dataDir: string;
  /** The end of what the server wrote to stdout and stderr, for failure messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after a grace; removes the data dir. Safe to call twice or after a failed start. */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Also appends everything the server writes to this file, for test files that share the server (see globalSetup.ts). */
  logFile?: string;
  /** More environment for the server (e.g. single sign-on's OIDC_* settings); PORT, DATA_DIR and LOG_LEVEL stay ours. */
  env?: Readonly<Record<string, string>>;
}

/**
 * The production server exactly as `npm start` runs it (`node --import tsx server/src/main.ts`), on port 0,
 * over a fresh PGlite in a temp dir, serving the already built client/dist. The PGlite starts as a copy of a migrated,
 * empty database (server/src/testing/pgliteTemplate.ts) rather than being initialised: that costs seconds, and what an
 * empty data dir does at the first start is server/src/main.test.ts's to test.
 */
export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  if (!existsSync(CLIENT_INDEX_HTML)) {
    throw new Error(
      `The client is not built: ${CLIENT_INDEX_HTML} is missing. The browser tests need the server to serve it. ` +
        `Build it first: cd ${REPO_ROOT} && npx vite build (npm test does this before running Vitest).`,
    );
  }
  const tmp = await mkdtemp(join(tmpdir(), 'roundtable-e2e-'));
  const dataDir = join(tmp, 'pglite');
  try {
    await seedPgliteDataDir(dataDir);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  // Inherit PATH and the like, but never a developer's database or public address.
  const { DATABASE_URL: _db, PUBLIC_URL: _url, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...inherited, ...options.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const keep = (chunk: string) => {
    output = (output + chunk).slice(-OUTPUT_KEPT_CHARS);
    if (options.logFile) appendFileSync(options.logFile, chunk);
  };
  child.stderr.setEncoding('utf8').on('data', keep);
  child.once('error', (error) => keep(`Could not run the server: ${error.message}\n`));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });

  const stop = async () => {
    await stopChild(child, exited);
    await rm(tmp, { recursive: true, force: true });
  };

  try {
    const url = await readUrl(child, exited, keep, () => output);
    return { url: url.replace(/\/+$/, ''), dataDir, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves with the URL from the ready line; rejects if the server exits or stays silent too long. */
function readUrl(child: ChildProcess, exited: Promise<void>, keep: (line: string) => void, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not print its URL within ${START_TIMEOUT_MS} ms. Its output:\n${output()}`)), START_TIMEOUT_MS);
    if (!child.stdout) throw new Error('The server was spawned without a stdout pipe.');
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      keep(`${line}\n`);
      const match = READY_LINE.exec(line);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve(match[1]);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`The server exited (code ${child.exitCode}, signal ${child.signalCode}) before it was ready. Its output:\n${output()}`));
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'grace over'>((resolve) => {
    timer = setTimeout(() => resolve('grace over'), STOP_GRACE_MS);
  });
  const outcome = await Promise.race([exited, graceOver]);
  clearTimeout(timer);
  if (outcome === 'grace over') {
    child.kill('SIGKILL');
    await exited;
  }
}
