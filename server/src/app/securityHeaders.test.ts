import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopStore } from '../store/workshopStore';
import { createTestWorkshop } from '../testing/restClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { CONTENT_SECURITY_POLICY } from './createServer';

let store: WorkshopStore;
let plain: TestServer;
let https: TestServer;
let distDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'roundtable-dist-'));
  await writeFile(join(distDir, 'index.html'), '<!doctype html><title>Roundtable</title>');
  await mkdir(join(distDir, 'assets'));
  await writeFile(join(distDir, 'assets', 'app.js'), 'console.log("Roundtable");');
  store = createMemoryWorkshopStore();
  plain = await startTestServer(store, { logLevel: 'error', clientDistDir: distDir });
  https = await startTestServer(store, { logLevel: 'error', clientDistDir: distDir, publicUrl: 'https://pip.example.org' });
});
afterAll(async () => {
  await plain?.close();
  await https?.close();
  await store?.close();
  await rm(distDir, { recursive: true, force: true });
});

/** One response of each kind the server sends: a page, a static file, JSON, a download and errors. */
async function responses(baseUrl: string): Promise<[string, Response][]> {
  const w = await createTestWorkshop(baseUrl);
  const bearer = { authorization: `Bearer ${w.leadToken}` };
  const badJson = await fetch(`${baseUrl}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
  return [
    ['a page', await fetch(`${baseUrl}/w/${w.workshopId}`)],
    ['a static file', await fetch(`${baseUrl}/assets/app.js`)],
    ['JSON', await fetch(`${baseUrl}/api/workshops/${w.workshopId}/me`, { headers: bearer })],
    ['a download', await fetch(`${baseUrl}/api/workshops/${w.workshopId}/profile.md`, { headers: bearer })],
    ['a JSON error', badJson],
    ['an unknown API path', await fetch(`${baseUrl}/api/no-such-thing`)],
  ];
}

describe('headers on every response', () => {
  it('[SEC1] a page, a static file, JSON, a download and errors all carry nosniff and a same-origin Referrer-Policy', async () => {
    const got = await responses(plain.url);
    expect(got.map(([kind, res]) => [kind, res.status])).toEqual([
      ['a page', 200],
      ['a static file', 200],
      ['JSON', 200],
      ['a download', 200],
      ['a JSON error', 400],
      ['an unknown API path', 404],
    ]);
    const names = [
      'x-content-type-options',
      'referrer-policy',
      'x-frame-options',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'cross-origin-embedder-policy',
      'x-powered-by',
    ];
    for (const [kind, res] of got) {
      expect({ kind, ...Object.fromEntries(names.map((name) => [name, res.headers.get(name)])) }).toEqual({
        kind,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'same-origin',
        'x-frame-options': 'SAMEORIGIN',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'cross-origin-embedder-policy': null,
        'x-powered-by': null,
      });
    }
  });

  it('[SEC1] [WALLV4] pages keep exactly the Content-Security-Policy they had', async () => {
    for (const path of ['/', '/w/some-workshop', '/lead', '/shared']) {
      const res = await fetch(`${plain.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('[SEC2] sends Strict-Transport-Security only when PUBLIC_URL is https', async () => {
    for (const [, res] of await responses(plain.url)) expect(res.headers.get('strict-transport-security')).toBeNull();
    for (const [kind, res] of await responses(https.url)) {
      expect({ kind, hsts: res.headers.get('strict-transport-security') }).toEqual({ kind, hsts: 'max-age=31536000' });
    }
  });
});
