import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMME_TITLE_MAX_CHARS } from '@roundtable/shared/programme/programmeRest';
import { AccountBrowser } from '../testing/accountClient';
import { programmeWorld, type ProgrammeWorld } from './programmeWorld';

let w: ProgrammeWorld;
beforeAll(async () => {
  w = await programmeWorld();
});
afterAll(async () => {
  await w?.close();
});

const path = (rest = '') => `/api/programmes/${w.programme.programmeId}${rest}`;

/** Everything a route could change, as the store holds it. */
async function everything(): Promise<string> {
  const store = w.srv.server.programmes;
  const p = w.programme.programmeId;
  return JSON.stringify([await store.findProgramme(p), await store.listStaff(p), await store.listAreaWorkshops(p), await store.listInvitations(p), await store.listProgrammesOfAccount(w.lead.accountId)]);
}

/** Refused with `status` and a sentence, and nothing changed. */
async function refused(send: () => Promise<{ status: number; body: { error?: { message?: string } } }>, status: number): Promise<string> {
  const before = await everything();
  const answer = await send();
  expect(answer.status).toBe(status);
  expect(answer.body.error?.message).toMatch(/\w{3}/);
  expect(await everything()).toBe(before);
  return answer.body.error!.message!;
}

describe('a programme and its places', () => {
  it('[PROG1] its lead changes it, keeping areas by id; an area that has a workshop cannot be taken out', async () => {
    const before = (await w.lead.browser.get(path())).body;
    const [ne, nw] = before.regions;
    const changed = await w.lead.browser.put(path(), {
      title: 'PIP 2027',
      objectives: ['One', 'Two'],
      regions: [
        { regionId: ne.regionId, name: 'North East', areas: [{ areaId: ne.areas[0].areaId, name: 'Darlington' }, { name: 'Gateshead' }] },
        { regionId: nw.regionId, name: 'North West', areas: nw.areas.map((a: { areaId: string; name: string }) => ({ areaId: a.areaId, name: a.name })) },
        { name: 'London', areas: [{ name: 'Sutton' }] },
      ],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.regions.map((r: { name: string; areas: { name: string; workshopId: string | null }[] }) => [r.name, r.areas.map((a) => [a.name, a.workshopId !== null])])).toEqual([
      ['North East', [['Darlington', true], ['Gateshead', false]]],
      ['North West', [['St Helens', true], ['Wigan', false]]],
      ['London', [['Sutton', false]]],
    ]);
    expect(await refused(() => w.lead.browser.put(path(), { title: 'PIP 2027', objectives: [], regions: [] }), 409)).toMatch(/has a workshop/);
  });

  it('[PROG10] bad programmes are refused with a sentence, and nothing is made or changed', async () => {
    const region = { name: 'North East', areas: [{ name: 'Darlington' }] };
    for (const body of [
      { title: '', regions: [region] },
      { title: 'x'.repeat(PROGRAMME_TITLE_MAX_CHARS + 1) },
      { title: 'A\u0000B' },
      { title: 'PIP', regions: [region, { ...region }] },
      { title: 'PIP', regions: [{ regionId: '__proto__', name: 'North East', areas: [] }] },
      { title: 'PIP', regions: [{ name: 'North East', areas: [{ areaId: 'made-up-area-id', name: 'Darlington' }] }] },
      { title: 'PIP', objectives: Array.from({ length: 11 }, (_, i) => `Objective ${i}`) },
      { title: 'PIP', owner: 'someone else' },
      '__proto__',
    ]) {
      await refused(() => w.lead.browser.post('/api/programmes', body), 400);
      await refused(() => w.lead.browser.put(path(), body), 400);
    }
    const current = (await w.lead.browser.get(path())).body;
    await refused(() => w.lead.browser.put(path(), { title: 'PIP', regions: [{ regionId: 'made-up-region', name: 'North East', areas: [] }] }), 400);
    await refused(() => w.lead.browser.put(path(), { title: 'PIP', regions: current.regions.map((r: { regionId: string; name: string }) => ({ regionId: current.regions[0].regionId, name: r.name, areas: [] })) }), 400);
  });

  it('[PROG10] unknown programmes, areas and invitations, and ids that are built-in names, are not found', async () => {
    for (const id of ['no-such-programme', '__proto__', 'constructor', '..%2F..']) await refused(() => w.lead.browser.get(`/api/programmes/${id}`), 404);
    for (const area of ['no-such-area', '__proto__']) {
      await refused(() => w.lead.browser.get(path(`/areas/${area}/outputs`)), 404);
      await refused(() => w.facA.browser.post(path(`/areas/${area}/workshop`), { facilitatorName: 'Fran' }), 404);
      await refused(() => w.facA.browser.put(path(`/areas/${area}/workshop`), { workshopId: w.workshops.a.workshopId }), 404);
    }
    await refused(() => w.lead.browser.delete(path('/invitations/__proto__')), 404);
    await refused(() => w.facA.browser.put(path(`/areas/${w.areas.c}/workshop`), { workshopId: '__proto__' }), 400);
    await refused(() => w.facA.browser.post(path(`/areas/${w.areas.c}/workshop`), { facilitatorName: '\u0000' }), 400);
  });
});

describe('requests from another site', () => {
  it('[PROG8] [ACC9] a programme change carrying the lead\'s cookie from another site\'s page is refused, and nothing changes', async () => {
    const elsewhere = { origin: 'https://evil.example' };
    await refused(() => w.lead.browser.request('POST', '/api/programmes', { title: 'Made from elsewhere' }, elsewhere), 403);
    await refused(() => w.lead.browser.request('PUT', path(), { title: 'Renamed from elsewhere' }, elsewhere), 403);
    await refused(() => w.lead.browser.request('POST', path('/invitations'), { role: 'lead' }, elsewhere), 403);
    await refused(() => w.facA.browser.request('POST', path(`/areas/${w.areas.c}/workshop`), { facilitatorName: 'Fran' }, elsewhere), 403);
  });
});

describe('invitations into a programme', () => {
  it('[PROG2] a lead invites by link; the link works once, for a signed-in account, and can be withdrawn first', async () => {
    const made = await w.lead.browser.post(path('/invitations'), { role: 'lead' });
    expect(made.status).toBe(201);
    expect(made.body.url).toMatch(/\/programmes\/join#invitation=[A-Za-z0-9_-]{40,}$/);
    const token = new URL(made.body.url).hash.replace('#invitation=', '');
    await refused(() => new AccountBrowser(w.srv.url).post('/api/programme-invitations/accept', { token }), 401);
    expect((await w.stranger.browser.post('/api/programme-invitations/accept', { token })).body).toEqual({ programmeId: w.programme.programmeId, title: expect.any(String), role: 'lead' });
    await refused(() => w.facB.browser.post('/api/programme-invitations/accept', { token }), 403);
    const withdrawn = await w.lead.browser.post(path('/invitations'), { role: 'facilitator' });
    expect((await w.lead.browser.delete(path(`/invitations/${withdrawn.body.invitation.invitationId}`))).status).toBe(204);
    await refused(() => w.facB.browser.post('/api/programme-invitations/accept', { token: new URL(withdrawn.body.url).hash.replace('#invitation=', '') }), 403);
    const listed = (await w.lead.browser.get(path('/invitations'))).body.invitations.slice(-2);
    expect(listed.map((i: { role: string; usedAt: string | null; revokedAt: string | null }) => [i.role, i.usedAt !== null, i.revokedAt !== null])).toEqual([
      ['lead', true, false],
      ['facilitator', false, true],
    ]);
    for (const bad of [{}, { token: 'short' }, { token: 'x'.repeat(201) }, { token: 'a\u0000'.repeat(20) }, { token: 'valid-looking-but-unknown-token-0000' }]) {
      await refused(() => w.facB.browser.post('/api/programme-invitations/accept', bad), 'token' in bad && bad.token === 'valid-looking-but-unknown-token-0000' ? 403 : 400);
    }
    await refused(() => w.lead.browser.post(path('/invitations'), { role: 'admin' }), 400);
  });
});

describe("areas' workshops", () => {
  it('[PROG3] a facilitator brings in a workshop their account facilitates, and no other; an area has one workshop', async () => {
    const own = await w.facB.browser.post('/api/workshops', { title: 'Wigan PIP', area: 'Wigan', facilitatorName: 'Fred' });
    expect(own.status).toBe(201);
    await refused(() => w.facA.browser.put(path(`/areas/${w.areas.c}/workshop`), { workshopId: own.body.workshopId }), 404);
    await refused(() => w.facB.browser.put(path(`/areas/${w.areas.a}/workshop`), { workshopId: own.body.workshopId }), 409);
    expect((await w.facB.browser.put(path(`/areas/${w.areas.c}/workshop`), { workshopId: own.body.workshopId })).status).toBe(204);
    await refused(() => w.facA.browser.post(path(`/areas/${w.areas.c}/workshop`), { facilitatorName: 'Fran' }), 409);
    const view = (await w.lead.browser.get(path('/areas'))).body;
    expect(view.areas.find((a: { areaId: string }) => a.areaId === w.areas.c).summary.workshopId).toBe(own.body.workshopId);
  });

  it('[PROG3] a workshop made from the programme has the five sessions, the area\'s name, and its lead seat in the maker\'s account', async () => {
    const mine = await w.facA.browser.get('/api/account/workshops');
    const line = mine.body.workshops.find((x: { workshopId: string }) => x.workshopId === w.workshops.a.workshopId);
    expect(line).toMatchObject({ area: 'Darlington', currentSession: { number: 1 } });
    const outputs = (await w.lead.browser.get(path(`/areas/${w.areas.a}/outputs`))).body;
    expect(outputs.sessions.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4, 5]);
    expect(outputs.title).toBe('Partnership Improvement Programme: Darlington');
  });
});
