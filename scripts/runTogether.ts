import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { performance } from 'node:perf_hooks';

/*
 * Runs npm scripts at the same time and fails if any of them fails: `npm test` runs the typecheck and the lint beside
 * the build and the tests instead of before them. Usage:
 *
 *   node --import tsx scripts/runTogether.ts <script> [--background <script>...]
 *
 * The first script's output is shown as it comes. Scripts after `--background` run at a lower CPU priority (the tests'
 * timings are the ones that matter, and a background check takes whatever CPU the tests leave idle), and their output
 * is shown in one block when each ends, so a typecheck's errors are not interleaved with the tests' lines. At the end
 * one line per script says whether it passed and how long it took; the exit code is the first failure's, or 0.
 */

interface Task {
  script: string;
  background: boolean;
}

interface Outcome {
  script: string;
  code: number;
  seconds: number;
}

/**
 * A background script's niceness (POSIX; Windows keeps it at normal). Mild on purpose: at 10, on a machine that other
 * work kept busy, the typecheck got so little CPU that it ended minutes after the tests.
 */
const BACKGROUND_NICENESS = 5;

function parseTasks(args: readonly string[]): Task[] {
  const tasks: Task[] = [];
  let background = false;
  for (const arg of args) {
    if (arg === '--background') background = true;
    else if (arg.startsWith('-')) throw new Error(`Unknown option ${arg}: the only option is --background.`);
    else tasks.push({ script: arg, background });
  }
  if (tasks.length === 0 || tasks[0]!.background) throw new Error('Name a script to run first, then any to run in the background: <script> [--background <script>...]');
  return tasks;
}

function run(task: Task): Promise<Outcome> {
  const started = performance.now();
  // The children write to a pipe (each part's output is shown whole when it ends), so they print without colour.
  const child = spawn('npm', ['run', task.script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
  // Set before npm has started the script, so the script's own processes inherit it.
  if (task.background && child.pid !== undefined) {
    try {
      setPriority(child.pid, BACKGROUND_NICENESS);
    } catch {
      // Not permitted here: it runs at normal priority.
    }
  }
  const held: Buffer[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      if (task.background) held.push(chunk);
      else (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
    });
  }
  return new Promise((resolve) => {
    const finish = (code: number) => {
      const seconds = (performance.now() - started) / 1000;
      if (task.background) {
        const output = Buffer.concat(held).toString('utf8').trimEnd();
        process.stdout.write(`\n── ${task.script} (${code === 0 ? 'passed' : `failed, exit code ${code}`}, ${seconds.toFixed(0)} s)${output ? `\n${output}` : ''}\n\n`);
      }
      resolve({ script: task.script, code, seconds });
    };
    child.once('error', (error) => {
      held.push(Buffer.from(`Could not run npm: ${error.message}\n`));
      finish(1);
    });
    child.once('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<void> {
  let tasks: Task[];
  try {
    tasks = parseTasks(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`runTogether: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const outcomes = await Promise.all(tasks.map(run));
  process.stdout.write(`${outcomes.map((o) => `${o.script}: ${o.code === 0 ? 'passed' : `FAILED (exit code ${o.code})`} in ${o.seconds.toFixed(0)} s`).join('\n')}\n`);
  process.exitCode = outcomes.find((o) => o.code !== 0)?.code ?? 0;
}

await main();
