import { summariseLatencies, type LatencySummary } from './latencySummary';

const PROBE_INTERVAL_MS = 500;
const PROBE_TIMEOUT_MS = 30_000;

/**
 * Asks the server for a trivial page every `intervalMs` (default 500 ms; Roundtable: /api/health, no database; the
 * reference: its banner) and times the answers. The server answers those at once unless its event loop is busy, so a slow
 * answer is time every client of that server also waited. One request at a time, 127.0.0.1 only.
 */
export class ResponsivenessProbe {
  private readonly samplesMs: number[] = [];
  private timedOut = 0;
  private running = true;
  private readonly done: Promise<void>;
  /** How many samples (and failures) `take` has handed out already. */
  private taken = { samples: 0, failed: 0 };

  constructor(
    url: string,
    private readonly intervalMs = PROBE_INTERVAL_MS,
  ) {
    this.done = this.loop(url);
  }

  /** The answer times (ms) since the last call, or since the start, and how many of them failed. */
  take(): { samplesMs: number[]; failed: number } {
    const taken = { samplesMs: this.samplesMs.slice(this.taken.samples), failed: this.timedOut - this.taken.failed };
    this.taken = { samples: this.samplesMs.length, failed: this.timedOut };
    return taken;
  }

  private async loop(url: string): Promise<void> {
    while (this.running) {
      const started = performance.now();
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        await res.arrayBuffer();
        this.samplesMs.push(performance.now() - started);
      } catch {
        this.timedOut += 1;
        this.samplesMs.push(performance.now() - started);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, this.intervalMs - (performance.now() - started))));
    }
  }

  async stop(): Promise<LatencySummary & { failed: number }> {
    this.running = false;
    await this.done;
    return { ...summariseLatencies(this.samplesMs), failed: this.timedOut };
  }
}
