import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser';
import { startServerProcess } from './serverProcess';

/**
 * The e2e project's one server and one browser, started once before its test files and stopped after them (Vitest's
 * globalSetup): seven servers and nine browsers cost about a minute of both cores. Every scenario makes its own
 * workshop, so scenarios sharing the server stay independent; each test file connects to the browser and gets
 * contexts of its own. sharedRun.ts hands both to the tests; a scenario that needs a server of its own (the
 * clock-shifted one of session five) still starts one.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logDir = await mkdtemp(join(tmpdir(), 'roundtable-e2e-log-'));
  const logFile = join(logDir, 'server.log');
  const [server, browser] = await Promise.allSettled([startServerProcess({ logFile }), launchBrowserServer()]);
  const stop = async () => {
    const results = await Promise.allSettled([browser.status === 'fulfilled' ? browser.value.close() : undefined]);
    results.push(...(await Promise.allSettled([server.status === 'fulfilled' ? server.value.stop() : undefined])));
    await rm(logDir, { recursive: true, force: true });
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (failures.length > 0) throw new AggregateError(failures, 'Could not shut the shared browser or server down cleanly.');
  };
  if (server.status === 'rejected' || browser.status === 'rejected') {
    await stop();
    throw server.status === 'rejected' ? server.reason : (browser as PromiseRejectedResult).reason;
  }
  project.provide('e2eServerUrl', server.value.url);
  project.provide('e2eServerDataDir', server.value.dataDir);
  project.provide('e2eServerLogFile', logFile);
  project.provide('e2eBrowserWsEndpoint', browser.value.wsEndpoint());
  return stop;
}
