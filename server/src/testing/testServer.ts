import { createServer, type RunningServer } from '../app/createServer';
import { createLogger } from '../app/logger';
import { testConfig, type Config } from '../config';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import type { AccountStore } from '../accounts/accountStore';

export { openPgliteTestStore } from './pgliteTestStore';

export interface TestServer {
  url: string;
  server: RunningServer;
  config: Config;
  /** The store the server runs on: the one passed in, or its own in-memory store. */
  store: WorkshopStore;
  /** The server's account store (in memory unless given). */
  accounts: AccountStore;
  /** Stops the server; closes the store only if the server made it. */
  close(): Promise<void>;
}

/**
 * scrypt's cost for recovery codes on a test server: 2^10 (1 MiB, a few ms a hash) where a server uses 2^14 (about 60 ms
 * of CPU). Every sign-up hashes ten codes, and the server tests sign up hundreds of accounts. What a code does is the
 * same at any cost; the cost a server uses is tested in passkeys.test.ts, and the server processes (main.test.ts, e2e)
 * run at it.
 */
export const TEST_RECOVERY_CODE_SCRYPT_COST = 2 ** 10;

const isStore = (value: WorkshopStore | Partial<Config> | undefined): value is WorkshopStore => typeof (value as Partial<WorkshopStore> | undefined)?.commit === 'function';

/**
 * The real server on 127.0.0.1, port 0. Without a store it runs on a fresh in-memory one (store/memoryWorkshopStore.ts):
 * what tests that are not about storage want, since a PGlite costs seconds to open. `close` leaves a given store open.
 * It renders documents on its own thread (EXPORT_WORKERS=0) unless `exportWorkers` is given, and hashes recovery codes
 * at a lower scrypt cost (TEST_RECOVERY_CODE_SCRYPT_COST) unless `recoveryCodeScryptCost` is given.
 */
export async function startTestServer(overrides?: Partial<Config>): Promise<TestServer>;
export async function startTestServer(store: WorkshopStore, overrides?: Partial<Config>, accounts?: AccountStore): Promise<TestServer>;
export async function startTestServer(storeOrOverrides?: WorkshopStore | Partial<Config>, maybeOverrides: Partial<Config> = {}, accounts?: AccountStore): Promise<TestServer> {
  const given = isStore(storeOrOverrides) ? storeOrOverrides : null;
  const overrides = isStore(storeOrOverrides) ? maybeOverrides : (storeOrOverrides ?? {});
  const store = given ?? createMemoryWorkshopStore();
  // Documents are rendered on the server's own thread unless a test asks for workers (exportWorkers): a pool starts a
  // worker thread that loads the renderers afresh (~1.5 s of CPU) for each server that renders a file. The pool itself,
  // and that it makes the same files, are tested on their own (documentRenderer.test.ts, documentRendering.test.ts).
  const config = testConfig({ exportWorkers: 0, recoveryCodeScryptCost: TEST_RECOVERY_CODE_SCRYPT_COST, ...overrides });
  const server = createServer({ config, store, logger: createLogger(config.logLevel), ...(accounts ? { accounts } : {}) });
  const url = await server.listen();
  return {
    url,
    server,
    config,
    store,
    accounts: server.accounts,
    async close() {
      await server.close();
      if (!given) await store.close();
    },
  };
}
