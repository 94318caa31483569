import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
  it('[DUR1] shuts down gracefully on SIGTERM, and serves the same workshops when started again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-main-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const first = await start(dataDir);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
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
  }, RESTART_TIMEOUT_MS);

  it('refuses to start with an invalid configuration, and says which setting is wrong', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-main-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const failed = start(dataDir, { LOG_LEVEL: 'chatty' });
    await expect(failed).rejects.toThrow(/LOG_LEVEL/);
  });
});
