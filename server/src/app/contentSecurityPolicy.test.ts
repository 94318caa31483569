import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopStore } from '../store/workshopStore';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';

let store: WorkshopStore;
let server: TestServer;
let distDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'roundtable-dist-'));
  await writeFile(join(distDir, 'index.html'), '<!doctype html><title>Roundtable</title>');
  store = createMemoryWorkshopStore();
  server = await startTestServer(store, { logLevel: 'error', clientDistDir: distDir });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
  await rm(distDir, { recursive: true, force: true });
});

function directives(header: string | null): Map<string, string[]> {
  return new Map((header ?? '').split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }));
}

describe('the pages’ Content-Security-Policy', () => {
  it('[WALLV4] lets every page load from and connect to its own origin only', async () => {
    for (const path of ['/', '/w/some-workshop', '/wall', '/shared']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      const policy = directives(response.headers.get('content-security-policy'));
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
      for (const sources of policy.values()) for (const source of sources) expect(source).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });
});
