import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { planDocument } from '@roundtable/shared/plan/planDocument';
import { largePlan } from '@roundtable/shared/testing/planDocumentSample';
import { reviewDocument } from '@roundtable/shared/review/reviewDocument';
import { largeReview } from '@roundtable/shared/testing/reviewDocumentSample';
import { PLAN_EXPORT } from '../src/exports/documents/planExport';
import { REVIEW_EXPORT } from '../src/exports/documents/reviewExport';

/**
 * `npm run bench:exports`: how long the action plan's exports take to render, on a plan of 10 objectives × 10
 * actions (every action with both leads, a timescale, and notes on every third), in one process, one format at a
 * time. Each format is rendered WARMUP_RUNS times unmeasured (fonts load, code is compiled), then RUNS times; the
 * longest the event loop was held up during those runs is what a server rendering that file makes every other
 * request and socket of the process wait. See docs/performance.md, "Exports".
 *
 * Then the session-five review report on the same plan agreed, with REPORTS_PER_ACTION progress reports on every
 * action, a key-learning board and a closed survey split by sector.
 */
const OBJECTIVES = 10;
const ACTIONS_PER_OBJECTIVE = 10;
const WARMUP_RUNS = 3;
const RUNS = 20;
const REPORTS_PER_ACTION = 3;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

const ms = (n: number) => n.toFixed(1);

async function exportBench(): Promise<void> {
  const state = largePlan(OBJECTIVES, ACTIONS_PER_OBJECTIVE).state;
  const at = new Date().toISOString();
  const documentTimes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    planDocument(state, null, at);
    documentTimes.push(performance.now() - start);
  }
  const document = planDocument(state, null, at)!;
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}.`);
  console.log(`Action plan of ${OBJECTIVES} objectives × ${ACTIONS_PER_OBJECTIVE} actions; ${WARMUP_RUNS} warm-up runs, then ${RUNS} measured, per format.\n`);
  console.log('| Format | Median (ms) | p95 (ms) | Longest event-loop block (ms) | Size (KB) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  documentTimes.sort((a, b) => a - b);
  console.log(`| PlanDocument (shared) | ${ms(quantile(documentTimes, 0.5))} | ${ms(quantile(documentTimes, 0.95))} | – | – |`);
  for (const format of PLAN_EXPORT.extensions) await measureFormat(format, () => PLAN_EXPORT.render(format, document));

  const reviewState = largeReview(OBJECTIVES, ACTIONS_PER_OBJECTIVE, REPORTS_PER_ACTION).state;
  const reviewTimes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    reviewDocument(reviewState, at);
    reviewTimes.push(performance.now() - start);
  }
  const review = reviewDocument(reviewState, at)!;
  console.log(`\nReview report on that plan agreed, ${REPORTS_PER_ACTION} progress reports on each action, a closed survey of 24 responses.\n`);
  console.log('| Format | Median (ms) | p95 (ms) | Longest event-loop block (ms) | Size (KB) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  reviewTimes.sort((a, b) => a - b);
  console.log(`| ReviewDocument (shared) | ${ms(quantile(reviewTimes, 0.5))} | ${ms(quantile(reviewTimes, 0.95))} | – | – |`);
  for (const format of REVIEW_EXPORT.extensions) await measureFormat(format, () => REVIEW_EXPORT.render(format, review));
}

/** Renders one format WARMUP_RUNS times unmeasured, then RUNS times measured, and prints its row. */
async function measureFormat(format: string, render: () => Promise<Buffer>): Promise<void> {
  for (let i = 0; i < WARMUP_RUNS; i += 1) await render();
  const times: number[] = [];
  let size = 0;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    size = (await render()).length;
    times.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a turn for the monitor between runs
  }
  loop.disable();
  times.sort((a, b) => a - b);
  console.log(`| ${format} | ${ms(quantile(times, 0.5))} | ${ms(quantile(times, 0.95))} | ${ms(loop.max / 1e6)} | ${(size / 1024).toFixed(1)} |`);
}

await exportBench();
