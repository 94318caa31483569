import { describe, expect, it } from 'vitest';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { LeadActionResponse, LeadLinkCreated, LeadLinksResponse, LeadProgressResponse } from '@roundtable/shared/protocol/rest';
import { EVIDENCE_URL_MAX_CHARS, LEAD_LINKS_MAX, PROGRESS_NOTE_MAX_CHARS } from '@roundtable/shared/review/progressLimits';
import { testServerForFile } from '../testing/fileTestServer';
import { createTestWorkshop, joinTestWorkshop, tokenOf, type CreatedForTest, type JoinedForTest } from '../testing/restClient';
import { WorkshopClient } from '../testing/workshopClient';
import { hashToken } from './secrets';

const srv = testServerForFile({ logLevel: 'error' });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the response's shape
async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${srv.url}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

function accepted<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

interface PlanWorkshop {
  w: CreatedForTest;
  cara: JoinedForTest;
  tess: JoinedForTest;
  facilitator: WorkshopClient;
  /** Two actions under one objective, each led by Cara (council) and Tess (third sector). */
  actions: [string, string];
  agree(): Promise<void>;
  close(): void;
}

/** A workshop in session four with a complete plan, agreed unless `agreed: false`. */
async function planWorkshop({ agreed = true } = {}): Promise<PlanWorkshop> {
  const w = await createTestWorkshop(srv.url);
  const cara = await joinTestWorkshop(srv.url, w.joinCode, 'Cara Council', 'local_authority', 'Darlington Borough Council');
  const tess = await joinTestWorkshop(srv.url, w.joinCode, 'Tess Third', 'third_sector', 'Darlington CVS');
  const facilitator = new WorkshopClient(srv.url, w.workshopId, 'lead', w.leadToken, { presence: false });
  await Promise.all([facilitator.whenSynced(), facilitator.whenConnected()]);
  const objectiveId = accepted(await facilitator.send('objective:add', { text: 'A joint training strategy' })).objectiveId;
  const actions: string[] = [];
  for (const [text, quarter] of [
    ['Map existing training in both sectors', '2030-Q1'],
    ['Run a joint induction day', '2030-Q2'],
  ] as const) {
    const actionId = accepted(await facilitator.send('action:add', { objectiveId, text })).actionId;
    accepted(await facilitator.send('action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'member', memberId: cara.participantId } }));
    accepted(await facilitator.send('action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: tess.participantId } }));
    accepted(await facilitator.send('action:update', { actionId, timescale: { kind: 'quarter', quarter } }));
    actions.push(actionId);
  }
  const agree = async () => {
    accepted(await facilitator.send('plan:consult', {}));
    accepted(await facilitator.send('plan:agree', { version: 1 }));
  };
  if (agreed) await agree();
  return { w, cara, tess, facilitator, actions: actions as [string, string], agree, close: () => facilitator.close() };
}

async function makeLink(p: PlanWorkshop, actionId: string, slot: 'councilLead' | 'thirdSectorLead' = 'councilLead'): Promise<{ made: LeadLinkCreated; token: string }> {
  const res = await call('POST', `/api/workshops/${p.w.workshopId}/lead-links`, bearer(p.w.leadToken), { actionId, slot });
  expect(res.status).toBe(201);
  const made = res.body as LeadLinkCreated;
  return { made, token: tokenOf(made.url) };
}

/** What the store holds for the workshop: its committed progress reports and where its doc's log stands. */
async function committed(workshopId: string) {
  const state = await srv.server.rooms.with(workshopId as WorkshopId, (room) => room.readCommitted(() => room.current));
  const doc = await srv.store.loadDoc(workshopId as WorkshopId);
  return { updates: state!.progressUpdates, lastSeq: doc!.lastSeq };
}

const report = { status: 'on_track', note: 'Training leads from both sectors have met.', evidence: [{ text: 'Meeting notes', url: 'https://example.org/notes' }] };
let commandNo = 0;
const newCommandId = () => `cmd-lead-${String((commandNo += 1)).padStart(4, '0')}`;

describe('lead links', () => {
  it('[REV1] a facilitator makes, lists and revokes a lead\'s link; the token is only in the #fragment and is stored hashed', async () => {
    const p = await planWorkshop();
    try {
      const { made, token } = await makeLink(p, p.actions[0]);
      expect(made.url).toMatch(new RegExp(`^${srv.url}/lead#token=[A-Za-z0-9_-]{43}$`));
      expect(made.link).toEqual({ linkId: expect.any(String), workshopId: p.w.workshopId, actionId: p.actions[0], slot: 'councilLead', leadName: 'Cara Council', createdAt: expect.any(String), revokedAt: null });
      expect(JSON.stringify(made.link)).not.toContain(token);
      expect(await srv.store.findLinkByTokenHash(token)).toBeNull();
      expect(await srv.store.findLinkByTokenHash(hashToken(token))).toMatchObject({ kind: 'lead', linkId: made.link.linkId });

      const listed = await call('GET', `/api/workshops/${p.w.workshopId}/lead-links`, bearer(p.w.coToken));
      expect((listed.body as LeadLinksResponse).links).toEqual([made.link]);

      expect((await call('DELETE', `/api/workshops/${p.w.workshopId}/lead-links/${made.link.linkId}`, bearer(p.w.leadToken))).status).toBe(204);
      expect((await call('DELETE', `/api/workshops/${p.w.workshopId}/lead-links/${made.link.linkId}`, bearer(p.w.leadToken))).status).toBe(404);
      const after = await call('GET', `/api/workshops/${p.w.workshopId}/lead-links`, bearer(p.w.leadToken));
      expect((after.body as LeadLinksResponse).links[0]!.revokedAt).toEqual(expect.any(String));
    } finally {
      p.close();
    }
  });

  it('[REV1] participants, strangers and other workshops\' facilitators cannot make, list or revoke links', async () => {
    const p = await planWorkshop();
    const other = await createTestWorkshop(srv.url);
    try {
      const { made } = await makeLink(p, p.actions[0]);
      const path = `/api/workshops/${p.w.workshopId}/lead-links`;
      const body = { actionId: p.actions[1], slot: 'councilLead' };
      expect((await call('POST', path, bearer(p.cara.token), body)).status).toBe(403);
      expect((await call('GET', path, bearer(p.cara.token))).status).toBe(403);
      expect((await call('DELETE', `${path}/${made.link.linkId}`, bearer(p.tess.token))).status).toBe(403);
      expect((await call('POST', path, {}, body)).status).toBe(401);
      expect((await call('GET', path)).status).toBe(401);
      expect((await call('GET', path, bearer(other.leadToken))).status).toBe(401);
      expect((await call('DELETE', `${path}/${made.link.linkId}`, bearer(other.leadToken))).status).toBe(401);
      expect((await call('DELETE', `/api/workshops/${other.workshopId}/lead-links/${made.link.linkId}`, bearer(other.leadToken))).status).toBe(404);
      expect((await srv.store.listLinks(p.w.workshopId as WorkshopId, 'lead')).map((l) => [l.linkId, l.revokedAt])).toEqual([[made.link.linkId, null]]);
    } finally {
      p.close();
    }
  });

  it('[REV1] a link is made only for a lead the plan has, with a clear reason otherwise', async () => {
    const p = await planWorkshop();
    try {
      const path = `/api/workshops/${p.w.workshopId}/lead-links`;
      const bad = await call('POST', path, bearer(p.w.leadToken), { actionId: p.actions[0], slot: 'sponsor' });
      expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_payload', message: 'Expected a lead: councilLead or thirdSectorLead.' } } });
      expect(await call('POST', path, bearer(p.w.leadToken), { actionId: 'no-such-action', slot: 'councilLead' })).toMatchObject({ status: 404, body: { error: { message: 'That action is not in the plan.' } } });
      const objectiveId = Object.keys(p.facilitator.state().objectives)[0]!;
      const unled = accepted(await p.facilitator.send('action:add', { objectiveId, text: 'Not yet led' })).actionId;
      expect(await call('POST', path, bearer(p.w.leadToken), { actionId: unled, slot: 'thirdSectorLead' })).toMatchObject({
        status: 409,
        body: { error: { message: 'That action has no third-sector lead yet. Choose one in the plan first.' } },
      });
      expect(await srv.store.listLinks(p.w.workshopId as WorkshopId, 'lead')).toEqual([]);
    } finally {
      p.close();
    }
  });

  it(`[REV1] a workshop keeps at most ${LEAD_LINKS_MAX} live links; replacing a lead's link is always possible`, async () => {
    const p = await planWorkshop();
    try {
      const { made } = await makeLink(p, p.actions[0]);
      for (let i = 1; i < LEAD_LINKS_MAX; i += 1) {
        await srv.store.createLink({
          kind: 'lead',
          linkId: `seeded-${i}-${p.w.workshopId}`,
          workshopId: p.w.workshopId as WorkshopId,
          tokenHash: `seeded-${i}-${p.w.workshopId}`,
          createdBy: p.w.workshopId as never,
          details: { actionId: `seeded-action-${i}`, slot: 'councilLead', leadName: 'Seeded' },
        });
      }
      const refused = await call('POST', `/api/workshops/${p.w.workshopId}/lead-links`, bearer(p.w.leadToken), { actionId: p.actions[1], slot: 'councilLead' });
      expect(refused).toMatchObject({ status: 409, body: { error: { code: 'limit_reached' } } });
      const replaced = await makeLink(p, p.actions[0]);
      const live = (await srv.store.listLinks(p.w.workshopId as WorkshopId, 'lead')).filter((l) => l.revokedAt === null);
      expect(live).toHaveLength(LEAD_LINKS_MAX);
      expect(live.map((l) => l.linkId)).toContain(replaced.made.link.linkId);
      expect(live.map((l) => l.linkId)).not.toContain(made.link.linkId);
    } finally {
      p.close();
    }
  });
});

describe('a lead reports progress through their link', () => {
  it('[REV2] [REV3] a lead reports and the facilitators see it live; every report is kept, oldest first', async () => {
    const p = await planWorkshop();
    try {
      const council = await makeLink(p, p.actions[0], 'councilLead');
      const third = await makeLink(p, p.actions[0], 'thirdSectorLead');
      const first = await call('POST', '/api/lead/progress', bearer(council.token), { commandId: newCommandId(), ...report });
      expect(first.status).toBe(200);
      const update = (first.body as LeadProgressResponse).update;
      expect(update).toMatchObject({ actionId: p.actions[0], slot: 'councilLead', sector: 'local_authority', status: 'on_track', planVersion: 1, evidence: report.evidence });
      const seen = await p.facilitator.waitFor((s) => Object.keys(s.progressUpdates).length === 1);
      expect(seen.progressUpdates[update.id as never]).toEqual(update);

      const second = await call('POST', '/api/lead/progress', bearer(third.token), { commandId: newCommandId(), status: 'at_risk', note: 'Venue not yet found.', evidence: [] });
      expect(second.status).toBe(200);
      await p.facilitator.waitFor((s) => Object.keys(s.progressUpdates).length === 2);

      const page = await call('GET', '/api/lead/action.json', bearer(council.token));
      expect(page.status).toBe(200);
      const body = page.body as LeadActionResponse;
      expect(body).toMatchObject({
        workshopTitle: 'Darlington PIP 2026',
        area: 'Darlington',
        objectiveText: 'A joint training strategy',
        action: { id: p.actions[0], text: 'Map existing training in both sectors', timescaleLabel: 'Q1 2030', overdue: false },
        slot: 'councilLead',
        leadName: 'Cara Council',
      });
      expect(body.updates.map((u) => [u.slot, u.sector, u.status])).toEqual([
        ['councilLead', 'local_authority', 'on_track'],
        ['thirdSectorLead', 'third_sector', 'at_risk'],
      ]);
      expect(body.updates[0]!.at <= body.updates[1]!.at).toBe(true);
    } finally {
      p.close();
    }
  });

  it('[REV3] a resent report (same command id) is applied once and answers with the same update', async () => {
    const p = await planWorkshop();
    try {
      const { token } = await makeLink(p, p.actions[0]);
      const commandId = newCommandId();
      const first = await call('POST', '/api/lead/progress', bearer(token), { commandId, ...report });
      const before = await committed(p.w.workshopId);
      const again = await call('POST', '/api/lead/progress', bearer(token), { commandId, ...report });
      expect(again).toEqual(first);
      expect(await committed(p.w.workshopId)).toEqual(before);
      expect(Object.keys(before.updates)).toHaveLength(1);
    } finally {
      p.close();
    }
  });

  it('[REV3] a report for another action than the link\'s is refused (403) and changes nothing', async () => {
    const p = await planWorkshop();
    try {
      const { token } = await makeLink(p, p.actions[0]);
      const before = await committed(p.w.workshopId);
      const wrongAction = await call('POST', '/api/lead/progress', bearer(token), { commandId: newCommandId(), actionId: p.actions[1], ...report });
      expect(wrongAction).toMatchObject({ status: 403, body: { error: { code: 'forbidden', message: expect.stringMatching(/another action/) } } });
      const wrongSlot = await call('POST', '/api/lead/progress', bearer(token), { commandId: newCommandId(), slot: 'thirdSectorLead', ...report });
      expect(wrongSlot.status).toBe(403);
      expect(await committed(p.w.workshopId)).toEqual(before);
    } finally {
      p.close();
    }
  });

  it('[REV3] a revoked link, a replaced link, an unknown token and no token are refused (401) and change nothing', async () => {
    const p = await planWorkshop();
    try {
      const revoked = await makeLink(p, p.actions[1]);
      expect((await call('DELETE', `/api/workshops/${p.w.workshopId}/lead-links/${revoked.made.link.linkId}`, bearer(p.w.leadToken))).status).toBe(204);
      const old = await makeLink(p, p.actions[0]);
      const replacement = await makeLink(p, p.actions[0]);
      const before = await committed(p.w.workshopId);
      for (const headers of [bearer(revoked.token), bearer(old.token), bearer('x'.repeat(43)), bearer(p.w.leadToken), {}]) {
        const res = await call('POST', '/api/lead/progress', headers, { commandId: newCommandId(), ...report });
        expect(res).toMatchObject({ status: 401, body: { error: { code: 'unauthorized', message: expect.stringMatching(/Ask the facilitators for a new one/) } } });
        expect((await call('GET', '/api/lead/action.json', headers)).status).toBe(401);
      }
      expect(await committed(p.w.workshopId)).toEqual(before);
      expect((await call('POST', '/api/lead/progress', bearer(replacement.token), { commandId: newCommandId(), ...report })).status).toBe(200);
    } finally {
      p.close();
    }
  });

  it('[REV6] a malformed report is refused (400) with a clear message and changes nothing', async () => {
    const p = await planWorkshop();
    try {
      const { token } = await makeLink(p, p.actions[0]);
      const before = await committed(p.w.workshopId);
      const cases: [unknown, RegExp][] = [
        ['{"commandId": ', /not valid JSON/],
        [{ ...report }, /needs a commandId/],
        [{ commandId: 'no', ...report }, /Expected an id/],
        [{ commandId: newCommandId(), ...report, status: 'finished' }, /Choose a status/],
        [{ commandId: newCommandId(), ...report, note: 'x'.repeat(PROGRESS_NOTE_MAX_CHARS + 1) }, new RegExp(`at most ${PROGRESS_NOTE_MAX_CHARS} characters`)],
        [{ commandId: newCommandId(), ...report, evidence: [{ text: 'Our page', url: 'javascript:alert(1)' }] }, /http:\/\/ or https:\/\//],
        [{ commandId: newCommandId(), ...report, evidence: [{ text: 'Our page', url: 'ftp://example.org/file' }] }, /http:\/\/ or https:\/\//],
        [{ commandId: newCommandId(), ...report, evidence: [{ text: 'Long', url: `https://example.org/${'x'.repeat(EVIDENCE_URL_MAX_CHARS)}` }] }, /at most/],
        [{ commandId: newCommandId(), ...report, surprise: true }, /surprise|Unrecognized/i],
      ];
      for (const [body, message] of cases) {
        const res = await call('POST', '/api/lead/progress', bearer(token), body);
        expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expect(res.body.error.message).toMatch(message);
      }
      expect(await committed(p.w.workshopId)).toEqual(before);
    } finally {
      p.close();
    }
  });

  it('[REV3] before the plan is agreed a link can be handed out, but reporting says the plan is not agreed yet', async () => {
    const p = await planWorkshop({ agreed: false });
    try {
      const { made, token } = await makeLink(p, p.actions[0], 'thirdSectorLead');
      expect(made.link.leadName).toBe('Tess Third');
      const before = await committed(p.w.workshopId);
      const refused = await call('POST', '/api/lead/progress', bearer(token), { commandId: newCommandId(), ...report });
      expect(refused).toMatchObject({ status: 409, body: { error: { code: 'conflict', message: 'The action plan has not been agreed yet. Progress can be reported once it has.' } } });
      expect((await call('GET', '/api/lead/action.json', bearer(token))).status).toBe(409);
      expect(await committed(p.w.workshopId)).toEqual(before);
      await p.agree();
      expect((await call('POST', '/api/lead/progress', bearer(token), { commandId: newCommandId(), ...report })).status).toBe(200);
    } finally {
      p.close();
    }
  });

  it('[REV3] members cannot report progress over the workshop connection', async () => {
    const p = await planWorkshop();
    try {
      const ack = await p.facilitator.send('progress:report', { actionId: p.actions[0], slot: 'councilLead', status: 'done', note: '', evidence: [] });
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/personal link/) } });
      expect(Object.keys((await committed(p.w.workshopId)).updates)).toEqual([]);
    } finally {
      p.close();
    }
  });
});

describe('text the store could not keep', () => {
  it('[TEXT1] [REV3] a report with a NUL is refused with 400 naming the field (not 503 for ever), and nothing is recorded', async () => {
    const p = await planWorkshop();
    try {
      const { token } = await makeLink(p, p.actions[0]);
      const before = await committed(p.w.workshopId);
      const res = await call('POST', '/api/lead/progress', bearer(token), { commandId: newCommandId(), ...report, note: 'Met\u0000twice' });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'invalid_payload', fields: { note: expect.stringMatching(/control characters/) } });
      expect(await committed(p.w.workshopId)).toEqual(before);
      const fine = await call('POST', '/api/lead/progress', bearer(token), { commandId: newCommandId(), ...report });
      expect(fine.status).toBe(200);
    } finally {
      p.close();
    }
  });
});
