import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { LeadLinkCreated } from '@roundtable/shared/protocol/rest';
import { PIP_SURVEY_ITEMS } from '@roundtable/shared/survey/pipSurveyItems';
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
  srv = await startTestServer(store, { commandsPer10S: 1_000, logLevel: 'error' });
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${srv.url}${path}`, { headers });
const post = (path: string, headers: Record<string, string>, body: unknown) =>
  fetch(`${srv.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
/** A quarter well after the server's clock, whenever the test runs. */
const LATER_QUARTER = `${new Date().getUTCFullYear() + 2}-Q2`;

function accepted<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

async function connect(workshopId: string, memberId: string, token: string): Promise<WorkshopClient> {
  const c = new WorkshopClient(srv.url, workshopId, memberId, token, { presence: false });
  open.push(c);
  await Promise.all([c.whenSynced(), c.whenConnected()]);
  return c;
}

interface ReviewRoom {
  w: CreatedForTest;
  council: JoinedForTest;
  third: JoinedForTest;
  facilitator: WorkshopClient;
  actionId: string;
}

/** A workshop whose facilitator has drafted a one-action plan with a council and a third-sector lead. */
async function draftedPlan(): Promise<ReviewRoom> {
  const w = await createTestWorkshop(srv.url, 'St Helens PIP 2026', 'St Helens');
  const council = await joinTestWorkshop(srv.url, w.joinCode, 'Carole Council', 'local_authority', 'St Helens Council');
  const third = await joinTestWorkshop(srv.url, w.joinCode, 'Sally Sector', 'third_sector', 'St Helens CVS');
  const facilitator = await connect(w.workshopId, 'lead', w.leadToken);
  accepted(await facilitator.send('plan:update', { vision: 'Cross-sector partnerships that achieve the community agenda', baseVision: '', principles: ['Openness'] }));
  const objectiveId = accepted(await facilitator.send('objective:add', { text: 'To review the Compact and develop a new partnership framework' })).objectiveId;
  const actionId = accepted(await facilitator.send('action:add', { objectiveId, text: 'Completion of a draft document setting out underlying principles' })).actionId;
  accepted(await facilitator.send('action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'member', memberId: council.participantId } }));
  accepted(await facilitator.send('action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: third.participantId } }));
  accepted(await facilitator.send('action:update', { actionId, timescale: { kind: 'quarter', quarter: LATER_QUARTER } }));
  return { w, council, third, facilitator, actionId };
}

async function agree(room: ReviewRoom): Promise<void> {
  accepted(await room.facilitator.send('plan:consult', {}));
  accepted(await room.facilitator.send('plan:agree', { version: 1 }));
}

const READERS = { md: (body: Buffer) => Promise.resolve(body.toString('utf8')), docx: docxText, pdf: pdfText } as const;

async function download(path: string, token: string, ext: keyof typeof READERS): Promise<{ res: Response; text: string }> {
  const res = await get(path, bearer(token));
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return { res, text: (await READERS[ext](Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ') };
}

async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, ...body.error };
}

describe('GET /api/workshops/:id/review.{docx,pdf,md}', () => {
  it('[REVEXP1] [REVEXP2] a participant downloads the review in three formats: the action, both leads, a lead\'s report and the survey results', async () => {
    const room = await draftedPlan();
    const { w, council, third, facilitator, actionId } = room;
    await agree(room);

    const made = await post(`/api/workshops/${w.workshopId}/lead-links`, bearer(w.leadToken), { actionId, slot: 'thirdSectorLead' });
    expect(made.status).toBe(201);
    const leadToken = new URL(((await made.json()) as LeadLinkCreated).url).hash.match(/token=([^&]+)/)![1]!;
    const reported = await post('/api/lead/progress', bearer(leadToken), {
      commandId: 'review-export-report-1',
      status: 'at_risk',
      note: 'The first draft is with both boards for comment.',
      evidence: [{ text: 'Draft principles', url: 'https://example.org/st-helens/principles' }],
    });
    expect(reported.status).toBe(200);

    const participants = [await connect(w.workshopId, council.participantId, council.token), await connect(w.workshopId, third.participantId, third.token)];
    accepted(await facilitator.send('survey:open', {}));
    const [first] = PIP_SURVEY_ITEMS;
    const freeText = PIP_SURVEY_ITEMS.find((i) => i.kind === 'text')!;
    for (const [i, p] of participants.entries()) {
      await p.waitFor((s) => s.survey.status === 'open');
      accepted(await p.send('survey:answer', { answers: { [first!.id]: i === 0 ? 'very_helpful' : 'neither' }, texts: i === 0 ? { [freeText.id]: 'We now meet every month.' } : {} }));
    }
    accepted(await facilitator.send('survey:close', {}));
    await facilitator.waitFor((s) => s.survey.status === 'closed');

    const day = new Date().toISOString().slice(0, 10);
    for (const ext of ['docx', 'pdf', 'md'] as const) {
      const { res, text } = await download(`/api/workshops/${w.workshopId}/review.${ext}`, council.token, ext);
      expect(res.headers.get('content-type')).toBe(CONTENT_TYPES[ext]);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="st-helens-pip-2026-review-${day}.${ext}"`);
      expect(res.headers.get('cache-control')).toBe('no-store');
      for (const expected of [
        'To review the Compact and develop a new partnership framework',
        'Completion of a draft document setting out underlying principles',
        'Carole Council',
        'St Helens Council',
        'Sally Sector',
        'St Helens CVS',
        'At risk',
        'Third sector',
        'The first draft is with both boards for comment.',
        'Draft principles',
        'Cross-sector partnerships that achieve the community agenda',
        '2 responses from 2 participants (100% response rate)',
        'Learn more about the perspective of people from other sectors',
        'Not shown by sector',
        'We now meet every month.',
      ]) {
        expect(text, `${ext}: ${expected}`).toContain(expected);
      }
      expect(text).not.toContain('DRAFT');
    }
  });

  it('[REVEXP2] before any version of the plan is agreed: 409 wrong_phase, saying why', async () => {
    const room = await draftedPlan();
    for (const ext of ['docx', 'pdf', 'md']) {
      const error = await errorOf(await get(`/api/workshops/${room.w.workshopId}/review.${ext}`, bearer(room.third.token)));
      expect(error).toMatchObject({ status: 409, code: 'wrong_phase' });
      expect(error.message).toContain('no version has been agreed yet');
    }
    await agree(room);
    const { text } = await download(`/api/workshops/${room.w.workshopId}/review.md`, room.third.token, 'md');
    expect(text).toContain('DRAFT: progress as of');
    expect(text).toContain('No report yet (grey)');
  });

  it('[REVEXP2] members only: no token 401, another workshop\'s member 401; an unknown workshop or format 404', async () => {
    const room = await draftedPlan();
    await agree(room);
    const other = await createTestWorkshop(srv.url);
    const stranger = await joinTestWorkshop(srv.url, other.joinCode, 'Sam Stranger');
    const id = room.w.workshopId;
    for (const ext of ['docx', 'pdf', 'md']) {
      expect(await errorOf(await get(`/api/workshops/${id}/review.${ext}`))).toMatchObject({ status: 401, code: 'unauthorized' });
      expect(await errorOf(await get(`/api/workshops/${id}/review.${ext}`, bearer(stranger.token)))).toMatchObject({ status: 401, code: 'unauthorized' });
      expect(await errorOf(await get(`/api/workshops/${id}/review.${ext}`, bearer(other.leadToken)))).toMatchObject({ status: 401, code: 'unauthorized' });
      expect((await get(`/api/workshops/NoSuchWorkshop00000000/review.${ext}`, bearer(room.w.leadToken))).status).toBe(404);
    }
    for (const path of ['review.csv', 'review.constructor', 'review.', 'review']) expect((await get(`/api/workshops/${id}/${path}`, bearer(room.w.leadToken))).status, path).toBe(404);
  });

  it('[REVEXP2] a facilitator downloads it by cookie, as a browser does', async () => {
    const room = await draftedPlan();
    await agree(room);
    const res = await get(`/api/workshops/${room.w.workshopId}/review.md`, { cookie: `rt_${room.w.workshopId}=${room.w.coToken}` });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('# St Helens PIP 2026');
  });
});
