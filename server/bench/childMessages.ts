import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildProcesses } from './childProcesses';

/** The repository root, where `--import tsx` resolves. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Forks `modulePath` (a .ts file) as a tracked child with an IPC channel, its output passed through. */
export function forkTsx(modulePath: string, children: ChildProcesses): ChildProcess {
  return children.track(fork(modulePath, [], { cwd: ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
}

/** `items` dealt round-robin into at most `count` non-empty shares, one for each child process. */
export function dealRoundRobin<T>(items: readonly T[], count: number): T[][] {
  return Array.from({ length: count }, (_, s) => items.filter((_item, i) => i % count === s)).filter((share) => share.length > 0);
}

/** Sends `message` to the child if it is still listening. */
export function post<M>(child: ChildProcess, message: M): void {
  if (child.connected) child.send(message as Parameters<ChildProcess['send']>[0]);
}

/** A child's message reporting its failure; every worker protocol here has it. */
interface ErrorMessage {
  type: 'error';
  message: string;
}

/** The child's next message of `type`; rejects on its error report or its exit. */
export function nextMessage<M extends { type: string }, T extends M['type']>(child: ChildProcess, type: T, what = 'simulator'): Promise<Extract<M, { type: T }>> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`${what} has exited (code ${child.exitCode}, signal ${child.signalCode})`));
    const onMessage = (message: M | ErrorMessage) => {
      if (message.type === 'error') return done(() => reject(new Error(`${what} failed: ${(message as ErrorMessage).message}`)));
      if (message.type === type) done(() => resolve(message as Extract<M, { type: T }>));
    };
    const onExit = (code: number | null) => done(() => reject(new Error(`${what} exited (code ${code})`)));
    const done = (settle: () => void) => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      settle();
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** Asks the child to stop with `message` and waits for its exit; stops it by signal if it has not gone within 5 s. */
export async function askToStop<M>(child: ChildProcess, message: M, children: ChildProcesses): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  post(child, message);
  const timer = setTimeout(() => void children.stop(child, 2_000), 5_000);
  await exited;
  clearTimeout(timer);
}
