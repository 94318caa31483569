import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { createTestWorkshop, joinTestWorkshop, postJson } from '../testing/restClient';
import type { WorkshopStore } from '../store/workshopStore';
import { hashToken } from './secrets';
import { REST_BODY_MAX_BYTES } from '../app/createServer';
import { readCommitted } from '../testing/workshopClient';

let store: WorkshopStore;
let srv: TestServer;

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { joinFailuresPer15Min: 3 });
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${srv.url}${path}`, { headers });

describe('GET /api/health', () => {
  it('answers ok', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('POST /api/workshops', () => {
  it('[WS1] creates a workshop with a join code and two facilitator links, and signs the creator in by cookie', async () => {
    const res = await postJson(srv.url, '/api/workshops', { title: 'St Helens PIP', area: 'St Helens', facilitatorName: 'Sam' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      workshopId: expect.stringMatching(/^[\w-]{22}$/),
      joinCode: expect.stringMatching(/^[A-HJ-NP-Z2-9]{6}$/),
      facilitatorUrl: expect.stringContaining(`/w/${res.body.workshopId}#token=`),
      coFacilitatorUrl: expect.stringContaining(`/w/${res.body.workshopId}#token=`),
    });
    expect(res.body.facilitatorUrl).not.toBe(res.body.coFacilitatorUrl);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^rt_${res.body.workshopId}=`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('[LIVE5] the creator may give their organisation and sector, and the room sees them on the lead facilitator', async () => {
    const res = await postJson(srv.url, '/api/workshops', { title: 'Sutton PIP', area: 'Sutton', facilitatorName: 'Priya', facilitatorOrganisation: ' Sutton CVS ', facilitatorSector: 'third_sector' });
    expect(res.status).toBe(201);
    const token = new URL(res.body.facilitatorUrl).hash.replace('#token=', '');
    const state = await readCommitted(srv.url, res.body.workshopId, token);
    const facilitators = Object.values(state.members).filter((m) => m.role === 'facilitator');
    expect(facilitators.map((m) => [m.name, m.organisation, m.sector])).toEqual(
      expect.arrayContaining([
        ['Priya', 'Sutton CVS', 'third_sector'],
        ['Co-facilitator', '', null],
      ]),
    );
  });

  it('[AUTH1] hands out tokens of at least 128 bits and stores only their hashes', async () => {
    const w = await createTestWorkshop(srv.url);
    expect(Buffer.from(w.leadToken, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(await store.findMemberByTokenHash(w.leadToken)).toBeNull();
    expect(await store.findMemberByTokenHash(hashToken(w.leadToken))).toMatchObject({ workshopId: w.workshopId, role: 'facilitator' });
  });

  it.each([
    ['a missing field', { title: 'T', area: 'A' }, 'facilitatorName'],
    ['an empty title', { title: '   ', area: 'A', facilitatorName: 'F' }, 'title'],
    ['a title over the limit', { title: 'x'.repeat(121), area: 'A', facilitatorName: 'F' }, 'title'],
    ['an unknown field', { title: 'T', area: 'A', facilitatorName: 'F', admin: true }, ''],
    ['a wrong type', { title: 7, area: 'A', facilitatorName: 'F' }, 'title'],
    ['an unknown sector', { title: 'T', area: 'A', facilitatorName: 'F', facilitatorSector: 'council' }, 'facilitatorSector'],
    ['an organisation over the limit', { title: 'T', area: 'A', facilitatorName: 'F', facilitatorOrganisation: 'x'.repeat(121) }, 'facilitatorOrganisation'],
  ])('[CMD3] refuses %s with a field-level 400', async (_label, body, field) => {
    const res = await postJson(srv.url, '/api/workshops', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_payload');
    expect(Object.keys(res.body.error.fields)).toContain(field);
    expect(res.body.error.message).toMatch(/\w/);
  });

  it('[CMD3] refuses malformed JSON and an oversized body', async () => {
    const malformed = await postJson(srv.url, '/api/workshops', '{"title": "T",');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 'invalid_payload', message: 'The request body is not valid JSON.' });
    const huge = await postJson(srv.url, '/api/workshops', { title: 'x'.repeat(REST_BODY_MAX_BYTES + 1), area: 'A', facilitatorName: 'F' });
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toMatch(/too large/);
  });
});

describe('POST /api/join', () => {
  it('[JOIN1] joins with the code as typed on a phone (lower case, dash, spaces) and sets a cookie', async () => {
    const w = await createTestWorkshop(srv.url);
    const typed = ` ${w.joinCode.slice(0, 3).toLowerCase()}-${w.joinCode.slice(3)} `;
    const res = await postJson(srv.url, '/api/join', { joinCode: typed, name: 'Bea', organisation: 'Darlington CVS', sector: 'third_sector' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      workshopId: w.workshopId,
      participantId: expect.any(String),
      participantUrl: expect.stringContaining(`/w/${w.workshopId}#token=`),
    });
    expect(res.headers.get('set-cookie')).toMatch(new RegExp(`^rt_${w.workshopId}=.+HttpOnly`));
  });

  it.each([
    ['an unknown sector', { sector: 'private' }, 'sector'],
    ['a name over the limit', { name: 'n'.repeat(81) }, 'name'],
    ['a code of the wrong shape', { joinCode: 'ABC' }, 'joinCode'],
    ['an unknown field', { role: 'facilitator' }, ''],
  ])('[CMD3] refuses %s with a field-level 400', async (_label, override, field) => {
    const w = await createTestWorkshop(srv.url);
    const res = await postJson(srv.url, '/api/join', { joinCode: w.joinCode, name: 'Bea', organisation: '', sector: 'other', ...override });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain(field);
  });

  it('[JOIN2] answers a wrong code with 404, and too many wrong codes from one address with 429', async () => {
    const isolated = await startTestServer(store, { joinFailuresPer15Min: 2 });
    try {
      const w = await createTestWorkshop(isolated.url);
      const attempt = (joinCode: string) => postJson(isolated.url, '/api/join', { joinCode, name: 'Guess', organisation: '', sector: 'other' });
      expect((await attempt('ZZZ999')).status).toBe(404);
      expect((await attempt('ZZZ998')).status).toBe(404);
      const limited = await attempt('ZZZ997');
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate_limited');
      // Even the right code waits now: the limit is per address, not per guess.
      expect((await attempt(w.joinCode)).status).toBe(429);
    } finally {
      await isolated.close();
    }
  });
});

describe('signing in by link and GET /api/workshops/:id/me', () => {
  it('[AUTH2] exchanges a link token for an HttpOnly cookie that then identifies the browser', async () => {
    const w = await createTestWorkshop(srv.url);
    const p = await joinTestWorkshop(srv.url, w.joinCode, 'Bea', 'third_sector');
    const res = await postJson(srv.url, '/api/session', { workshopId: w.workshopId, token: p.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ workshopId: w.workshopId, memberId: p.participantId, role: 'participant', sector: 'third_sector' });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const me = await get(`/api/workshops/${w.workshopId}/me`, { cookie });
    expect(await me.json()).toMatchObject({ memberId: p.participantId, role: 'participant' });
  });

  it('[AUTH2] accepts the same token as a Bearer header', async () => {
    const w = await createTestWorkshop(srv.url);
    const me = await get(`/api/workshops/${w.workshopId}/me`, { authorization: `Bearer ${w.coToken}` });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ role: 'facilitator' });
  });

  it('[AUTH3] refuses a wrong token, a token of another workshop, and an unknown workshop', async () => {
    const a = await createTestWorkshop(srv.url);
    const b = await createTestWorkshop(srv.url);
    const bad = await postJson(srv.url, '/api/session', { workshopId: a.workshopId, token: 'x'.repeat(43) });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('set-cookie')).toBeNull();
    const foreign = await get(`/api/workshops/${a.workshopId}/me`, { authorization: `Bearer ${b.leadToken}` });
    expect(foreign.status).toBe(401);
    expect((await get(`/api/workshops/${a.workshopId}/me`)).status).toBe(401);
    const unknown = await get(`/api/workshops/NoSuchWorkshop00000000/me`, { authorization: `Bearer ${a.leadToken}` });
    expect(unknown.status).toBe(404);
    const malformed = await get(`/api/workshops/${encodeURIComponent('../../etc')}/me`);
    expect(malformed.status).toBe(404);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
