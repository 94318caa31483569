import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../app/createServer';
import type { Config } from '../config';
import type { WorkshopStore } from '../store/workshopStore';
import { startTestServer, type TestServer } from './testServer';

/** The server and store a test file's tests share (each test makes its own workshops, so they stay independent). */
export interface FileTestServer {
  readonly url: string;
  readonly server: RunningServer;
  readonly store: WorkshopStore;
}

/**
 * Call at the top of a test file: starts the real server over a fresh in-memory store before the file's tests, and
 * closes both after them. Read its fields inside tests (before then nothing is running).
 */
export function testServerForFile(overrides: Partial<Config> = {}): FileTestServer {
  let srv: TestServer | undefined;
  beforeAll(async () => {
    srv = await startTestServer(overrides);
  });
  afterAll(async () => {
    await srv?.close();
  });
  const running = () => {
    if (!srv) throw new Error('The test server is not running: read it inside a test.');
    return { srv, store: srv.store };
  };
  return {
    get url() {
      return running().srv.url;
    },
    get server() {
      return running().srv.server;
    },
    get store() {
      return running().store;
    },
  };
}
