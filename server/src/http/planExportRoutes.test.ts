import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActionId, ObjectiveId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { CONTENT_TYPES } from '../exports/contentTypes';
import { docxText, pdfText } from '../testing/extractText';
import { createTestWorkshop, joinTestWorkshop, type CreatedForTest, type JoinedForTest } from '../testing/restClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import type { WorkshopStore } from '../store/workshopStore';

let store: WorkshopStore;
let srv: TestServer;
const open: WorkshopClient[] = [];

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { commandsPer10S: 1_000 });
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${srv.url}${path}`, { headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** A quarter well after the server's clock, whenever the test runs (a timescale that has passed is refused). */
const LATER_QUARTER = `${new Date().getUTCFullYear() + 2}-Q2`;
const LATER_LABEL = `Q2 ${new Date().getUTCFullYear() + 2}`;

async function connect(workshopId: string, memberId: string, token: string): Promise<WorkshopClient> {
  const c = new WorkshopClient(srv.url, workshopId, memberId, token);
  open.push(c);
  await Promise.all([c.whenSynced(), c.whenConnected()]);
  return c;
}

function accepted<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

interface PlanRoom {
  w: CreatedForTest;
  council: JoinedForTest;
  third: JoinedForTest;
  facilitator: WorkshopClient;
  participants: WorkshopClient[];
  actionId: ActionId;
}

/** A workshop whose facilitator has drafted a plan of two objectives, through the commands the app sends. */
async function workshopWithDraftPlan(): Promise<PlanRoom> {
  const w = await createTestWorkshop(srv.url, 'St Helens PIP 2026', 'St Helens');
  const council = await joinTestWorkshop(srv.url, w.joinCode, 'Carole Council', 'local_authority', 'St Helens Council');
  const third = await joinTestWorkshop(srv.url, w.joinCode, 'Sally Sector', 'third_sector', 'St Helens CVS');
  const facilitator = await connect(w.workshopId, 'lead', w.leadToken);
  const participants = [await connect(w.workshopId, council.participantId, council.token), await connect(w.workshopId, third.participantId, third.token)];

  const leads = async (actionId: ActionId) => {
    accepted(await facilitator.send('action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'member', memberId: council.participantId } }));
    accepted(await facilitator.send('action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: third.participantId } }));
    accepted(await facilitator.send('action:update', { actionId, timescale: { kind: 'quarter', quarter: LATER_QUARTER } }));
  };
  accepted(await facilitator.send('plan:update', { vision: 'Cross-sector partnerships that achieve the community agenda', baseVision: '', principles: ['Openness'] }));
  const compact = accepted(await facilitator.send('objective:add', { text: 'To review the Compact and develop a new partnership framework' })).objectiveId as ObjectiveId;
  const actionId = accepted(await facilitator.send('action:add', { objectiveId: compact, text: 'Completion of a draft document setting out underlying principles' })).actionId as ActionId;
  await leads(actionId);
  const grants = accepted(await facilitator.send('objective:add', { text: 'To review and co-ordinate arrangements for community grant funding agreements' })).objectiveId as ObjectiveId;
  const linked = accepted(await facilitator.send('action:add', { objectiveId: grants, text: 'Link with the work being carried out on the Area Based Grant' })).actionId as ActionId;
  await leads(linked);
  accepted(await facilitator.send('action:setLead', { actionId: linked, slot: 'thirdSectorLead', lead: { kind: 'named', name: 'Sam Jones', organisation: 'Age UK St Helens', sector: 'third_sector' } }));
  return { w, council, third, facilitator, participants, actionId };
}

/** The room is asked, both participants agree, and the facilitator records version 1. */
async function agree(room: PlanRoom): Promise<void> {
  accepted(await room.facilitator.send('plan:consult', {}));
  const round = (await room.facilitator.waitFor((s) => s.plan.status === 'consulting')).plan.consultationRound;
  for (const p of room.participants) {
    await p.waitFor((s) => s.plan.consultationRound === round);
    accepted(await p.send('plan:respond', { round, response: 'agree' }));
  }
  accepted(await room.facilitator.send('plan:agree', { version: 1 }));
}

const READERS = {
  md: (body: Buffer) => Promise.resolve(body.toString('utf8')),
  docx: docxText,
  pdf: pdfText,
  csv: (body: Buffer) => Promise.resolve(body.toString('utf8')),
} as const;

async function download(path: string, token: string, ext: keyof typeof READERS): Promise<{ res: Response; text: string }> {
  const res = await get(path, bearer(token));
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return { res, text: (await READERS[ext](Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ') };
}

describe('GET /api/workshops/:id/plan.{docx,pdf,md,csv}', () => {
  it('[EXP1] a participant downloads the draft in all four formats, marked DRAFT, with every objective, action, lead and timescale', async () => {
    const { w, council } = await workshopWithDraftPlan();
    for (const ext of ['docx', 'pdf', 'md', 'csv'] as const) {
      const { res, text } = await download(`/api/workshops/${w.workshopId}/plan.${ext}`, council.token, ext);
      expect(res.headers.get('content-type')).toBe(CONTENT_TYPES[ext]);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="st-helens-pip-2026-action-plan-v1-draft.${ext}"`);
      expect(res.headers.get('cache-control')).toBe('no-store');
      for (const expected of [
        'To review the Compact and develop a new partnership framework',
        'Completion of a draft document setting out underlying principles',
        'To review and co-ordinate arrangements for community grant funding agreements',
        'Link with the work being carried out on the Area Based Grant',
        'Carole Council',
        'St Helens Council',
        'Sally Sector',
        'St Helens CVS',
        'Sam Jones',
        'Age UK St Helens',
        LATER_LABEL,
      ]) {
        expect(text, `${ext}: ${expected}`).toContain(expected);
      }
      if (ext !== 'csv') expect(text).toContain('DRAFT of version 1: not yet agreed');
    }
  });

  it('[EXP1] [EXP2] an agreed version downloads by number, as agreed, after the plan has changed', async () => {
    const room = await workshopWithDraftPlan();
    const { w, third, facilitator, actionId } = room;
    const v1 = `/api/workshops/${w.workshopId}/plan.docx?version=1`;
    const before = await get(v1, bearer(third.token));
    expect(before.status).toBe(404);
    expect(((await before.json()) as { error: { code: string } }).error.code).toBe('not_found');

    await agree(room);
    const agreed = await download(v1, third.token, 'docx');
    expect(agreed.res.headers.get('content-disposition')).toBe('attachment; filename="st-helens-pip-2026-action-plan-v1.docx"');
    expect(agreed.text).toContain('Version 1, agreed on');
    expect(agreed.text).not.toContain('DRAFT');

    accepted(await facilitator.send('action:update', { actionId, text: 'Publish the partnership framework', baseText: 'Completion of a draft document setting out underlying principles' }));
    const current = await download(`/api/workshops/${w.workshopId}/plan.pdf`, third.token, 'pdf');
    expect(current.res.headers.get('content-disposition')).toBe('attachment; filename="st-helens-pip-2026-action-plan-v2-draft.pdf"');
    expect(current.text).toContain('DRAFT of version 2');
    expect(current.text).toContain('Publish the partnership framework');
    for (const ext of ['pdf', 'md', 'csv'] as const) {
      const still = await download(`/api/workshops/${w.workshopId}/plan.${ext}?version=1`, third.token, ext);
      expect(still.text).toContain('Completion of a draft document setting out underlying principles');
      expect(still.text).not.toContain('Publish the partnership framework');
    }
    expect((await get(`/api/workshops/${w.workshopId}/plan.md?version=2`, bearer(third.token))).status).toBe(404);
  });

  it('[EXP2] a malformed version is 400 invalid_payload', async () => {
    const w = await createTestWorkshop(srv.url);
    for (const version of ['abc', '0', '-1', '1.5', '01', '1e3', '', '9999999']) {
      const res = await get(`/api/workshops/${w.workshopId}/plan.csv?version=${version}`, bearer(w.leadToken));
      expect(res.status, version).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_payload');
    }
    expect((await get(`/api/workshops/${w.workshopId}/plan.csv?version=1&version=2`, bearer(w.leadToken))).status).toBe(400);
  });

  it('[EXP2] members only: no token 401, another workshop\'s member 401, an unknown workshop or format 404', async () => {
    const a = await createTestWorkshop(srv.url);
    const b = await createTestWorkshop(srv.url);
    const stranger = await joinTestWorkshop(srv.url, b.joinCode, 'Sam Stranger');
    for (const ext of ['docx', 'pdf', 'md', 'csv']) {
      const none = await get(`/api/workshops/${a.workshopId}/plan.${ext}`);
      expect(none.status).toBe(401);
      expect(((await none.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      expect((await get(`/api/workshops/${a.workshopId}/plan.${ext}?version=abc`)).status).toBe(401);
      expect((await get(`/api/workshops/${a.workshopId}/plan.${ext}`, bearer(stranger.token))).status).toBe(401);
      expect((await get(`/api/workshops/${a.workshopId}/plan.${ext}?version=1`, bearer(b.leadToken))).status).toBe(401);
      expect((await get(`/api/workshops/NoSuchWorkshop00000000/plan.${ext}`, bearer(a.leadToken))).status).toBe(404);
    }
    for (const path of ['plan.xlsx', 'plan.constructor', 'plan.', 'plan']) expect((await get(`/api/workshops/${a.workshopId}/${path}`, bearer(a.leadToken))).status, path).toBe(404);
  });

  it('[EXP1] a facilitator downloads the empty draft of a new workshop by cookie, as a browser does', async () => {
    const w = await createTestWorkshop(srv.url, 'Wigan PIP', 'Wigan');
    const res = await get(`/api/workshops/${w.workshopId}/plan.md`, { cookie: `rt_${w.workshopId}=${w.coToken}` });
    expect(res.status).toBe(200);
    const md = await res.text();
    expect(md).toContain('# Wigan PIP');
    expect(md).toContain('DRAFT of version 1: not yet agreed');
    expect(md).toContain('No objectives yet.');
  });
});
