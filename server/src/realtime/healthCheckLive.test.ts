import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { healthChecksInOrder } from '@roundtable/shared/healthCheck/healthCheckRounds';
import type { HealthCheckId } from '@roundtable/shared/healthCheck/healthCheck';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import type { Sector } from '@roundtable/shared/members/sector';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { SqlDatabase } from '../store/sqlDatabase';
import { createSqlWorkshopStore } from '../store/sqlWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import { openPgliteTestDatabase } from '../testing/pgliteTestStore';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';

/*
 * The health check end to end: a real server on port 0, real Socket.io and y-websocket clients, and PGlite, whose
 * table is read directly to show what the server keeps (HEALTH4).
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

async function workshop() {
  const w = await createTestWorkshop(srv.url);
  const lead = await connect(w.workshopId, w.leadToken);
  const people: [string, Sector][] = [
    ['Cara', 'local_authority'],
    ['Tess', 'third_sector'],
  ];
  const [cara, tess] = await Promise.all(people.map(async ([name, sector]) => connect(w.workshopId, (await joinTestWorkshop(srv.url, w.joinCode, name, sector)).token)));
  const roundOne = healthChecksInOrder(lead.client.state()).find((c) => c.round === 1)!.id;
  return { w, lead, cara: cara!, tess: tess!, roundOne };
}

const ok = { ok: true, data: null };
const refused = (code: string) => ({ ok: false, error: { code } });
const rows = (workshopId: string) => db.query<Record<string, unknown>>('SELECT * FROM health_check_responses WHERE workshop_id = $1', [workshopId]);
const check = (s: WorkshopState, id: HealthCheckId) => s.healthChecks[id]!;

describe('the health check, with a real server', () => {
  it('[HEALTH2] [HEALTH3] every refusal has a clear error and changes nothing: a participant opening, unknown ids, __proto__, ratings off the scale, before opening, twice, after closing', async () => {
    const { w, lead, cara, roundOne } = await workshop();
    const rate = { healthCheckId: roundOne, answers: { governance: 'mostly' as const }, comment: '' };
    const participantOpens = await cara.client.send('healthCheck:open', { healthCheckId: roundOne });
    expect(participantOpens).toMatchObject(refused('forbidden'));
    expect(!participantOpens.ok && participantOpens.error.message).toMatch(/Only a facilitator/);
    expect(await cara.client.send('healthCheck:rate', rate)).toMatchObject(refused('wrong_phase'));
    expect(await lead.client.send('healthCheck:open', { healthCheckId: 'no-such-round-id' as HealthCheckId })).toMatchObject(refused('not_found'));
    expect(await lead.client.send('healthCheck:open', { healthCheckId: '__proto__' as HealthCheckId })).toMatchObject(refused('invalid_payload'));
    expect(await lead.client.send('healthCheck:open', { healthCheckId: roundOne })).toEqual(ok);
    await cara.client.waitFor((s) => check(s, roundOne).status === 'open');
    const offScale = await cara.client.send('healthCheck:rate', { ...rate, answers: { governance: 'excellent' as never } });
    expect(offScale).toMatchObject(refused('invalid_payload'));
    expect(!offScale.ok && offScale.error.message).toMatch(/one of the five on the scale/);
    expect(await cara.client.send('healthCheck:rate', { ...rate, answers: { governance: 7 as never } })).toMatchObject(refused('invalid_payload'));
    expect(await cara.client.send('healthCheck:rate', { ...rate, answers: { 'no-such-factor': 'mostly' } })).toMatchObject(refused('invalid_payload'));
    expect(await cara.client.send('healthCheck:rate', { ...rate, healthCheckId: 'no-such-round-id' as HealthCheckId })).toMatchObject(refused('not_found'));
    expect(await lead.client.send('healthCheck:rate', rate)).toMatchObject(refused('forbidden'));
    expect(await rows(w.workshopId)).toHaveLength(0);
    expect(await cara.client.send('healthCheck:rate', rate)).toEqual(ok);
    const twice = await cara.client.send('healthCheck:rate', { ...rate, answers: { governance: 'fully' } });
    expect(twice).toMatchObject(refused('conflict'));
    expect(!twice.ok && twice.error.message).toMatch(/already answered/);
    expect(await rows(w.workshopId)).toHaveLength(1);
    expect(await lead.client.send('healthCheck:close', { healthCheckId: roundOne })).toEqual(ok);
    await cara.client.waitFor((s) => check(s, roundOne).status === 'closed');
    expect(await lead.client.send('healthCheck:open', { healthCheckId: roundOne })).toMatchObject(refused('wrong_phase'));
    const afterClose = lead.client.state();
    expect(check(afterClose, roundOne).responseCount).toBe(1);
  });

  it('[HEALTH4] [HEALTH5] an answer is stored without a member id or time, reaches nobody before the close, and the results reach everyone after it', async () => {
    const { w, lead, cara, tess, roundOne } = await workshop();
    expect(await lead.client.send('healthCheck:open', { healthCheckId: roundOne })).toEqual(ok);
    await Promise.all([cara, tess].map((p) => p.client.waitFor((s) => check(s, roundOne).status === 'open')));
    expect(await cara.client.send('healthCheck:rate', { healthCheckId: roundOne, answers: { governance: 'a_little', 'takes-time': 'dont_know' }, comment: 'Cara-only-comment-text' })).toEqual(ok);
    await Promise.all([lead, tess].map((p) => p.client.waitFor((s) => check(s, roundOne).responseCount === 1)));
    const view = await cara.client.waitForPersonal((v) => v.healthChecksAnswered.includes(roundOne));
    expect(view.healthChecksAnswered).toEqual([roundOne]);
    // While open, nobody has received anything of what was answered.
    for (const p of [lead, tess]) expect(p.frames.join('\n')).not.toContain('Cara-only-comment-text');
    for (const p of [lead, tess]) expect(p.frames.join('\n')).not.toContain('a_little');
    const stored = await rows(w.workshopId);
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]!).sort()).toEqual(['answers', 'comment', 'health_check_id', 'response_id', 'sector', 'workshop_id']);
    expect(JSON.stringify(stored)).not.toContain(cara.memberId);
    expect(stored[0]).toMatchObject({ health_check_id: roundOne, sector: 'local_authority', comment: 'Cara-only-comment-text' });
    expect(await lead.client.send('healthCheck:close', { healthCheckId: roundOne })).toEqual(ok);
    const closed = await tess.client.waitFor((s) => check(s, roundOne).status === 'closed');
    const results = check(closed, roundOne).results!;
    expect(results).toMatchObject({ responseCount: 1, eligibleCount: 2, comments: ['Cara-only-comment-text'] });
    expect(results.factors.find((f) => f.factorId === 'governance')).toMatchObject({ median: 2, bySector: null, counts: { a_little: 1 } });
    expect(results.factors.find((f) => f.factorId === 'takes-time')).toMatchObject({ median: null, dontKnow: 1 });
    // Rewritten under a fresh key at the close.
    const after = await rows(w.workshopId);
    expect(after).toHaveLength(1);
    expect(after[0]!.response_id).not.toBe(stored[0]!.response_id);
    expect(await store.listHealthCheckResponses(w.workshopId as WorkshopId)).toHaveLength(1);
  });

  it('[HEALTH3] a resent command id is applied once', async () => {
    const { w, lead, cara, roundOne } = await workshop();
    expect(await lead.client.send('healthCheck:open', { healthCheckId: roundOne })).toEqual(ok);
    await cara.client.waitFor((s) => check(s, roundOne).status === 'open');
    const raw = cara.client.socket.timeout(5_000) as unknown as { emitWithAck(event: string, payload: unknown): Promise<Ack<unknown>> };
    const payload = { commandId: 'health-rate-0001', healthCheckId: roundOne, answers: { governance: 'partly' }, comment: '' };
    expect(await raw.emitWithAck('healthCheck:rate', payload)).toEqual(ok);
    expect(await raw.emitWithAck('healthCheck:rate', payload)).toEqual(ok);
    expect(await rows(w.workshopId)).toHaveLength(1);
  });
});
