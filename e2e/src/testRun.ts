import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { describeAttempts, isolateNetwork, type NetworkIsolation } from './networkIsolation';
import type { ServerProcess } from './serverProcess';
import { connectSharedBrowser, sharedServer } from './sharedRun';

/** Screenshots and files for people to look at (not compared by the tests). Gitignore this folder. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** The value an earlier step made, or a failure that says that step failed. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing: an earlier step failed.`);
  return value;
}

export interface TestRunOptions<S extends ServerProcess> {
  /** How a failed step's screenshots are named: `${ARTIFACTS_DIR}${screenshots}<who>.png`. */
  screenshots: string;
  /** A failed step's screenshots show the viewport only (a canvas page has nothing below it), not the whole page. */
  viewportOnly?: boolean;
  /** Starts a server of this describe()'s own; without it the steps use the run's shared server (globalSetup.ts). */
  startServer?: () => Promise<S>;
  /** The server starts alone, before the browser connects (it takes this process's environment as it starts). */
  serverFirst?: boolean;
  /** More for a failed step to report, as lines of `Label: text`. */
  report?: () => string;
}

/** The browser and the server for the steps of a describe(), and the pages the steps open, by who uses them. */
export interface TestRun<S extends ServerProcess> {
  server(): S;
  /** The server's address, e.g. http://localhost:41234 (no trailing slash). */
  url(): string;
  browser(): Browser;
  readonly pages: Map<string, Page>;
  /** Every page's uncaught errors, and for an isolated page what its content security policy refused. */
  readonly pageErrors: string[];
  /** What each isolated page's context asked of the network. */
  readonly isolations: Map<string, NetworkIsolation>;
  page(who: string): Page;
  /** A page in `context`, for `who`. */
  openPage(who: string, context: Promise<BrowserContext>): Promise<Page>;
  /** A page in a fresh `context` that reaches only the app's server (see networkIsolation.ts). */
  openIsolatedPage(who: string, context: Promise<BrowserContext>): Promise<Page>;
}

/**
 * Call in a describe(): before its steps connects to the run's shared browser and takes the shared server (or starts
 * its own, `startServer`); after them closes the connection, and with it every context the steps opened, then stops a
 * server of its own (the browser first, so no page is mid-request when the server goes; both, even if one fails).
 * A failed step leaves a screenshot of every page and reports the page errors, any requests to other hosts and the
 * server's output.
 */
export function testRun<S extends ServerProcess = ServerProcess>(options: TestRunOptions<S>): TestRun<S> {
  const startServer = options.startServer ?? (async () => sharedServer() as S);
  let server: S | undefined;
  let browser: Browser | undefined;
  const pages = new Map<string, Page>();
  const pageErrors: string[] = [];
  const isolations = new Map<string, NetworkIsolation>();

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    if (options.serverFirst) {
      server = await startServer();
      browser = await connectSharedBrowser();
    } else {
      [server, browser] = await Promise.all([startServer(), connectSharedBrowser()]);
    }
  });

  afterAll(async () => {
    const results = await Promise.allSettled([browser?.close()]);
    results.push(...(await Promise.allSettled([server?.stop()])));
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length > 0) throw new AggregateError(failures, 'Could not shut the browser or the server down cleanly.');
  });

  beforeEach(({ onTestFailed }) => {
    onTestFailed(async () => {
      const shot = (who: string) => `${ARTIFACTS_DIR}${options.screenshots}${who}.png`;
      for (const [who, page] of pages) await page.screenshot({ path: shot(who), fullPage: !options.viewportOnly }).catch(() => undefined);
      const lines = [`Screenshots of every page: ${shot('*')}`];
      if (isolations.size > 0) lines.push(`Requests to other hosts:\n${[...isolations].map(([who, i]) => `${who}:\n${describeAttempts(i.foreign)}`).join('\n')}`);
      lines.push(`Page errors: ${pageErrors.join('\n') || 'none'}`);
      if (options.report) lines.push(options.report());
      lines.push(`Server output:\n${server?.output() || '(none)'}`);
      console.error(lines.join('\n'));
    });
  });

  const run: TestRun<S> = {
    server: () => need(server, 'The server'),
    url: () => run.server().url,
    browser: () => need(browser, 'The browser'),
    pages,
    pageErrors,
    isolations,
    page: (who) => need(pages.get(who), `The ${who} page`),
    async openPage(who, context) {
      const page = await (await context).newPage();
      page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
      pages.set(who, page);
      return page;
    },
    async openIsolatedPage(who, context) {
      const ctx = await context;
      isolations.set(who, await isolateNetwork(ctx, run.url()));
      const page = await run.openPage(who, Promise.resolve(ctx));
      // What the page's content security policy refused (only the app's own origin is allowed) is a page error too.
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy')) pageErrors.push(`${who}: ${message.text().slice(0, 300)}`);
      });
      return page;
    },
  };
  return run;
}
