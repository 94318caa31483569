/**
 * Runs tasks one at a time in arrival order. A workshop's commands go through one queue, so each sees the
 * state the previous one committed, and readers of the doc never see a change that is not yet durable.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  run<T>(task: () => Promise<T> | T): Promise<T> {
    this.pending += 1;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => this.pending--,
      () => this.pending--,
    );
    return result;
  }

  get size(): number {
    return this.pending;
  }

  /** Resolves when every task queued so far has finished. */
  drained(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
