import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActionId, ObjectiveId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { ShareLinkCreated } from '@roundtable/shared/protocol/rest';
import { createServer, type RunningServer } from '../app/createServer';
import { createLogger } from '../app/logger';
import { testConfig } from '../config';
import { documentFiles, type DocumentFiles } from '../exports/documentFiles';
import { poolRenderer } from '../exports/documentRenderer';
import { EXPORT_WORDING } from '../exports/exportWording';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { pdfText } from '../testing/extractText';
import { gateRendersAt, RENDER_TEST_DOCUMENTS, RENDER_TEST_WORKER, RenderGate } from '../testing/renderTestDocuments';
import { createTestWorkshop, joinTestWorkshop, tokenOf, type CreatedForTest } from '../testing/restClient';
import { WorkshopClient } from '../testing/workshopClient';

/*
 * The document routes on a real server whose renders run in one worker thread with no room to wait (so a second
 * render while one runs is refused), serving the registry's documents and two test documents: `gated`, whose render
 * holds its worker until the test opens a gate, and `failing`, whose render throws (testing/renderTestDocuments.ts).
 */
const store = createMemoryWorkshopStore();
let server: RunningServer;
let files: DocumentFiles;
let url: string;
const open: WorkshopClient[] = [];

beforeAll(async () => {
  const config = testConfig({ commandsPer10S: 1_000 });
  files = documentFiles(poolRenderer({ workers: 1, waitingMax: 0, workerModule: RENDER_TEST_WORKER }));
  server = createServer({ config, store, logger: createLogger('silent'), documentFiles: files, documents: RENDER_TEST_DOCUMENTS });
  url = await server.listen();
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await server?.close();
  await store.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (path: string, token?: string) => fetch(`${url}${path}`, { headers: token ? bearer(token) : {} });

async function connect(workshopId: string, memberId: string, token: string): Promise<WorkshopClient> {
  const c = new WorkshopClient(url, workshopId, memberId, token, { presence: false });
  open.push(c);
  await Promise.all([c.whenSynced(), c.whenConnected()]);
  return c;
}

function accepted<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('[CAP1] a document rendering holds up no workshop', () => {
  it('while a render holds its worker, a command is acknowledged and health answers; the download completes once the render does', async () => {
    const gate = new RenderGate();
    gateRendersAt(gate);
    const w = await createTestWorkshop(url, 'Halton PIP', 'Halton');
    const facilitator = await connect(w.workshopId, 'lead', w.leadToken);
    const events: string[] = [];
    const download = get(`/api/workshops/${w.workshopId}/gated.md?label=slow`, w.leadToken).then((res) => {
      events.push('download');
      return res;
    });
    await gate.reached(1);

    accepted(await facilitator.send('workshop:update', { title: 'Halton PIP 2027' }));
    events.push('command acknowledged');
    const health = await get('/api/health');
    events.push(`health ${health.status}`);
    expect(events).toEqual(['command acknowledged', 'health 200']);

    gate.open();
    const res = await download;
    expect(events).toEqual(['command acknowledged', 'health 200', 'download']);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Rendered slow once the gate opened.\n');
  });
});

describe('[CAP3] renders beyond what the pool holds', () => {
  it('are answered 503 `unavailable` with Retry-After and a sentence saying when to try again; the render under way finishes, and the same download works once it has', async () => {
    const gate = new RenderGate();
    gateRendersAt(gate);
    const w = await createTestWorkshop(url, 'Knowsley PIP', 'Knowsley');
    const first = get(`/api/workshops/${w.workshopId}/gated.md?label=first`, w.leadToken);
    await gate.reached(1);

    const refused = await get(`/api/workshops/${w.workshopId}/gated.md?label=second`, w.leadToken);
    expect(refused.status).toBe(503);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, String(retryAfter)).toBe(true);
    expect(await errorOf(refused)).toEqual({ code: 'unavailable', message: EXPORT_WORDING.renderersBusy(retryAfter) });
    expect((await get(`/api/health`)).status).toBe(200);

    gate.open();
    expect((await first).status).toBe(200);
    const again = await get(`/api/workshops/${w.workshopId}/gated.md?label=second`, w.leadToken);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('Rendered second once the gate opened.\n');
  });
});

describe('[CAP4] a render that fails', () => {
  it('is answered 500 `internal` with a sentence to try again, is not kept, and the pool goes on rendering', async () => {
    gateRendersAt(new RenderGate());
    const w = await createTestWorkshop(url, 'Sefton PIP', 'Sefton');
    for (let i = 0; i < 2; i += 1) {
      const failed = await get(`/api/workshops/${w.workshopId}/failing.md`, w.leadToken);
      expect(failed.status).toBe(500);
      expect(await errorOf(failed)).toEqual({ code: 'internal', message: EXPORT_WORDING.renderFailed });
    }
    const pdf = await get(`/api/workshops/${w.workshopId}/plan.pdf`, w.leadToken);
    expect(pdf.status).toBe(200);
    expect(await pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain('Sefton PIP');
  });
});

/** A workshop whose group agreed version 1 of a plan of one objective and one action, through the commands the app sends. */
async function workshopWithAgreedPlan(): Promise<{ w: CreatedForTest; facilitator: WorkshopClient }> {
  const w = await createTestWorkshop(url, 'Wirral PIP 2026', 'Wirral');
  const council = await joinTestWorkshop(url, w.joinCode, 'Carole Council', 'local_authority', 'Wirral Council');
  const third = await joinTestWorkshop(url, w.joinCode, 'Sally Sector', 'third_sector', 'Wirral CVS');
  const facilitator = await connect(w.workshopId, 'lead', w.leadToken);
  const participants = [await connect(w.workshopId, council.participantId, council.token), await connect(w.workshopId, third.participantId, third.token)];
  const objectiveId = accepted(await facilitator.send('objective:add', { text: 'To review the Compact' })).objectiveId as ObjectiveId;
  const actionId = accepted(await facilitator.send('action:add', { objectiveId, text: 'Draft the principles' })).actionId as ActionId;
  accepted(await facilitator.send('action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'member', memberId: council.participantId } }));
  accepted(await facilitator.send('action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: third.participantId } }));
  accepted(await facilitator.send('action:update', { actionId, timescale: { kind: 'quarter', quarter: `${new Date().getUTCFullYear() + 2}-Q2` } }));
  accepted(await facilitator.send('plan:consult', {}));
  const round = (await facilitator.waitFor((s) => s.plan.status === 'consulting')).plan.consultationRound;
  for (const p of participants) {
    await p.waitFor((s) => s.plan.consultationRound === round);
    accepted(await p.send('plan:respond', { round, response: 'agree' }));
  }
  accepted(await facilitator.send('plan:agree', { version: 1 }));
  await facilitator.waitFor((s) => s.plan.status === 'agreed');
  return { w, facilitator };
}

describe('[CAP2] files rendered once for what they show', () => {
  it('are rendered once: a second download, the plan as it stands and a sponsor\'s share link get the kept file; a new title makes a new one; a draft is rendered once until it changes', async () => {
    const { w, facilitator } = await workshopWithAgreedPlan();
    const pdf = async (path: string, token: string) => {
      const res = await get(path, token);
      expect(res.status, path).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    const start = files.rendered;
    const first = await pdf(`/api/workshops/${w.workshopId}/plan.pdf?version=1`, w.leadToken);
    expect(files.rendered).toBe(start + 1);
    expect(await pdfText(first)).toContain('Wirral PIP 2026');

    expect((await pdf(`/api/workshops/${w.workshopId}/plan.pdf?version=1`, w.coToken)).equals(first)).toBe(true);
    expect((await pdf(`/api/workshops/${w.workshopId}/plan.pdf`, w.leadToken)).equals(first)).toBe(true);
    const made = await fetch(`${url}/api/workshops/${w.workshopId}/share-links`, { method: 'POST', headers: bearer(w.leadToken) });
    const shareToken = tokenOf(((await made.json()) as ShareLinkCreated).url);
    expect((await pdf('/api/shared/plan.pdf', shareToken)).equals(first)).toBe(true);
    expect(files.rendered).toBe(start + 1);

    accepted(await facilitator.send('workshop:update', { title: 'Wirral PIP 2027' }));
    await facilitator.waitFor((s) => s.meta.title === 'Wirral PIP 2027');
    const retitled = await pdf(`/api/workshops/${w.workshopId}/plan.pdf?version=1`, w.leadToken);
    expect(files.rendered).toBe(start + 2);
    expect(await pdfText(retitled)).toContain('Wirral PIP 2027');
    expect((await pdf('/api/shared/plan.pdf', shareToken)).equals(retitled)).toBe(true);
    expect(files.rendered).toBe(start + 2);

    accepted(await facilitator.send('objective:add', { text: 'To agree a joint funding protocol' }));
    await facilitator.waitFor((s) => Object.keys(s.objectives).length === 2);
    const draft = await pdf(`/api/workshops/${w.workshopId}/plan.pdf`, w.leadToken);
    expect(await pdfText(draft)).toContain('To agree a joint funding protocol');
    expect((await pdf(`/api/workshops/${w.workshopId}/plan.pdf`, w.coToken)).equals(draft)).toBe(true);
    expect(files.rendered).toBe(start + 3);
    accepted(await facilitator.send('objective:add', { text: 'To share premises' }));
    await facilitator.waitFor((s) => Object.keys(s.objectives).length === 3);
    expect(await pdfText(await pdf(`/api/workshops/${w.workshopId}/plan.pdf`, w.leadToken))).toContain('To share premises');
    expect(files.rendered).toBe(start + 4);
  });
});
