import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from './serverProcess';

/*
 * Session five comes three to six months after session four, and some actions are then overdue. The plan refuses a
 * timescale that has already passed (PLAN5), so to meet an overdue action the built server runs on a clock set back
 * to "session four" while the plan is agreed, and is then brought forward to the real day for the review.
 *
 * The server process reads its offset from a file: a module preloaded through NODE_OPTIONS shifts `Date.now()` and
 * `new Date()` by it, and writes the offset it now runs on to `<file>.seen` whenever it changes. Only the server's
 * JavaScript clock moves; HTTP `Date` headers (and so the browsers' idea of the server's clock) stay on the real time,
 * which is where the clock always ends up before anything reads the review.
 */

/** How often the server process looks at the offset file (it is read synchronously, a few bytes). */
const FOLLOW_EVERY_MS = 20;
/** Longest the server may take to take up a new offset. */
const FOLLOW_WITHIN_MS = 5_000;

function preloadSource(offsetFile: string): string {
  return `
import { readFileSync, writeFileSync } from 'node:fs';
const file = ${JSON.stringify(offsetFile)};
const RealDate = Date;
const realNow = RealDate.now.bind(RealDate);
let offset = null;
function follow() {
  let next;
  try { next = Number(readFileSync(file, 'utf8')); } catch { return; }
  if (!Number.isFinite(next) || next === offset) return;
  offset = next;
  writeFileSync(file + '.seen', String(offset));
}
follow();
setInterval(follow, ${FOLLOW_EVERY_MS}).unref();
const now = () => realNow() + (offset ?? 0);
RealDate.now = now;
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
});
`;
}

export interface ServerWithClock extends ServerProcess {
  /** Moves the server's clock to real time plus `offsetMs`; resolves once the server runs on it. */
  setClockOffset(offsetMs: number): Promise<void>;
}

/** The built server, as `startServerProcess` runs it, on a clock `offsetMs` away from real time. */
export async function startServerWithClock(offsetMs: number): Promise<ServerWithClock> {
  const dir = await mkdtemp(join(tmpdir(), 'roundtable-e2e-clock-'));
  const offsetFile = join(dir, 'offset');
  await writeFile(offsetFile, String(offsetMs));
  const preload = `--import=data:text/javascript;base64,${Buffer.from(preloadSource(offsetFile)).toString('base64')}`;
  // The server process inherits this process's environment when it is spawned; nothing else is started meanwhile.
  const before = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = [before, preload].filter(Boolean).join(' ');
  let server: ServerProcess;
  try {
    server = await startServerProcess();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    if (before === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = before;
  }
  const seen = () => readFile(`${offsetFile}.seen`, 'utf8').catch(() => '');
  if ((await seen()) !== String(offsetMs)) {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
    throw new Error(`The server did not start on the shifted clock (offset ${offsetMs} ms): the NODE_OPTIONS preload did not run.`);
  }

  return {
    ...server,
    async setClockOffset(next: number) {
      await writeFile(offsetFile, String(next));
      const deadline = Date.now() + FOLLOW_WITHIN_MS;
      while ((await seen()) !== String(next)) {
        if (Date.now() > deadline) throw new Error(`The server did not move its clock to offset ${next} ms within ${FOLLOW_WITHIN_MS} ms.`);
        await new Promise((resolve) => setTimeout(resolve, FOLLOW_EVERY_MS));
      }
    },
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
