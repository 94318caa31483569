import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShareLinkCreated, ShareLinksResponse } from '@roundtable/shared/protocol/rest';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { openMemoryStore, startTestServer, type TestServer } from '../testing/testServer';
import type { WorkshopStore } from '../store/workshopStore';
import { SHARE_LINKS_MAX } from './shareRoutes';

let store: WorkshopStore;
let srv: TestServer;

beforeAll(async () => {
  store = await openMemoryStore();
  srv = await startTestServer(store);
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const call = (method: string, path: string, headers: Record<string, string> = {}) => fetch(`${srv.url}${path}`, { method, headers });

function tokenOfShareUrl(url: string): string {
  const token = new URL(url).hash.match(/token=([^&]+)/)?.[1];
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

describe('share links', () => {
  it('[SHARE1] a facilitator makes, lists and revokes read-only links; the token is only in the #fragment of the URL', async () => {
    const w = await createTestWorkshop(srv.url);
    const made = await call('POST', `/api/workshops/${w.workshopId}/share-links`, bearer(w.leadToken));
    expect(made.status).toBe(201);
    const body = (await made.json()) as ShareLinkCreated;
    expect(body.url).toMatch(new RegExp(`^${srv.url}/shared#token=[A-Za-z0-9_-]{43}$`));
    const token = tokenOfShareUrl(body.url);
    expect(JSON.stringify(body.link)).not.toContain(token);

    const listed = (await (await call('GET', `/api/workshops/${w.workshopId}/share-links`, bearer(w.coToken))).json()) as ShareLinksResponse;
    expect(listed.links).toEqual([body.link]);
    expect(await store.findShareLinkByTokenHash(token)).toBeNull(); // stored as a hash, never as itself

    expect((await call('DELETE', `/api/workshops/${w.workshopId}/share-links/${body.link.linkId}`, bearer(w.leadToken))).status).toBe(204);
    expect((await call('DELETE', `/api/workshops/${w.workshopId}/share-links/${body.link.linkId}`, bearer(w.leadToken))).status).toBe(404);
    const after = (await (await call('GET', `/api/workshops/${w.workshopId}/share-links`, bearer(w.leadToken))).json()) as ShareLinksResponse;
    expect(after.links[0]!.revokedAt).toEqual(expect.any(String));
  });

  it('[SHARE1] participants, strangers and other workshops\' facilitators cannot make, see or revoke links', async () => {
    const w = await createTestWorkshop(srv.url);
    const other = await createTestWorkshop(srv.url);
    const participant = await joinTestWorkshop(srv.url, w.joinCode, 'Pat');
    const made = (await (await call('POST', `/api/workshops/${w.workshopId}/share-links`, bearer(w.leadToken))).json()) as ShareLinkCreated;
    const path = `/api/workshops/${w.workshopId}/share-links`;
    expect((await call('POST', path, bearer(participant.token))).status).toBe(403);
    expect((await call('GET', path, bearer(participant.token))).status).toBe(403);
    expect((await call('DELETE', `${path}/${made.link.linkId}`, bearer(participant.token))).status).toBe(403);
    expect((await call('POST', path)).status).toBe(401);
    expect((await call('GET', path, bearer(other.leadToken))).status).toBe(401);
    expect((await call('DELETE', `${path}/${made.link.linkId}`, bearer(other.leadToken))).status).toBe(401);
    // Another workshop's facilitator cannot revoke it through their own workshop either.
    expect((await call('DELETE', `/api/workshops/${other.workshopId}/share-links/${made.link.linkId}`, bearer(other.leadToken))).status).toBe(404);
    expect((await store.listShareLinks(w.workshopId as never)).map((l) => l.revokedAt)).toEqual([null]);
  });

  it(`[SHARE1] a workshop keeps at most ${SHARE_LINKS_MAX} live links`, async () => {
    const w = await createTestWorkshop(srv.url);
    const path = `/api/workshops/${w.workshopId}/share-links`;
    for (let i = 0; i < SHARE_LINKS_MAX; i += 1) expect((await call('POST', path, bearer(w.leadToken))).status).toBe(201);
    const refused = await call('POST', path, bearer(w.leadToken));
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('limit_reached');
  });
});
