import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@roundtable/shared/protocol/events';
import { AccountBrowser } from '../testing/accountClient';
import { programmeWorld, ProgrammeWatcher, type ProgrammeWorld, type Staffed } from './programmeWorld';

/*
 * [PROG8] The authorisation matrix of programmes: a programme lead, the facilitator of area A, the facilitator of area B,
 * a participant of area A (a join code, no account) and a stranger (an account with no part in the programme), against
 * every programme route and the live view, and against each area's workshop. Each refusal is checked to change nothing.
 */

type Who = 'lead' | 'facA' | 'facB' | 'participantA' | 'stranger';
const EVERYONE: Who[] = ['lead', 'facA', 'facB', 'participantA', 'stranger'];

let w: ProgrammeWorld;
let participant: AccountBrowser;
const as = (who: Who): AccountBrowser => (who === 'participantA' ? participant : (w[who] as Staffed).browser);

beforeAll(async () => {
  w = await programmeWorld();
  // The participant's browser: the workshop cookie its join left, and no account.
  participant = new AccountBrowser(w.srv.url);
  participant.cookies.set(`rt_${w.workshops.a.workshopId}`, w.participantA.token);
});
afterAll(async () => {
  await w?.close();
});

/** Everything a route could change, as the store holds it. */
async function programmeRecord(): Promise<string> {
  const p = w.programme.programmeId;
  const store = w.srv.server.programmes;
  return JSON.stringify([await store.findProgramme(p), await store.listStaff(p), await store.listAreaWorkshops(p), await store.listInvitations(p)]);
}

describe('programme routes by role', () => {
  const expectations: { route: string; method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: () => string; body?: () => unknown; allowed: Who[]; forbidden: Who[]; also?: Partial<Record<Who, number>> }[] = [
    { route: 'the programme', method: 'GET', path: () => `/api/programmes/${w.programme.programmeId}`, allowed: ['lead', 'facA', 'facB'], forbidden: [] },
    { route: 'a change to the programme', method: 'PUT', path: () => `/api/programmes/${w.programme.programmeId}`, body: () => ({ title: 'Renamed', objectives: [], regions: [] }), allowed: [], forbidden: ['facA', 'facB'] },
    { route: 'invitations', method: 'GET', path: () => `/api/programmes/${w.programme.programmeId}/invitations`, allowed: ['lead'], forbidden: ['facA', 'facB'] },
    { route: 'a new invitation', method: 'POST', path: () => `/api/programmes/${w.programme.programmeId}/invitations`, body: () => ({ role: 'lead' }), allowed: [], forbidden: ['facA', 'facB'] },
    { route: 'revoking an invitation', method: 'DELETE', path: () => `/api/programmes/${w.programme.programmeId}/invitations/no-such-invitation`, allowed: [], forbidden: ['facA', 'facB'] },
    { route: 'the programme view', method: 'GET', path: () => `/api/programmes/${w.programme.programmeId}/areas`, allowed: ['lead'], forbidden: ['facA', 'facB'] },
    { route: 'area A\'s published outputs', method: 'GET', path: () => `/api/programmes/${w.programme.programmeId}/areas/${w.areas.a}/outputs`, allowed: ['lead'], forbidden: ['facA', 'facB'] },
    { route: 'area B\'s published outputs', method: 'GET', path: () => `/api/programmes/${w.programme.programmeId}/areas/${w.areas.b}/outputs`, allowed: ['lead'], forbidden: ['facA', 'facB'] },
    { route: 'making area C\'s workshop', method: 'POST', path: () => `/api/programmes/${w.programme.programmeId}/areas/${w.areas.c}/workshop`, body: () => ({ facilitatorName: 'Lee' }), allowed: [], forbidden: ['lead'], also: { facA: 201, facB: 409 } },
    { route: 'bringing a workshop into area C', method: 'PUT', path: () => `/api/programmes/${w.programme.programmeId}/areas/${w.areas.c}/workshop`, body: () => ({ workshopId: w.workshops.a.workshopId }), allowed: [], forbidden: ['lead'], also: { facA: 409, facB: 404 } },
  ];

  it('[PROG8] the programme view and outputs hold nothing the workshops keep back', async () => {
    const view = await as('lead').get(`/api/programmes/${w.programme.programmeId}/areas`);
    expect(view.body.areas.map((a: { name: string; summary: unknown }) => [a.name, a.summary !== null])).toEqual([
      ['Darlington', true],
      ['St Helens', true],
      ['Wigan', false],
    ]);
    const outputs = await as('lead').get(`/api/programmes/${w.programme.programmeId}/areas/${w.areas.a}/outputs`);
    expect(outputs.body.participantsBySector.third_sector).toBe(1);
    expect(JSON.stringify([view.body, outputs.body])).not.toContain(w.participantA.memberId);
  });

  for (const e of expectations) {
    it(`[PROG8] ${e.route}: ${e.allowed.join(', ') || 'nobody here'} may; ${e.forbidden.join(', ') || 'no staff'} 403;${e.also ? ` ${JSON.stringify(e.also)};` : ''} a stranger 404; a participant 401; nothing changes`, async () => {
      for (const who of EVERYONE) {
        const expected = e.also?.[who] ?? (e.allowed.includes(who) ? 200 : e.forbidden.includes(who) ? 403 : who === 'participantA' ? 401 : who === 'stranger' ? 404 : null);
        if (expected === null) continue; // a lead on a lead's route where no lead is listed: its own test covers it
        const before = await programmeRecord();
        const answer = await as(who).request(e.method, e.path(), e.body?.());
        expect({ who, status: answer.status }).toEqual({ who, status: expected });
        if (expected >= 400) {
          expect(answer.body.error.message).toMatch(/\w/);
          expect(await programmeRecord()).toBe(before);
        }
      }
    });
  }

  it('[PROG8] the list of programmes shows each account only its own; a participant is not signed in', async () => {
    for (const who of ['lead', 'facA', 'facB'] as const) expect((await as(who).get('/api/programmes')).body.programmes.map((p: { programmeId: string }) => p.programmeId)).toEqual([w.programme.programmeId]);
    expect((await as('stranger').get('/api/programmes')).body).toEqual({ programmes: [] });
    expect((await as('participantA').get('/api/programmes')).status).toBe(401);
  });

});

describe('the live view by role', () => {
  it('[PROG8] only a lead of the programme watches it live; facilitators, a stranger and a participant are refused', async () => {
    const cookieOf = (who: Who) => as(who).cookieHeader();
    for (const who of EVERYONE) {
      const watcher = new ProgrammeWatcher(w.srv.url, w.programme.programmeId, cookieOf(who));
      const answer = await watcher.connected();
      watcher.close();
      const expected = who === 'lead' ? { ok: true } : { ok: false, error: { code: who === 'participantA' ? 'unauthorized' : 'not_found' } };
      expect({ who, ...answer }).toMatchObject({ who, ...expected });
    }
  });
});

describe("each area's workshop by role", () => {
  const me = (who: Who, workshopId: string) => as(who).get(`/api/workshops/${workshopId}/me`);

  it('[PROG8] a programme lead has no way into an area\'s workshop: not by REST, not by Socket.io', async () => {
    for (const workshop of [w.workshops.a, w.workshops.b]) {
      expect((await me('lead', workshop.workshopId)).status).toBe(404);
      const socket = io(w.srv.url, { auth: { workshopId: workshop.workshopId, protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], extraHeaders: { cookie: as('lead').cookieHeader() }, reconnection: false });
      const refused = await new Promise<{ code: string }>((resolve) => {
        socket.once('connect', () => resolve({ code: 'connected' }));
        socket.once('connect_error', (error: Error & { data?: { code: string } }) => resolve({ code: error.data?.code ?? 'unknown' }));
      });
      socket.close();
      expect(refused.code).toBe('unauthorized');
    }
  });

  it('[PROG8] each facilitator opens their own area\'s workshop only; the participant only theirs; a stranger neither', async () => {
    const expected: Record<Who, [number, number]> = { lead: [404, 404], facA: [200, 404], facB: [404, 200], participantA: [200, 401], stranger: [404, 404] };
    for (const who of EVERYONE) {
      const statuses = [(await me(who, w.workshops.a.workshopId)).status, (await me(who, w.workshops.b.workshopId)).status];
      expect({ who, statuses }).toEqual({ who, statuses: expected[who] });
    }
  });
});
