import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AccountBrowser } from './testing/accountClient';
import { SoftAuthenticator } from './testing/softAuthenticator';
import { createTestWorkshop } from './testing/restClient';
import { startServerProcess, type ServerProcess } from './testing/serverProcess';
import { WorkshopClient } from './testing/workshopClient';

/** Two starts, the first initialising an empty data dir as `npm start` does (seconds alone, more beside other tests). */
const RESTART_TIMEOUT_MS = 90_000;

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function start(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServerProcess({ inheritedEnv: process.env, dataDir, env });
  cleanups.push(() => server.stop('SIGKILL'));
  return server;
}

describe('the server process', () => {
  // One scenario for both, as each needs a first start on an empty data dir and a second start on it: a start costs
  // seconds of CPU (initialising PGlite most of all).
  it('[DUR1] [ADM1] prints a one-time setup link on its first start; shuts down gracefully on SIGTERM; started again, serves the same workshops and prints no link once the first administrator has signed up with it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-main-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const setupLinks = (logs: readonly string[]) => logs.map((l) => /^Set up this Roundtable: (\S+)$/.exec(l)?.[1]).filter((l): l is string => l !== undefined);
    const first = await start(dataDir);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const [link] = setupLinks(first.logs);
    expect(link).toMatch(new RegExp(`^${first.url}/setup#token=[\\w-]{43}$`));
    const setupToken = new URL(link!).hash.slice('#token='.length);
    expect(first.logs.filter((l) => l.includes(setupToken))).toHaveLength(1);
    const admin = new AccountBrowser(first.url);
    const made = await admin.signUp({ displayName: 'Ada', email: 'ada@example.org', setupToken });
    expect(made.status).toBe(201);
    expect(made.body.account.role).toBe('admin');

    const w = await createTestWorkshop(first.url, 'Gateshead PIP', 'Gateshead');
    const client = new WorkshopClient(first.url, w.workshopId, 'lead', w.leadToken, { presence: false });
    await client.whenSynced();
    const told = new Promise<void>((resolve) => client.socket.once('server:shutdown', () => resolve()));
    const ack = await client.send('workshop:update', { area: 'Gateshead and South Tyneside' });
    expect(ack.ok).toBe(true);

    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    await told;
    client.close();
    expect(first.logs.filter((l) => /"level":(50|60)/.test(l))).toEqual([]);

    const second = await start(dataDir);
    const reader = new WorkshopClient(second.url, w.workshopId, 'lead', w.leadToken, { presence: false });
    try {
      const state = await reader.waitFor((s) => s.meta.area === 'Gateshead and South Tyneside');
      expect(state.meta.title).toBe('Gateshead PIP');
    } finally {
      reader.close();
    }
    expect(setupLinks(second.logs)).toEqual([]);
    expect((await new AccountBrowser(second.url).get('/api/auth/state')).body).toMatchObject({ setupRequired: false });
    // The same passkey, on the page at the new address (the port is part of the origin).
    const again = new SoftAuthenticator(second.url);
    for (const [id, credential] of admin.authenticator.credentials) again.credentials.set(id, credential);
    expect((await new AccountBrowser(second.url, again).signIn()).status).toBe(200);
    expect(await second.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  }, RESTART_TIMEOUT_MS);

  it('refuses to start with an invalid configuration, and says which setting is wrong', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-main-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const failed = start(dataDir, { LOG_LEVEL: 'chatty' });
    await expect(failed).rejects.toThrow(/LOG_LEVEL/);
  });
});
