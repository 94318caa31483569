import type { Ack } from '@roundtable/shared/protocol/errors';
import type { SoakCounts, SoakWorkerResult } from './soakMessages';

/** A command whose ack has not come this long after it was submitted counts as timed out (the client's own ack timeout). */
export const TIMED_OUT_MS = 30_000;

type CommandCounts = Pick<SoakCounts, 'sent' | 'acked' | 'refused' | 'timedOut' | 'ackLatenciesMs'>;

const emptyCounts = (): CommandCounts => ({ sent: 0, acked: 0, refused: {}, timedOut: 0, ackLatenciesMs: [] });

/**
 * Counts every command a worker's clients send: sent, acknowledged as applied, refused (by command and code), and
 * timed out, per reporting period; and by command name over the whole run. The clients' outboxes never give up on
 * a command (they resend after a lost connection or a missing ack), so "timed out" means late, not lost: what is
 * still unacknowledged at the end is `outstanding`.
 */
export class CommandCounter {
  private period = emptyCounts();
  /** Submission time of every command not yet acknowledged, and whether it has been counted as timed out. */
  private readonly pending = new Map<number, { submittedAt: number; late: boolean }>();
  private nextId = 0;
  private readonly whenIdle = new Set<() => void>();
  readonly byCommand: SoakWorkerResult['byCommand'] = {};

  /** Sends a command through `send` and counts it; resolves with its ack. */
  async track<T>(name: string, send: () => Promise<Ack<T>>): Promise<Ack<T>> {
    const id = this.nextId++;
    const submittedAt = performance.now();
    const totals = (this.byCommand[name] ??= { sent: 0, acked: 0, refused: 0 });
    this.pending.set(id, { submittedAt, late: false });
    this.period.sent += 1;
    totals.sent += 1;
    try {
      const ack = await send();
      this.period.ackLatenciesMs.push(performance.now() - submittedAt);
      if (ack.ok) {
        this.period.acked += 1;
        totals.acked += 1;
      } else {
        const key = `${name}: ${ack.error.code}`;
        this.period.refused[key] = (this.period.refused[key] ?? 0) + 1;
        totals.refused += 1;
      }
      return ack;
    } finally {
      this.pending.delete(id);
      if (this.pending.size === 0) for (const resolve of this.whenIdle) resolve();
    }
  }

  /** Commands still waiting for their ack. */
  get outstanding(): number {
    return this.pending.size;
  }

  /** Resolves once no command waits for its ack, or after `timeoutMs`. */
  settled(timeoutMs: number): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.whenIdle.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.whenIdle.add(done);
    });
  }

  /** The counts since the last call; commands that have now waited TIMED_OUT_MS are counted as timed out in this one. */
  take(): CommandCounts {
    const now = performance.now();
    for (const entry of this.pending.values()) {
      if (entry.late || now - entry.submittedAt < TIMED_OUT_MS) continue;
      entry.late = true;
      this.period.timedOut += 1;
    }
    const counts = this.period;
    this.period = emptyCounts();
    return counts;
  }
}
