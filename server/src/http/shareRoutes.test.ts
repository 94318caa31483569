import { describe, expect, it } from 'vitest';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { ShareLinkCreated, ShareLinksResponse, SharedPlanResponse } from '@roundtable/shared/protocol/rest';
import { pdfText } from '../testing/extractText';
import { testServerForFile } from '../testing/fileTestServer';
import { createTestWorkshop, joinTestWorkshop, tokenOf } from '../testing/restClient';
import { WorkshopClient } from '../testing/workshopClient';
import { hashToken } from './secrets';
import { SHARE_LINKS_MAX } from '../links/shareLinkKind';

const srv = testServerForFile({ logLevel: 'error' });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const call = (method: string, path: string, headers: Record<string, string> = {}) => fetch(`${srv.url}${path}`, { method, headers });

describe('share links', () => {
  it('[SHARE1] a facilitator makes, lists and revokes read-only links; the token is only in the #fragment of the URL', async () => {
    const w = await createTestWorkshop(srv.url);
    const made = await call('POST', `/api/workshops/${w.workshopId}/share-links`, bearer(w.leadToken));
    expect(made.status).toBe(201);
    const body = (await made.json()) as ShareLinkCreated;
    expect(body.url).toMatch(new RegExp(`^${srv.url}/shared#token=[A-Za-z0-9_-]{43}$`));
    const token = tokenOf(body.url);
    expect(JSON.stringify(body.link)).not.toContain(token);

    const listed = (await (await call('GET', `/api/workshops/${w.workshopId}/share-links`, bearer(w.coToken))).json()) as ShareLinksResponse;
    expect(listed.links).toEqual([body.link]);
    expect(await srv.store.findLinkByTokenHash(token)).toBeNull(); // stored as a hash, never as itself
    expect(await srv.store.findLinkByTokenHash(hashToken(token))).toMatchObject({ kind: 'share', linkId: body.link.linkId });

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
    expect((await srv.store.listLinks(w.workshopId as never, 'share')).map((l) => l.revokedAt)).toEqual([null]);
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

function accepted<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

describe('what a share link opens', () => {
  it('[SHARE2] the latest agreed version of the plan and its files, nothing before agreement, nothing once revoked', async () => {
    const w = await createTestWorkshop(srv.url);
    const cara = await joinTestWorkshop(srv.url, w.joinCode, 'Cara Council', 'local_authority', 'Darlington Borough Council');
    const tess = await joinTestWorkshop(srv.url, w.joinCode, 'Tess Third', 'third_sector', 'Darlington CVS');
    await joinTestWorkshop(srv.url, w.joinCode, 'Nora Bystander', 'other_public', 'NHS Trust');
    const facilitator = new WorkshopClient(srv.url, w.workshopId, 'lead', w.leadToken, { presence: false });
    try {
      await Promise.all([facilitator.whenSynced(), facilitator.whenConnected()]);
      const made = (await (await call('POST', `/api/workshops/${w.workshopId}/share-links`, bearer(w.leadToken))).json()) as ShareLinkCreated;
      const sponsor = bearer(tokenOf(made.url));

      const before = (await (await call('GET', '/api/shared/plan.json', sponsor)).json()) as SharedPlanResponse;
      expect(before).toEqual({ title: 'Darlington PIP 2026', area: 'Darlington', plan: null });
      expect((await call('GET', '/api/shared/plan.pdf', sponsor)).status).toBe(404);

      const objectiveId = accepted(await facilitator.send('objective:add', { text: 'A joint training strategy' })).objectiveId;
      const actionId = accepted(await facilitator.send('action:add', { objectiveId, text: 'Map existing training in both sectors' })).actionId;
      accepted(await facilitator.send('action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'member', memberId: cara.participantId } }));
      accepted(await facilitator.send('action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: tess.participantId } }));
      accepted(await facilitator.send('action:update', { actionId, timescale: { kind: 'quarter', quarter: '2030-Q1' } }));
      accepted(await facilitator.send('plan:consult', {}));
      accepted(await facilitator.send('plan:agree', { version: 1 }));
      // A later draft is not what sponsors see.
      accepted(await facilitator.send('action:update', { actionId, text: 'Draft wording not yet agreed', baseText: 'Map existing training in both sectors' }));

      const shared = (await (await call('GET', '/api/shared/plan.json', sponsor)).json()) as SharedPlanResponse;
      const json = JSON.stringify(shared);
      expect(json).toContain('Map existing training in both sectors');
      expect(json).not.toContain('Draft wording not yet agreed');
      expect(json).toContain('Cara Council');
      expect(json).not.toContain('Nora Bystander');
      const pdf = await call('GET', '/api/shared/plan.pdf', sponsor);
      expect(pdf.status).toBe(200);
      const text = (await pdfText(Buffer.from(await pdf.arrayBuffer()))).replace(/\s+/g, ' ');
      expect(text).toContain('Map existing training in both sectors');
      expect(text).toContain('Tess Third');

      expect((await call('GET', '/api/shared/plan.json')).status).toBe(401);
      expect((await call('GET', '/api/shared/plan.json', bearer(w.leadToken))).status).toBe(401);
      expect((await call('GET', '/api/shared/plan.xlsx', sponsor)).status).toBe(404);
      expect((await call('DELETE', `/api/workshops/${w.workshopId}/share-links/${made.link.linkId}`, bearer(w.leadToken))).status).toBe(204);
      expect((await call('GET', '/api/shared/plan.json', sponsor)).status).toBe(401);
      expect((await call('GET', '/api/shared/plan.pdf', sponsor)).status).toBe(401);
    } finally {
      facilitator.close();
    }
  });
});
