import { createServer, type RunningServer } from '../app/createServer';
import { createLogger } from '../app/logger';
import { testConfig, type Config } from '../config';
import { migrateDatabase } from '../store/migrate';
import { openPgliteDatabase } from '../store/pgliteDatabase';
import { createSqlWorkshopStore } from '../store/sqlWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';

/**
 * An in-memory PGlite store, migrated. Opening one costs ~2 s, so a test file opens one in `beforeAll` and
 * shares it; tests stay independent because every test makes its own workshops.
 */
export async function openMemoryStore(): Promise<WorkshopStore> {
  const db = await openPgliteDatabase();
  await migrateDatabase(db);
  return createSqlWorkshopStore(db);
}

export interface TestServer {
  url: string;
  server: RunningServer;
  config: Config;
  close(): Promise<void>;
}

/** The real server on 127.0.0.1, port 0, over the given store. `close` leaves the store open. */
export async function startTestServer(store: WorkshopStore, overrides: Partial<Config> = {}): Promise<TestServer> {
  const config = testConfig(overrides);
  const server = createServer({ config, store, logger: createLogger(config.logLevel) });
  const url = await server.listen();
  return { url, server, config, close: () => server.close() };
}
