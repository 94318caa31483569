import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from './store/openStore';
import { breakAsBefore } from './testing/brokenWorkshop';
import { testRoomDeps } from './testing/roomDeps';
import { startTestServer } from './testing/testServer';
import { WorkshopRoom } from './workshops/workshopRoom';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The database the command repairs: PostgreSQL when the tests have one (quick to open), else an embedded one. */
const databaseUrl = process.env.TEST_DATABASE_URL;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roundtable-repair-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** The command as an operator runs it. */
async function runRepair(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/src/repairMain.ts', ...args], { cwd: REPO_ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run workshop:repair', () => {
  it('[RESC2] restores a workshop broken by a board:move to "constructor", printing what it removed', async () => {
    let { store } = await openStore({ dataDir, databaseUrl });
    const srv = await startTestServer(store);
    const broken = await breakAsBefore(store, srv.url);
    await srv.close();
    await store.close();

    const repaired = await runRepair(broken.workshopId);
    expect(repaired.stderr).toBe('');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/repaired\. 1 record/);
    expect(JSON.parse(repaired.stdout.slice(repaired.stdout.indexOf('['), repaired.stdout.lastIndexOf(']') + 1))).toEqual([
      { part: 'boards', key: 'undefined', problem: expect.any(String), value: { position: 0 }, doc: 'shared' },
    ]);

    ({ store } = await openStore({ dataDir, databaseUrl }));
    try {
      const room = (await WorkshopRoom.load(broken.workshopId, testRoomDeps(store)))!;
      expect(room.damage).toBeNull();
      expect(room.current.boards).toEqual(broken.before.boards);
      expect(sessionsInOrder(room.current)[0]!.agenda).toBe(broken.agenda);
      room.destroy();
    } finally {
      await store.close();
    }
    expect(await runRepair(broken.workshopId)).toMatchObject({ code: 0, stdout: expect.stringMatching(/nothing to repair/) });
  }, 120_000);

  it('[RESC2] says how to use it when the id is malformed (here a built-in name), and changes nothing', async () => {
    expect(await runRepair('constructor')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Usage: npm run workshop:repair -- <workshop id>/) });
  });
});
