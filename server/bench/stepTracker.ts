interface PendingStep {
  sentAtMs: number;
  expected: Set<number>;
  firstSeenAtMs: number | null;
}

export interface StepResults {
  /** Per step name: sent → seen by every expected client, one sample per workshop that completed it. */
  latenciesMs: Map<string, number[]>;
  /** Per step name: sent → seen by the first client, one sample per workshop where anyone saw it. */
  firstMs: Map<string, number[]>;
  /** Per step name: (workshop, client) pairs that never saw it. */
  missing: Map<string, number>;
}

/**
 * Follows one facilitator step per workshop (a phase change, the results) from its send to every participant's
 * doc. A step is keyed by name and workshop; a client reports what it shows with `seen`.
 */
export class StepTracker {
  private readonly pending = new Map<string, PendingStep & { step: string }>();
  private readonly done: { step: string; latencyMs: number }[] = [];
  private readonly first: { step: string; latencyMs: number }[] = [];

  sent(step: string, w: number, observers: readonly number[], atMs: number): void {
    this.pending.set(`${step}@${w}`, { step, sentAtMs: atMs, expected: new Set(observers), firstSeenAtMs: null });
  }

  /** Client `observer` of workshop `w` shows `step` (calls for steps not sent, or already seen, are ignored). */
  seen(step: string, w: number, observer: number, atMs: number): void {
    const key = `${step}@${w}`;
    const pending = this.pending.get(key);
    if (!pending || !pending.expected.delete(observer)) return;
    if (pending.firstSeenAtMs === null) {
      pending.firstSeenAtMs = atMs;
      this.first.push({ step, latencyMs: atMs - pending.sentAtMs });
    }
    if (pending.expected.size > 0) return;
    this.done.push({ step, latencyMs: atMs - pending.sentAtMs });
    this.pending.delete(key);
  }

  /** Whether workshop `w` is waiting for `step` to reach some client. */
  waiting(step: string, w: number): boolean {
    return this.pending.has(`${step}@${w}`);
  }

  results(): StepResults {
    const byStep = (samples: { step: string; latencyMs: number }[]) => {
      const out = new Map<string, number[]>();
      for (const { step, latencyMs } of samples) out.set(step, [...(out.get(step) ?? []), latencyMs]);
      return out;
    };
    const missing = new Map<string, number>();
    for (const { step, expected } of this.pending.values()) missing.set(step, (missing.get(step) ?? 0) + expected.size);
    return { latenciesMs: byStep(this.done), firstMs: byStep(this.first), missing };
  }
}

/**
 * Times a member's own commands to their own personal view (`personal:view`): the n-th accepted card (or dot)
 * a member sent is in their view when the view counts n. The member's commands travel on one socket through
 * one queue, so they are applied in the order sent.
 */
export class OwnViewTracker {
  private readonly pending: { n: number; sentAtMs: number; measured: boolean }[] = [];
  private sentCount = 0;
  private seenCount = 0;

  constructor(private readonly latenciesMs: number[]) {}

  /** A command was sent; call the returned function with its ack. */
  sent(atMs: number, measured: boolean): (ok: boolean) => void {
    const entry = { n: ++this.sentCount, sentAtMs: atMs, measured };
    this.pending.push(entry);
    return (ok) => {
      if (ok) return;
      // Rejected: it will never be counted, so the ones after it count one less.
      const at = this.pending.indexOf(entry);
      if (at < 0) return;
      this.pending.splice(at, 1);
      for (const later of this.pending.slice(at)) later.n -= 1;
      this.sentCount -= 1;
    };
  }

  /** The member's view now counts `count`. */
  seen(count: number, atMs: number): void {
    this.seenCount = Math.max(this.seenCount, count);
    while (this.pending.length > 0 && this.pending[0]!.n <= this.seenCount) {
      const entry = this.pending.shift()!;
      if (entry.measured) this.latenciesMs.push(atMs - entry.sentAtMs);
    }
  }

  /** Measured commands the view never counted. */
  get missing(): number {
    return this.pending.filter((e) => e.measured).length;
  }
}
