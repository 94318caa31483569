import type { ChildProcess } from 'node:child_process';

/**
 * The child processes the benchmark started (servers, simulators): each is killed when it is no longer
 * needed, and all of them when the benchmark exits for any reason, so nothing outlives a run.
 */
export class ChildProcesses {
  private readonly children = new Set<ChildProcess>();
  private readonly cleanUps = new Set<() => void>();

  /**
   * The child processes of one benchmark: all killed if it is interrupted (SIGINT, SIGTERM) or still running after
   * `budgetMs`, when `what` ("The benchmark") is said not to have finished and the process exits.
   */
  static ofRun(budgetMs: number, what: string): ChildProcesses {
    const children = new ChildProcesses();
    const stopNow = (code: number) => {
      children.killAll('SIGKILL');
      process.exit(code);
    };
    process.on('SIGINT', () => stopNow(130));
    process.on('SIGTERM', () => stopNow(143));
    setTimeout(() => {
      console.error(`${what} did not finish within ${Math.round(budgetMs / 60_000)} min; stopping.`);
      stopNow(1);
    }, budgetMs).unref();
    return children;
  }

  constructor() {
    process.on('exit', () => {
      this.killAll('SIGKILL');
      for (const cleanUp of this.cleanUps) cleanUp();
    });
  }

  /** Runs `cleanUp` (synchronous) if the benchmark exits before the returned function is called. */
  atExit(cleanUp: () => void): () => void {
    this.cleanUps.add(cleanUp);
    return () => this.cleanUps.delete(cleanUp);
  }

  track<T extends ChildProcess>(child: T): T {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  /** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
  async stop(child: ChildProcess, graceMs = 10_000): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  killAll(signal: NodeJS.Signals = 'SIGTERM'): void {
    for (const child of this.children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
}
