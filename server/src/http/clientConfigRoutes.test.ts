import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientConfigResponse } from '@roundtable/shared/protocol/clientConfig';
import { CLIENT_CONFIG_PATH } from '@roundtable/shared/protocol/clientConfig';
import { loadConfig } from '../config';
import type { WorkshopStore } from '../store/workshopStore';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';

let store: WorkshopStore;
let licensed: TestServer;
let unlicensed: TestServer;

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  licensed = await startTestServer(store, { logLevel: 'error', tldrawLicenseKey: 'tldraw-2026-01-01/abc.def' });
  unlicensed = await startTestServer(store, { logLevel: 'error' });
});
afterAll(async () => {
  await licensed?.close();
  await unlicensed?.close();
  await store?.close();
});

describe('GET /api/client-config', () => {
  it('[WALLV5] hands the browser the configured tldraw licence key, uncached, without a session', async () => {
    const response = await fetch(`${licensed.url}${CLIENT_CONFIG_PATH}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect((await response.json()) as ClientConfigResponse).toEqual({ tldrawLicenseKey: 'tldraw-2026-01-01/abc.def' });
  });

  it('[WALLV5] says null when no key is configured', async () => {
    const response = await fetch(`${unlicensed.url}${CLIENT_CONFIG_PATH}`);
    expect((await response.json()) as ClientConfigResponse).toEqual({ tldrawLicenseKey: null });
  });

  it('[WALLV5] takes nothing but GET: other methods find no route and change nothing', async () => {
    const response = await fetch(`${licensed.url}${CLIENT_CONFIG_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"tldrawLicenseKey":"x"}' });
    expect(response.status).toBe(404);
    const after = (await (await fetch(`${licensed.url}${CLIENT_CONFIG_PATH}`)).json()) as ClientConfigResponse;
    expect(after.tldrawLicenseKey).toBe('tldraw-2026-01-01/abc.def');
  });
});

describe('TLDRAW_LICENSE_KEY', () => {
  it('[WALLV5] is read trimmed; unset or blank means no key; an absurdly long value is refused by name', () => {
    expect(loadConfig({}).tldrawLicenseKey).toBeNull();
    expect(loadConfig({ TLDRAW_LICENSE_KEY: '   ' }).tldrawLicenseKey).toBeNull();
    expect(loadConfig({ TLDRAW_LICENSE_KEY: ' tldraw-key \n' }).tldrawLicenseKey).toBe('tldraw-key');
    expect(() => loadConfig({ TLDRAW_LICENSE_KEY: 'k'.repeat(5_000) })).toThrow('TLDRAW_LICENSE_KEY');
  });
});
