import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandId, MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { SURVEY_SCALE, SURVEY_SCALE_LABELS, type SurveyAnswer } from '@roundtable/shared/survey/survey';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { SURVEY_CSV_COLUMNS } from '../exports/surveyCsv';
import type { SqlDatabase } from '../store/sqlDatabase';
import { createSqlWorkshopStore } from '../store/sqlWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import { csvRecords } from '../testing/csvRecords';
import { openPgliteTestDatabase } from '../testing/pgliteTestStore';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { testRoomDeps } from '../testing/roomDeps';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import { WorkshopRoom } from '../workshops/workshopRoom';
import type { CommandInput } from '@roundtable/shared/workshop/commandSchemas';
import { SURVEY_TEXT_ANSWER_MAX_CHARS } from '@roundtable/shared/survey/surveyLimits';
import type { Sector } from '@roundtable/shared/members/sector';

/*
 * The feedback survey end to end: a real server on port 0, real Socket.io and y-websocket clients, and PGlite, whose
 * tables are read directly to show what the server keeps (SURV4).
 */

let db: SqlDatabase;
let store: WorkshopStore;
let srv: TestServer;
const open: WorkshopClient[] = [];

beforeAll(async () => {
  db = await openPgliteTestDatabase();
  store = createSqlWorkshopStore(db);
  srv = await startTestServer(store);
});
afterEach(() => {
  for (const client of open.splice(0)) client.close();
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

interface Person {
  client: WorkshopClient;
  memberId: string;
  /** Every Yjs update and Socket.io event the client received, as raw text. */
  frames: string[];
}

async function connect(workshopId: string, token: string): Promise<Person> {
  const res = await fetch(`${srv.url}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } });
  const { memberId } = (await res.json()) as { memberId: string };
  const client = new WorkshopClient(srv.url, workshopId, memberId, token, { presence: false });
  open.push(client);
  const frames: string[] = [];
  client.doc.on('update', (update: Uint8Array) => frames.push(Buffer.from(update).toString('utf8')));
  client.socket.onAny((event: string, ...args: unknown[]) => frames.push(`${event} ${JSON.stringify(args)}`));
  await client.whenSynced();
  await client.whenConnected();
  return { client, memberId, frames };
}

/** A session-five workshop: both facilitators and a participant from the council, the third sector and health. */
async function sessionFive() {
  const w = await createTestWorkshop(srv.url);
  const lead = await connect(w.workshopId, w.leadToken);
  const co = await connect(w.workshopId, w.coToken);
  const people: [string, Sector][] = [
    ['Cara', 'local_authority'],
    ['Tess', 'third_sector'],
    ['Hana', 'other_public'],
  ];
  const [cara, tess, hana] = await Promise.all(people.map(async ([name, sector]) => connect(w.workshopId, (await joinTestWorkshop(srv.url, w.joinCode, name, sector)).token)));
  const participants = [cara!, tess!, hana!];
  return { w, lead, co, cara: cara!, tess: tess!, hana: hana!, participants, everyone: [lead, co, ...participants] };
}

const ok = { ok: true, data: null };
const refused = (code: string) => ({ ok: false, error: { code } });
type Answer = Omit<CommandInput<'survey:answer'>, 'commandId'>;
const answer = (trust: SurveyAnswer | null, done?: string): Answer => ({ answers: { 'pip-trust': trust, 'pip-barriers': null }, texts: done ? { 'pip-done-otherwise': done } : {} });

const storedRows = (workshopId: string) => db.query<Record<string, unknown>>('SELECT * FROM survey_responses WHERE workshop_id = $1 ORDER BY response_id', [workshopId]);
const surveyOf = (p: Person) => p.client.state().survey;
const allSee = (people: Person[], check: (s: WorkshopState) => boolean) => Promise.all(people.map((p) => p.client.waitFor(check)));
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe('the feedback survey, with a real server', () => {
  it('[SURV3] answering twice gets a clear refusal and changes nothing; a resent command id is applied once', async () => {
    const { w, lead, cara } = await sessionFive();
    expect(await lead.client.send('survey:open', {})).toEqual(ok);
    const payload = { commandId: 'survey-answer-0001', ...answer('helpful', 'Joint training') };
    const raw = cara.client.socket.timeout(5_000) as unknown as { emitWithAck(event: string, payload: unknown): Promise<Ack<unknown>> };
    const emit = () => raw.emitWithAck('survey:answer', payload);
    expect(await emit()).toEqual(ok);
    expect(await emit()).toEqual(ok);
    await lead.client.waitFor((s) => s.survey.responseCount === 1);
    const second = await cara.client.send('survey:answer', answer('not_helpful', 'Changed my mind'));
    expect(second).toMatchObject(refused('conflict'));
    expect(!second.ok && second.error.message).toMatch(/already answered/);
    await lead.client.send('session:update', { sessionId: Object.keys(lead.client.state().sessions)[0]!, title: 'Sync point' });
    await lead.client.waitFor((s) => Object.values(s.sessions).some((x) => x.title === 'Sync point'));
    expect(surveyOf(lead).responseCount).toBe(1);
    expect(await storedRows(w.workshopId)).toHaveLength(1);
    expect((await store.listSurveyResponses(w.workshopId as WorkshopId))[0]!.texts).toEqual({ 'pip-done-otherwise': 'Joint training' });
  });

  it('[SURV3] [DUR1] who has answered survives a reload of the workshop from the store: a second answer is still refused', async () => {
    const { w, lead, cara } = await sessionFive();
    await lead.client.send('survey:open', {});
    expect(await cara.client.send('survey:answer', answer('helpful'))).toEqual(ok);
    const reloaded = await WorkshopRoom.load(w.workshopId as WorkshopId, testRoomDeps(store));
    try {
      await reloaded!.compactNow();
      expect((await reloaded!.personalView(cara.memberId as MemberId))!.surveyAnswered).toBe(true);
      const again = await reloaded!.execute('survey:answer', { commandId: 'after-reload-01' as CommandId, answers: { 'pip-trust': 'not_helpful' }, texts: {} }, { memberId: cara.memberId as MemberId, role: 'participant' });
      expect(again).toMatchObject(refused('conflict'));
      expect(reloaded!.current.survey.responseCount).toBe(1);
    } finally {
      reloaded!.destroy();
    }
    expect(await storedRows(w.workshopId)).toHaveLength(1);
  });

  it('[SURV3] an answer off the scale, an oversized text or an unknown question is refused, and nothing is stored', async () => {
    const { w, lead, cara } = await sessionFive();
    await lead.client.send('survey:open', {});
    expect(await cara.client.send('survey:answer', { answers: { 'pip-trust': 'brilliant' as SurveyAnswer }, texts: {} })).toMatchObject(refused('invalid_payload'));
    expect(await cara.client.send('survey:answer', { answers: {}, texts: { 'pip-done-otherwise': 'x'.repeat(SURVEY_TEXT_ANSWER_MAX_CHARS + 1) } })).toMatchObject(
      refused('invalid_payload'),
    );
    const unknown = await cara.client.send('survey:answer', { answers: { 'pip-trust': 'helpful', 'pip-not-a-question': 'helpful' }, texts: {} });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_payload', fields: { 'answers.pip-not-a-question': expect.any(String) } } });
    expect(await storedRows(w.workshopId)).toEqual([]);
    expect(surveyOf(lead).responseCount).toBe(0);
    // Refused, not spent: the participant can still answer.
    expect(await cara.client.send('survey:answer', answer('helpful'))).toEqual(ok);
  });

  it('[SURV3] answering before the survey is opened or after it is closed is refused, and nothing is stored', async () => {
    const { w, lead, cara, tess } = await sessionFive();
    expect(await cara.client.send('survey:answer', answer('helpful'))).toMatchObject(refused('wrong_phase'));
    await lead.client.send('survey:open', {});
    expect(await cara.client.send('survey:answer', answer('helpful'))).toEqual(ok);
    expect(await lead.client.send('survey:close', {})).toEqual(ok);
    expect(await tess.client.send('survey:answer', answer('very_helpful'))).toMatchObject(refused('wrong_phase'));
    expect(await storedRows(w.workshopId)).toHaveLength(1);
    await tess.client.waitFor((s) => s.survey.status === 'closed');
    expect(surveyOf(tess).results!.responseCount).toBe(1);
  });

  it("[SURV1] [SURV2] a participant cannot configure, open or close the survey, and a facilitator cannot answer it", async () => {
    const { w, lead, cara } = await sessionFive();
    const items = surveyOf(lead).items.map(({ id, kind, text }) => ({ id, kind, text }));
    expect(await cara.client.send('survey:configure', { items: items.slice(1) })).toMatchObject(refused('forbidden'));
    expect(await cara.client.send('survey:open', {})).toMatchObject(refused('forbidden'));
    expect(surveyOf(lead).status).toBe('not_started');
    expect(surveyOf(lead).items).toHaveLength(items.length);
    await lead.client.send('survey:open', {});
    expect(await cara.client.send('survey:close', {})).toMatchObject(refused('forbidden'));
    expect(await lead.client.send('survey:answer', answer('helpful'))).toMatchObject(refused('forbidden'));
    await cara.client.waitFor((s) => s.survey.status === 'open');
    expect(surveyOf(cara)).toMatchObject({ status: 'open', responseCount: 0, results: null });
    expect(await storedRows(w.workshopId)).toEqual([]);
  });

  it('[SURV4] [SURV5] while open no client receives anyone\'s answers, only the count; the close publishes results that match; the store keeps no one\'s id with an answer', async () => {
    const { w, lead, cara, tess, hana, everyone } = await sessionFive();
    // The facilitators' own question, as a second written one.
    const items = surveyOf(lead).items.map(({ id, kind, text }) => ({ id, kind, text }));
    expect(await lead.client.send('survey:configure', { items: [...items, { kind: 'text', text: 'What should the next programme do differently?' }] })).toEqual(ok);
    const own = (await lead.client.waitFor((s) => s.survey.items.length === items.length + 1)).survey.items.at(-1)!.id;
    await lead.client.send('survey:open', {});
    await allSee(everyone, (s) => s.survey.status === 'open');

    const given: [Person, Answer][] = [
      [cara, { answers: { 'pip-trust': 'very_helpful', 'pip-barriers': 'partially_helpful' }, texts: { 'pip-done-otherwise': 'Cara-secret: joint commissioning panel' } }],
      [tess, { answers: { 'pip-trust': 'helpful', 'pip-barriers': null }, texts: { [own]: 'Tess-secret: shorter sessions' } }],
      [hana, { answers: { 'pip-trust': 'not_helpful' }, texts: { 'pip-done-otherwise': '=HYPERLINK("http://evil.example","Hana-secret")' } }],
    ];
    for (const [person, input] of given) expect(await person.client.send('survey:answer', input)).toEqual(ok);
    await allSee(everyone, (s) => s.survey.responseCount === 3);
    for (const [person] of given) await person.client.waitForPersonal((v) => v.surveyAnswered);
    expect(lead.client.personal.surveyAnswered).toBe(false);

    // Nothing anyone received while the survey was open carries an answer: no written text, no rating given (the
    // ratings' words that appear nowhere else in a workshop; "helpful" itself is in a board's prompt).
    const secrets = ['Cara-secret', 'Tess-secret', 'Hana-secret', 'very_helpful', 'partially_helpful', 'not_helpful'];
    for (const p of everyone) {
      expect(p.frames.length).toBeGreaterThan(0);
      for (const secret of secrets) expect(p.frames.filter((f) => f.includes(secret)), `${p.memberId} received "${secret}"`).toEqual([]);
    }
    // Nor does anything stored with a member: the docs' update logs and the commands' results.
    const logs = await db.query<{ update: Uint8Array }>('SELECT update FROM doc_updates WHERE workshop_id = $1', [w.workshopId]);
    for (const { update } of logs) for (const secret of ['Cara-secret', 'Tess-secret', 'Hana-secret']) expect(Buffer.from(update).toString('utf8')).not.toContain(secret);
    const commands = await db.query<{ member_id: string; result: unknown }>("SELECT member_id, result FROM commands WHERE workshop_id = $1 AND name = 'survey:answer'", [w.workshopId]);
    expect(commands.map((c) => c.result)).toEqual([ok, ok, ok]);

    // The answers' own table: no member id, no time, a random key.
    const before = await storedRows(w.workshopId);
    expect(before).toHaveLength(3);
    expect(Object.keys(before[0]!).sort()).toEqual(['answers', 'response_id', 'sector', 'texts', 'workshop_id']);
    const ids = [lead, ...given.map(([p]) => p)].map((p) => p.memberId);
    for (const row of before) for (const id of ids) expect(JSON.stringify(row)).not.toContain(id);
    expect(before.map((r) => r.sector).sort()).toEqual(['local_authority', 'third_sector', null].sort());

    expect(await lead.client.send('survey:close', {})).toEqual(ok);
    const closed = (await cara.client.waitFor((s) => s.survey.status === 'closed')).survey;
    const results = closed.results!;
    expect(results).toMatchObject({ responseCount: 3, eligibleCount: 3 });
    const trust = results.scale.find((s) => s.itemId === 'pip-trust')!;
    expect(trust).toMatchObject({ counts: { not_helpful: 1, partially_helpful: 0, neither: 0, helpful: 1, very_helpful: 1 }, skipped: 0, bySector: null });
    expect(trust.helpfulShare).toBeCloseTo(2 / 3);
    expect(results.scale.find((s) => s.itemId === 'pip-barriers')).toMatchObject({ counts: { partially_helpful: 1 }, skipped: 2, helpfulShare: 0 });
    expect(results.scale.find((s) => s.itemId === 'pip-respect')).toMatchObject({ skipped: 3, helpfulShare: null });
    expect(results.text).toEqual([
      { itemId: 'pip-done-otherwise', answers: expect.arrayContaining(['Cara-secret: joint commissioning panel', '=HYPERLINK("http://evil.example","Hana-secret")']) },
      { itemId: own, answers: ['Tess-secret: shorter sessions'] },
    ]);
    // At close the rows were rewritten under fresh keys, the same answers.
    const after = await storedRows(w.workshopId);
    expect(after).toHaveLength(3);
    expect(after.map((r) => r.response_id).filter((id) => before.some((b) => b.response_id === id))).toEqual([]);
    const content = (rows: Record<string, unknown>[]) => rows.map(({ sector, answers, texts }) => JSON.stringify({ sector, answers, texts })).sort();
    expect(content(after)).toEqual(content(before));

    // [SURV9] The CSV: one row per rated question, then the written answers, a formula made harmless.
    const res = await fetch(`${srv.url}/api/workshops/${w.workshopId}/survey.csv`, bearer(w.coToken));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="darlington-pip-2026-feedback-survey.csv"');
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = csvRecords(text.slice(1));
    expect(header).toEqual([...SURVEY_CSV_COLUMNS]);
    expect(header!.slice(1, 6)).toEqual(SURVEY_SCALE.map((a) => SURVEY_SCALE_LABELS[a]));
    const scaleItems = closed.items.filter((i) => i.kind === 'scale');
    expect(rows.slice(0, scaleItems.length).map((r) => r[0])).toEqual(scaleItems.map((i) => i.text));
    expect(rows.find((r) => r[0] === 'Trust colleagues from other sectors more')).toEqual(['Trust colleagues from other sectors more', '1', '0', '0', '1', '1', '0', '67', '']);
    expect(rows.find((r) => r[0] === 'Gain more respect for colleagues from other sectors')!.slice(6, 8)).toEqual(['3', '']);
    const written = rows.slice(scaleItems.length);
    expect(written).toHaveLength(3);
    expect(written.map((r) => r[8]).sort()).toEqual(["'=HYPERLINK(\"http://evil.example\",\"Hana-secret\")", 'Cara-secret: joint commissioning panel', 'Tess-secret: shorter sessions']);
    expect(written.find((r) => r[8]!.startsWith('Tess'))![0]).toBe('What should the next programme do differently?');
  });

  it('[SURV9] the CSV is for members only, and only once the survey has closed', async () => {
    const { w, lead, cara } = await sessionFive();
    const other = await createTestWorkshop(srv.url, 'Somewhere else');
    const csv = (init?: RequestInit) => fetch(`${srv.url}/api/workshops/${w.workshopId}/survey.csv`, init);
    const early = await csv(bearer(w.leadToken));
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: { code: 'wrong_phase' } });
    await lead.client.send('survey:open', {});
    expect((await csv(bearer(w.leadToken))).status).toBe(409);
    await cara.client.send('survey:answer', answer('helpful'));
    await lead.client.send('survey:close', {});
    expect((await csv()).status).toBe(401);
    expect((await csv(bearer(other.leadToken))).status).toBe(401);
    expect((await fetch(`${srv.url}/api/workshops/no-such-workshop-00/survey.csv`, bearer(w.leadToken))).status).toBe(404);
    const participant = await csv(bearer((await joinTestWorkshop(srv.url, w.joinCode, 'Late Lou')).token));
    expect(participant.status).toBe(200);
    const [header, ...rows] = csvRecords(Buffer.from(await participant.arrayBuffer()).toString('utf8').slice(1));
    expect(header).toEqual([...SURVEY_CSV_COLUMNS]);
    expect(rows).toHaveLength(11);
  });
});

describe('text the store could not keep', () => {
  it('[TEXT1] [SURV3] an answer with a NUL is refused at once as invalid_payload (not retried for ever), and the same person can then answer', async () => {
    const { w, lead, cara } = await sessionFive();
    expect(await lead.client.send('survey:open', {})).toEqual(ok);
    const withNul = await cara.client.send('survey:answer', answer('helpful', 'Joint\u0000training'));
    expect(withNul).toMatchObject({ ok: false, error: { code: 'invalid_payload', fields: { 'texts.pip-done-otherwise': expect.stringMatching(/control characters/) } } });
    const withHalfPair = await cara.client.send('survey:answer', answer('helpful', 'Joint \ud800training'));
    expect(withHalfPair).toMatchObject(refused('invalid_payload'));
    expect(await storedRows(w.workshopId)).toHaveLength(0);
    expect(await cara.client.send('survey:answer', answer('helpful', 'Joint training'))).toEqual(ok);
    await lead.client.waitFor((s) => s.survey.responseCount === 1);
  });
});
