import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { connectBrowser } from './browser';
import type { ServerProcess } from './serverProcess';

declare module 'vitest' {
  /** What globalSetup.ts provides to the e2e test files. */
  export interface ProvidedContext {
    e2eServerUrl: string;
    e2eServerDataDir: string;
    e2eServerLogFile: string;
    e2eBrowserWsEndpoint: string;
  }
}

/** Keep the end of the shared server's output for failure messages, not all of it. */
const OUTPUT_KEPT_CHARS = 20_000;

/**
 * The run's shared server (globalSetup.ts), as a ServerProcess whose `stop` leaves it running for the other files.
 * Its output is everyone's: the end of it, when a step fails, shows that step's requests among others'.
 */
export function sharedServer(): ServerProcess {
  const logFile = inject('e2eServerLogFile');
  return {
    url: inject('e2eServerUrl'),
    dataDir: inject('e2eServerDataDir'),
    output: () => {
      try {
        return readFileSync(logFile, 'utf8').slice(-OUTPUT_KEPT_CHARS);
      } catch {
        return '';
      }
    },
    stop: async () => undefined,
  };
}

/** A connection of this file's own to the run's shared browser (globalSetup.ts); closing it closes its contexts. */
export function connectSharedBrowser(): Promise<Browser> {
  return connectBrowser(inject('e2eBrowserWsEndpoint'));
}
