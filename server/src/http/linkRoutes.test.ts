import { describe, expect, it } from 'vitest';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { LeadLinksResponse, ShareLinkCreated, ShareLinksResponse } from '@roundtable/shared/protocol/rest';
import { testServerForFile } from '../testing/fileTestServer';
import { createTestWorkshop, tokenOf } from '../testing/restClient';
import { hashToken, newToken } from './secrets';

const srv = testServerForFile({ logLevel: 'error' });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const call = (method: string, path: string, headers: Record<string, string> = {}) => fetch(`${srv.url}${path}`, { method, headers });

/** A workshop with a share link made through the API and a lead's link put straight in the store (no plan needed). */
async function workshopWithBothKinds() {
  const w = await createTestWorkshop(srv.url);
  const share = (await (await call('POST', `/api/workshops/${w.workshopId}/share-links`, bearer(w.leadToken))).json()) as ShareLinkCreated;
  const leadToken = newToken();
  const { link: lead } = await srv.store.createLink({
    kind: 'lead',
    linkId: `lead-${w.workshopId}`,
    workshopId: w.workshopId as WorkshopId,
    tokenHash: hashToken(leadToken),
    createdBy: 'facilitator' as MemberId,
    details: { actionId: 'action-0001', slot: 'councilLead', leadName: 'Cara Council' },
  });
  return { w, share: { link: share.link, token: tokenOf(share.url) }, lead: { link: lead, token: leadToken } };
}

describe('links of every kind, one module', () => {
  it('[SHARE1] [REV1] each kind\'s path lists only its own links, in its own shape', async () => {
    const { w, share, lead } = await workshopWithBothKinds();
    const shares = (await (await call('GET', `/api/workshops/${w.workshopId}/share-links`, bearer(w.leadToken))).json()) as ShareLinksResponse;
    expect(shares.links).toEqual([share.link]);
    expect(Object.keys(shares.links[0]!).sort()).toEqual(['createdAt', 'createdBy', 'linkId', 'revokedAt', 'workshopId']);
    const leads = (await (await call('GET', `/api/workshops/${w.workshopId}/lead-links`, bearer(w.leadToken))).json()) as LeadLinksResponse;
    expect(leads.links).toEqual([
      { linkId: lead.link.linkId, workshopId: w.workshopId, actionId: 'action-0001', slot: 'councilLead', leadName: 'Cara Council', createdAt: lead.link.createdAt, revokedAt: null },
    ]);
  });

  it('[SHARE1] [REV1] a link cannot be revoked through another kind\'s path (404), and goes on working', async () => {
    const { w, share, lead } = await workshopWithBothKinds();
    const ws = `/api/workshops/${w.workshopId}`;
    expect((await call('DELETE', `${ws}/share-links/${lead.link.linkId}`, bearer(w.leadToken))).status).toBe(404);
    expect((await call('DELETE', `${ws}/lead-links/${share.link.linkId}`, bearer(w.leadToken))).status).toBe(404);
    expect((await srv.store.listLinks(w.workshopId as WorkshopId)).map((l) => l.revokedAt)).toEqual([null, null]);
    expect((await call('GET', '/api/shared/plan.json', bearer(share.token))).status).toBe(200);
  });

  it('[SHARE2] [REV3] a token opens only its own kind\'s routes: a share link is no lead\'s link, nor the reverse', async () => {
    const { w, share, lead } = await workshopWithBothKinds();
    const leadRefused = await call('GET', '/api/lead/action.json', bearer(share.token));
    expect(leadRefused.status).toBe(401);
    expect(((await leadRefused.json()) as { error: { message: string } }).error.message).toMatch(/progress link does not work/);
    const shareRefused = await call('GET', '/api/shared/plan.json', bearer(lead.token));
    expect(shareRefused.status).toBe(401);
    expect(((await shareRefused.json()) as { error: { message: string } }).error.message).toMatch(/link to the action plan does not work/);
    expect((await call('GET', '/api/shared/plan.md', bearer(lead.token))).status).toBe(401);
    // A link's token is no member's either.
    expect((await call('GET', `/api/workshops/${w.workshopId}/me`, bearer(share.token))).status).toBe(401);
    // A token too long to be ours is refused before it is looked up.
    expect((await call('GET', '/api/shared/plan.json', bearer('x'.repeat(201)))).status).toBe(401);
  });
});
