import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSharedBrowser } from './sharedRun';
import { percentile, startFrameMeter, stopFrameMeter, summariseFrames } from './wallFrameMeter';

describe('the wall benchmark’s frame meter', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await connectSharedBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('summarises frame deltas by nearest rank, counting long and dropped frames', () => {
    const deltas = [16.7, 16.6, 16.7, 33.4, 16.7, 70, 16.8, 16.6, 16.7, 120];
    const summary = summariseFrames({ deltas, longTasks: [62, 110], spanMs: 2_000 });
    expect(summary).toEqual({ frames: 10, fps: 5, p50: 16.7, p95: 120, p99: 120, max: 120, over50: 2, dropped: 3, longTasks: 2, longTaskMs: 172 });
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('records animation frames in a page, and when a marked text is added to it', async () => {
    const page = await browser!.newPage();
    await page.setContent('<main><p>The wall</p></main>');
    await startFrameMeter(page, String.raw`\(#(p\d+-\d+)\)`);
    await page.evaluate(() => {
      const card = document.createElement('div');
      card.innerHTML = '<span>(#p3-7) Pooling budgets stretches every pound further</span>';
      setTimeout(() => document.querySelector('main')!.append(card), 100);
    });
    await page.getByText('Pooling budgets').waitFor();
    // Let a few frames pass after the card appeared.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const samples = await stopFrameMeter(page);
    expect(samples.deltas.length, 'frames recorded').toBeGreaterThan(0);
    for (const delta of samples.deltas) expect(delta).toBeGreaterThan(0);
    expect(Object.keys(samples.seen)).toEqual(['p3-7']);
    expect(samples.spanMs).toBeGreaterThan(0);
    await page.close();
  });
});
