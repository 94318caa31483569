/**
 * What the schemas allow must fit the wire: a command or body within every limit its schema sets is answered on its
 * merits — never dropped with the connection (Socket.io closes a connection whose frame is over its buffer size, and
 * the outbox then resends the same frame after every reconnect, OUT2, so it is never delivered) nor refused as too
 * large (the REST body limit). Whatever the fix (a larger frame or body limit, or smaller schema limits), these hold.
 * The limits are read from shared/ (so a change of limit is followed); text is '€', three bytes in UTF-8 per UTF-16
 * unit, the most any character takes per unit a schema counts.
 *
 * Deterministic and quick; there is no long run.  npx vitest run --project server src/attack/wireLimits.test.ts
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_PER_UPDATE_MAX, EVIDENCE_TEXT_MAX_CHARS, EVIDENCE_URL_MAX_CHARS, PROGRESS_NOTE_MAX_CHARS } from '@roundtable/shared/review/progressLimits';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { bearer, httpCall } from './attackHttp';
import { createWorkshop, joinWorkshop, makeLink, must, stateOf, type Member } from './workshopScript';
import { preview } from './stateDifferences';
import { SURVEY_ITEM_TEXT_MAX_CHARS, SURVEY_ITEMS_MAX, SURVEY_TEXT_ANSWER_MAX_CHARS } from '@roundtable/shared/survey/surveyLimits';

const WIDEST = '€';
let store: WorkshopStore;
let srv: TestServer;
const members: Member[] = [];

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { commandsPer10S: 1e9 });
}, 60_000);

afterAll(async () => {
  for (const m of members) m.socket.close();
  await srv?.close();
  await store?.close();
});

describe('what the schemas allow fits the wire', () => {
  it('[SURV1] [SURV3] an answer to a survey of only written questions, each answered in full, is answered (not dropped with the connection)', async () => {
    const w = await createWorkshop(srv.url, 'Wide survey');
    const participant = await joinWorkshop(srv.url, w.workshopId, w.joinCode, 'Pat', 'third_sector');
    members.push(w.lead, w.co, participant);
    const items = Array.from({ length: SURVEY_ITEMS_MAX }, (_, i) => ({ kind: 'text' as const, text: `${i + 1}. ${WIDEST.repeat(SURVEY_ITEM_TEXT_MAX_CHARS - 4)}` }));
    await must(w.lead, 'survey:configure', { items });
    await must(w.lead, 'survey:open', {});
    const texts = Object.fromEntries((await stateOf(srv.server, w.workshopId)).survey.items.map((i) => [i.id, WIDEST.repeat(SURVEY_TEXT_ANSWER_MAX_CHARS)]));
    const payload = { commandId: randomUUID(), answers: {}, texts };
    const outcome = await participant.socket.emit('survey:answer', [payload], true, 5_000);
    const bytes = Buffer.byteLength(JSON.stringify(payload));
    expect(outcome, `survey:answer of ${bytes} bytes, ${preview(payload, 300)}`).toMatchObject({ kind: 'ack', ack: { ok: true } });
  });

  it('[REV6] a lead’s report at every limit of REV6 is taken (not refused as too large)', async () => {
    const w = await createWorkshop(srv.url, 'Wide report');
    const council = await joinWorkshop(srv.url, w.workshopId, w.joinCode, 'Cara', 'local_authority');
    const third = await joinWorkshop(srv.url, w.workshopId, w.joinCode, 'Tess', 'third_sector');
    members.push(w.lead, w.co, council, third);
    const objectiveId = (await must(w.lead, 'objective:add', { text: 'Objective' })).objectiveId as string;
    const actionId = (await must(w.lead, 'action:add', { objectiveId, text: 'Action' })).actionId as string;
    await must(w.lead, 'action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'member', memberId: council.memberId } });
    await must(w.lead, 'action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: third.memberId } });
    await must(w.lead, 'action:update', { actionId, timescale: { kind: 'quarter', quarter: '2031-Q2' } });
    await must(w.lead, 'plan:consult', {});
    await must(w.lead, 'plan:agree', { version: 1 });
    const link = await makeLink(srv.url, w.workshopId, w.lead, 'lead-links', { actionId, slot: 'councilLead' });
    const origin = 'https://example.org/';
    const evidence = Array.from({ length: EVIDENCE_PER_UPDATE_MAX }, (_, i) => ({ text: WIDEST.repeat(EVIDENCE_TEXT_MAX_CHARS), url: `${origin}${String(i).padEnd(EVIDENCE_URL_MAX_CHARS - origin.length, 'a')}` }));
    const report = { commandId: randomUUID(), status: 'on_track', note: WIDEST.repeat(PROGRESS_NOTE_MAX_CHARS), evidence };
    const body = JSON.stringify(report);
    const answer = await httpCall(srv.url, { method: 'POST', path: '/api/lead/progress', headers: { 'content-type': 'application/json', ...bearer(link.token) }, rawBody: body });
    expect({ status: answer.status, body: answer.body }, `POST /api/lead/progress of ${Buffer.byteLength(body)} bytes, ${preview(report, 300)}`).toMatchObject({ status: 200 });
  });
});
