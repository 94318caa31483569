import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopStore } from '../store/workshopStore';
import { createTestWorkshop, postJson } from '../testing/restClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';

let store: WorkshopStore;
let direct: TestServer;
let proxied: TestServer;
let publicHttps: TestServer;

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  direct = await startTestServer(store);
  proxied = await startTestServer(store, { trustProxyHops: 1 });
  publicHttps = await startTestServer(store, { publicUrl: 'https://pip.example.org' });
});
afterAll(async () => {
  await direct?.close();
  await proxied?.close();
  await publicHttps?.close();
  await store?.close();
});

/** The session cookies each cookie-setting route sends (create, join, sign in by link), with these request headers. */
async function sessionCookies(baseUrl: string, headers: Record<string, string> = {}): Promise<string[]> {
  const created = await postJson(baseUrl, '/api/workshops', { title: 'Darlington PIP 2026', area: 'Darlington', facilitatorName: 'Ann' }, headers);
  const w = await createTestWorkshop(baseUrl);
  const joined = await postJson(baseUrl, '/api/join', { joinCode: w.joinCode, name: 'Bea', organisation: 'Darlington CVS', sector: 'third_sector' }, headers);
  const signedIn = await postJson(baseUrl, '/api/session', { workshopId: w.workshopId, token: w.coToken }, headers);
  const cookies = [created, joined, signedIn].map((res) => res.headers.get('set-cookie') ?? '');
  for (const cookie of cookies) expect(cookie).toMatch(/^rt_[^=]+=.+; HttpOnly/);
  return cookies;
}

const isSecure = (cookie: string) => /;\s*Secure(;|$)/i.test(cookie);

describe('Secure cookies', () => {
  it('[SEC3] over plain http on localhost, cookies are not Secure (so `npm start` on http://localhost works)', async () => {
    expect((await sessionCookies(direct.url)).map(isSecure)).toEqual([false, false, false]);
  });

  it('[SEC3] behind a trusted proxy that says X-Forwarded-Proto: https, cookies are Secure', async () => {
    expect((await sessionCookies(proxied.url, { 'x-forwarded-proto': 'https' })).map(isSecure)).toEqual([true, true, true]);
    expect((await sessionCookies(proxied.url, { 'x-forwarded-proto': 'http' })).map(isSecure)).toEqual([false, false, false]);
  });

  it('[SEC3] an X-Forwarded-Proto from a hop that is not trusted (TRUST_PROXY_HOPS=0) is ignored', async () => {
    expect((await sessionCookies(direct.url, { 'x-forwarded-proto': 'https' })).map(isSecure)).toEqual([false, false, false]);
  });

  it('[SEC3] when PUBLIC_URL is https, cookies are Secure whatever the hop to the server says', async () => {
    expect((await sessionCookies(publicHttps.url)).map(isSecure)).toEqual([true, true, true]);
    expect((await sessionCookies(publicHttps.url, { 'x-forwarded-proto': 'http' })).map(isSecure)).toEqual([true, true, true]);
  });
});
