import type { Page } from 'playwright-core';

/*
 * Frame times of a page as its user would feel them: the time between consecutive requestAnimationFrame callbacks
 * (16.7 ms at 60 Hz when the page keeps up; longer when script, style, layout or paint overran a frame), plus the
 * browser's own long tasks (main-thread work over 50 ms) and when marked texts first appeared on the page.
 */

/** What the page collected between start and stop. */
export interface FrameSamples {
  /** ms between consecutive animation frames. */
  deltas: number[];
  /** Durations of long tasks (over 50 ms) in ms. */
  longTasks: number[];
  /** Marker → Date.now() in the page when a text with that marker was first added to the page. */
  seen: Record<string, number>;
  /** The measured span in ms. */
  spanMs: number;
  /** JS heap in use at start and at stop (Chromium's performance.memory), in bytes; 0 where unavailable. */
  heapStart: number;
  heapEnd: number;
}

interface MeterState {
  deltas: number[];
  longTasks: number[];
  seen: Record<string, number>;
  running: boolean;
  started: number;
  heapStart: number;
  observers: { disconnect(): void }[];
}

/**
 * Starts measuring in `page`. Texts matching `markerPattern` (a RegExp source with one group: the marker) are
 * timed from when a node holding them is added, so a test can tell when a card it sent reached the screen.
 */
export async function startFrameMeter(page: Page, markerPattern: string): Promise<void> {
  // Run under tsx (the benchmark), esbuild names inner functions with a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate((pattern) => {
    const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    const state: MeterState = { deltas: [], longTasks: [], seen: {}, running: true, started: performance.now(), heapStart: heap(), observers: [] };
    (window as unknown as { frameMeter: MeterState }).frameMeter = state;
    let last = -1;
    const tick = (now: number) => {
      if (!state.running) return;
      if (last >= 0) state.deltas.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    try {
      const longTasks = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
      });
      longTasks.observe({ type: 'longtask', buffered: false });
      state.observers.push(longTasks);
    } catch {
      // No long-task timing in this browser: the frame deltas still tell.
    }
    const marker = new RegExp(pattern, 'g');
    const added = new MutationObserver((records) => {
      const at = Date.now();
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          for (const match of (node.textContent ?? '').matchAll(marker)) {
            const key = match[1];
            if (key !== undefined && state.seen[key] === undefined) state.seen[key] = at;
          }
        }
      }
    });
    added.observe(document.body, { childList: true, subtree: true });
    state.observers.push(added);
  }, markerPattern);
}

/** Stops measuring and returns what the page collected. */
export async function stopFrameMeter(page: Page): Promise<FrameSamples> {
  return page.evaluate(() => {
    const state = (window as unknown as { frameMeter?: MeterState }).frameMeter;
    if (!state) throw new Error('The frame meter was not started on this page.');
    state.running = false;
    for (const observer of state.observers) observer.disconnect();
    const heapEnd = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    return { deltas: state.deltas, longTasks: state.longTasks, seen: state.seen, spanMs: performance.now() - state.started, heapStart: state.heapStart, heapEnd };
  });
}

/** Nearest-rank percentile of sorted values (NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface FrameSummary {
  frames: number;
  /** Frames per second over the span. */
  fps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Frames over 50 ms: a visible hitch. */
  over50: number;
  /** Frames that took more than one 60 Hz frame (over 1.5 × 16.7 ms): at least one frame dropped. */
  dropped: number;
  longTasks: number;
  longTaskMs: number;
}

export function summariseFrames(samples: Pick<FrameSamples, 'deltas' | 'longTasks' | 'spanMs'>): FrameSummary {
  const sorted = [...samples.deltas].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    fps: sorted.length / (samples.spanMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    over50: sorted.filter((d) => d > 50).length,
    dropped: sorted.filter((d) => d > 25).length,
    longTasks: samples.longTasks.length,
    longTaskMs: samples.longTasks.reduce((sum, d) => sum + d, 0),
  };
}

const ms = (v: number) => (Number.isNaN(v) ? '–' : `${v.toFixed(1)} ms`);

/** One line per summary: "label: 1795 frames (59.8/s), p50 16.7 ms, …". */
export function formatFrameSummary(label: string, s: FrameSummary): string {
  return (
    `${label}: ${s.frames} frames (${s.fps.toFixed(1)}/s); frame time p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, max ${ms(s.max)}; ` +
    `${s.over50} frames over 50 ms, ${s.dropped} over 25 ms; ${s.longTasks} long tasks (${Math.round(s.longTaskMs)} ms in all)`
  );
}
