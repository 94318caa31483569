import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import type { MemberId } from '@roundtable/shared/ids/ids';
import { PROTOCOL_VERSION, YJS_CLOSE, YJS_PATH_PREFIX } from '@roundtable/shared/protocol/events';
import { AccountBrowser, firstAdministrator, invitedMember } from '../testing/accountClient';
import { createTestWorkshop, joinTestWorkshop, memberIdOf } from '../testing/restClient';
import { startTestServer, type TestServer } from '../testing/testServer';

let srv: TestServer;
let admin: AccountBrowser;
beforeAll(async () => {
  srv = await startTestServer({ workshopsCreatedPerHour: 1e6 });
  admin = (await firstAdministrator(srv.url, srv.accounts)).browser;
});
afterAll(async () => {
  await srv?.close();
});

const body = { title: 'Darlington PIP 2026', area: 'Darlington', facilitatorName: 'Ann Facilitator' };
let n = 0;
const member = (name = 'Fran') => invitedMember(admin, `facilitator${(n += 1)}@example.org`, name);

/** A Socket.io connection carrying only this cookie; resolves once connected, or with the refusal. */
function socketWith(cookie: string, workshopId: string): Promise<{ socket: Socket; error: null } | { socket: Socket; error: { code: string } }> {
  const socket = io(srv.url, { auth: { workshopId, protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], extraHeaders: { cookie }, reconnection: false });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket, error: null }));
    socket.once('connect_error', (error: Error & { data?: { code: string } }) => resolve({ socket, error: error.data ?? { code: error.message } }));
  });
}

/** A Yjs connection carrying only this cookie: 'open' once the server has sent its first sync message, or the close code. */
function yjsWith(cookie: string, workshopId: string): Promise<{ ws: WebSocket; closed: Promise<number>; outcome: 'open' | number }> {
  const ws = new WebSocket(`${srv.url.replace(/^http/, 'ws')}${YJS_PATH_PREFIX}/${workshopId}`, { headers: { cookie } });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return new Promise((resolve) => {
    ws.once('message', () => resolve({ ws, closed, outcome: 'open' }));
    void closed.then((code) => resolve({ ws, closed, outcome: code }));
  });
}

describe('workshops made while signed in', () => {
  it('[ACC14] without an account, POST /api/workshops answers 201 with its links, as always', async () => {
    const res = await new AccountBrowser(srv.url).post('/api/workshops', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ facilitatorUrl: expect.stringContaining('#token='), coFacilitatorUrl: expect.stringContaining('#token=') });
  });

  it('[ACC14] [ACC10] [ACC11] signed in, the new workshop is kept in the account and opens on its other devices: REST, Socket.io and Yjs', async () => {
    const fran = await member();
    const made = await fran.browser.post('/api/workshops', body);
    expect(made.status).toBe(201);
    const { workshopId } = made.body;
    const listed = await fran.browser.get('/api/account/workshops');
    expect(listed.body.workshops).toEqual([
      {
        workshopId,
        title: 'Darlington PIP 2026',
        area: 'Darlington',
        currentSession: expect.anything(),
        nextDate: null,
        participantsBySector: { council: 0, thirdSector: 0, other: 0 },
        url: `${srv.url}/w/${workshopId}`,
      },
    ]);

    // A second device: signed in with the same passkey, holding no link and no workshop cookie.
    const second = new AccountBrowser(srv.url, fran.browser.authenticator);
    expect((await second.signIn()).status).toBe(200);
    expect([...second.cookies.keys()]).toEqual(['rt_account']);
    const me = await second.get(`/api/workshops/${workshopId}/me`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ workshopId, role: 'facilitator' });
    const leadId = await memberIdOf(srv.url, workshopId, new URL(made.body.facilitatorUrl).hash.slice('#token='.length));
    expect(me.body.memberId).toBe(leadId);

    const connected = await socketWith(second.cookieHeader(), workshopId);
    expect(connected.error).toBeNull();
    const ack = await connected.socket.timeout(5_000).emitWithAck('workshop:update', { commandId: crypto.randomUUID(), area: 'Darlington and Stockton' });
    expect(ack).toMatchObject({ ok: true });
    connected.socket.close();
    const yjs = await yjsWith(second.cookieHeader(), workshopId);
    expect(yjs.outcome).toBe('open');
    yjs.ws.close();
    expect((await second.get('/api/account/workshops')).body.workshops[0].area).toBe('Darlington and Stockton');
  });

  it('[ACC11] counts the participants of each sector', async () => {
    const gil = await member('Gil');
    const made = await gil.browser.post('/api/workshops', body);
    const { workshopId, joinCode } = made.body;
    await joinTestWorkshop(srv.url, joinCode, 'Cath', 'local_authority');
    await joinTestWorkshop(srv.url, joinCode, 'Dev', 'third_sector');
    await joinTestWorkshop(srv.url, joinCode, 'Eve', 'third_sector');
    await joinTestWorkshop(srv.url, joinCode, 'Flo', 'other_public');
    const [line] = (await gil.browser.get('/api/account/workshops')).body.workshops;
    expect(line).toMatchObject({ workshopId, participantsBySector: { council: 1, thirdSector: 2, other: 1 } });
  });

  it('[ACC14] with account-free workshops turned off, a request without an account is refused (401) and makes nothing; signed in, it works', async () => {
    expect((await admin.put('/api/admin/settings', { signUp: 'invitation', accountFreeWorkshops: false })).status).toBe(200);
    try {
      const before = (await srv.accounts.getSettings()).accountFreeWorkshops;
      expect(before).toBe(false);
      const refused = await new AccountBrowser(srv.url).post('/api/workshops', body);
      expect(refused.status).toBe(401);
      expect(refused.body.error.message).toMatch(/Sign in to make a workshop/);
      expect(refused.headers.getSetCookie()).toEqual([]);
      expect((await new AccountBrowser(srv.url).get('/api/auth/state')).body.accountFreeWorkshops).toBe(false);
      const hana = await member('Hana');
      expect((await hana.browser.post('/api/workshops', body)).status).toBe(201);
    } finally {
      await admin.put('/api/admin/settings', { signUp: 'invitation', accountFreeWorkshops: true });
    }
  });
});

describe('keeping a workshop, and its facilitators', () => {
  it('[ACC12] a co-facilitator who opens their link keeps the workshop in their account; a seat is kept once', async () => {
    const lead = await member('Lead');
    const co = await member('Co');
    const made = (await lead.browser.post('/api/workshops', body)).body;
    const coToken = new URL(made.coFacilitatorUrl).hash.slice('#token='.length);
    expect((await co.browser.post(`/api/account/workshops/${made.workshopId}/keep`)).status).toBe(404);
    // Opening the link: the page exchanges the token for the workshop's cookie (POST /api/session), then keeps it.
    expect((await co.browser.post('/api/session', { workshopId: made.workshopId, token: coToken })).status).toBe(200);
    const kept = await co.browser.post(`/api/account/workshops/${made.workshopId}/keep`);
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ workshopId: made.workshopId, title: 'Darlington PIP 2026' });
    expect((await co.browser.post(`/api/account/workshops/${made.workshopId}/keep`)).status).toBe(200);
    // The lead's account cannot take the co-facilitator's seat as well.
    const leadWithCoLink = new AccountBrowser(srv.url);
    for (const [k, v] of lead.browser.cookies) leadWithCoLink.cookies.set(k, v);
    leadWithCoLink.cookies.set(`rt_${made.workshopId}`, coToken);
    expect((await leadWithCoLink.post(`/api/account/workshops/${made.workshopId}/keep`)).status).toBe(409);

    const facilitators = await co.browser.get(`/api/workshops/${made.workshopId}/facilitators`);
    expect(facilitators.status).toBe(200);
    expect(facilitators.body.facilitators.map((f: { name: string; kept: boolean; you: boolean }) => [f.kept, f.you]).sort()).toEqual([
      [true, false],
      [true, true],
    ]);
  });

  it('[ACC12] a participant\'s link cannot be kept', async () => {
    const ivo = await member('Ivo');
    const made = await createTestWorkshop(srv.url);
    const p = await joinTestWorkshop(srv.url, made.joinCode, 'Pat');
    ivo.browser.cookies.set(`rt_${made.workshopId}`, p.token);
    expect((await ivo.browser.post(`/api/account/workshops/${made.workshopId}/keep`)).status).toBe(403);
    expect(await srv.accounts.listSeatsOfAccount(ivo.accountId)).toEqual([]);
  });

  it('[ACC13] a facilitator removes the other: their link and their account stop opening the workshop, and their open connection closes', async () => {
    const lead = await member('Lead');
    const co = await member('Co');
    const made = (await lead.browser.post('/api/workshops', body)).body;
    const coToken = new URL(made.coFacilitatorUrl).hash.slice('#token='.length);
    await co.browser.post('/api/session', { workshopId: made.workshopId, token: coToken });
    await co.browser.post(`/api/account/workshops/${made.workshopId}/keep`);
    const coElsewhere = new AccountBrowser(srv.url, co.browser.authenticator);
    await coElsewhere.signIn();
    expect((await coElsewhere.get(`/api/workshops/${made.workshopId}/me`)).status).toBe(200);
    const live = await socketWith(coElsewhere.cookieHeader(), made.workshopId);
    expect(live.error).toBeNull();
    const disconnected = new Promise<string>((resolve) => live.socket.once('disconnect', (reason) => resolve(reason)));
    const coId = await memberIdOf(srv.url, made.workshopId, coToken);
    const leadId = (await lead.browser.get(`/api/workshops/${made.workshopId}/me`)).body.memberId;

    expect((await lead.browser.delete(`/api/workshops/${made.workshopId}/facilitators/${leadId}`)).status).toBe(403);
    expect((await lead.browser.delete(`/api/workshops/${made.workshopId}/facilitators/${coId}`)).status).toBe(204);
    expect(await disconnected).toBe('io server disconnect');
    expect((await coElsewhere.get(`/api/workshops/${made.workshopId}/me`)).status).toBe(404);
    expect((await fetch(`${srv.url}/api/workshops/${made.workshopId}/me`, { headers: { authorization: `Bearer ${coToken}` } })).status).toBe(401);
    expect(await srv.accounts.findSeatOfMember(made.workshopId, coId as MemberId)).toBeNull();
    expect((await co.browser.get('/api/account/workshops')).body.workshops).toEqual([]);
    expect((await lead.browser.get(`/api/workshops/${made.workshopId}/facilitators`)).body.facilitators).toEqual([{ memberId: leadId, name: 'Ann Facilitator', kept: true, you: true }]);
    live.socket.close();
  });

  it('[ACC13] only another facilitator can be removed this way, and only by a facilitator', async () => {
    const lead = await member('Lead');
    const made = (await lead.browser.post('/api/workshops', body)).body;
    const p = await joinTestWorkshop(srv.url, made.joinCode, 'Pat');
    expect((await lead.browser.delete(`/api/workshops/${made.workshopId}/facilitators/${p.participantId}`)).status).toBe(404);
    expect((await lead.browser.delete(`/api/workshops/${made.workshopId}/facilitators/nobody`)).status).toBe(404);
    const asParticipant = await fetch(`${srv.url}/api/workshops/${made.workshopId}/facilitators`, { headers: { authorization: `Bearer ${p.token}` } });
    expect(asParticipant.status).toBe(403);
    expect((await lead.browser.get(`/api/workshops/${made.workshopId}/facilitators`)).body.facilitators).toHaveLength(2);
  });
});

describe('an account opening a workshop it does not facilitate', () => {
  it('[ACC10] is told there is no such workshop, exactly as for one that does not exist, on REST, Socket.io and Yjs', async () => {
    const owner = await member('Owner');
    const nosy = await member('Nosy');
    const made = (await owner.browser.post('/api/workshops', body)).body;
    const missing = 'A'.repeat(22);
    const there = await nosy.browser.get(`/api/workshops/${made.workshopId}/me`);
    const notThere = await nosy.browser.get(`/api/workshops/${missing}/me`);
    expect(there.status).toBe(404);
    expect(there.body).toEqual(notThere.body);
    expect((await nosy.browser.get(`/api/workshops/${made.workshopId}/facilitators`)).status).toBe(404);
    expect((await nosy.browser.get(`/api/workshops/${made.workshopId}/plan.md`)).status).toBe(404);
    expect((await nosy.browser.post(`/api/workshops/${made.workshopId}/share-links`, {})).status).toBe(404);
    const socket = await socketWith(nosy.browser.cookieHeader(), made.workshopId);
    const socketMissing = await socketWith(nosy.browser.cookieHeader(), missing);
    expect(socket.error).toEqual(socketMissing.error);
    expect(socket.error).toMatchObject({ code: 'unauthorized' });
    socket.socket.close();
    socketMissing.socket.close();
    expect((await yjsWith(nosy.browser.cookieHeader(), made.workshopId)).outcome).toBe(YJS_CLOSE.unauthorized);
    expect((await yjsWith(nosy.browser.cookieHeader(), missing)).outcome).toBe(YJS_CLOSE.unauthorized);
  });
});

describe('ending sessions', () => {
  it('[ACC7] signing out everywhere closes the connections a stolen session cookie opened, and it cannot open them again', async () => {
    const kai = await member('Kai');
    const made = (await kai.browser.post('/api/workshops', body)).body;
    const thief = new AccountBrowser(srv.url, kai.browser.authenticator);
    await thief.signIn();
    const stolen = thief.cookieHeader();
    const socket = await socketWith(stolen, made.workshopId);
    const yjs = await yjsWith(stolen, made.workshopId);
    expect([socket.error, yjs.outcome]).toEqual([null, 'open']);
    const dropped = new Promise<string>((resolve) => socket.socket.once('disconnect', (reason) => resolve(reason)));

    expect((await kai.browser.post('/api/account/sessions/sign-out-everywhere')).status).toBe(204);
    expect(await dropped).toBe('io server disconnect');
    expect(await yjs.closed).toBe(YJS_CLOSE.unauthorized);
    const retry = await socketWith(stolen, made.workshopId);
    expect(retry.error).toMatchObject({ code: 'unauthorized' });
    retry.socket.close();
    expect((await yjsWith(stolen, made.workshopId)).outcome).toBe(YJS_CLOSE.unauthorized);
    // The lead's own link still opens the workshop.
    const leadToken = new URL(made.facilitatorUrl).hash.slice('#token='.length);
    const byLink = await socketWith(`rt_${made.workshopId}=${leadToken}`, made.workshopId);
    expect(byLink.error).toBeNull();
    byLink.socket.close();
    socket.socket.close();
  });
});

describe('disabling an account', () => {
  it('[ADM4] [ADM5] ends its sessions at once, closes its open Socket.io and Yjs connections, and shuts its kept seats to every key until enabled', async () => {
    const jo = await member('Jo');
    const made = (await jo.browser.post('/api/workshops', body)).body;
    const leadToken = new URL(made.facilitatorUrl).hash.slice('#token='.length);
    const laptop = new AccountBrowser(srv.url, jo.browser.authenticator);
    await laptop.signIn();
    const bySession = await socketWith(laptop.cookieHeader(), made.workshopId);
    const byLinkCookie = await socketWith(`rt_${made.workshopId}=${leadToken}`, made.workshopId);
    const yjs = await yjsWith(laptop.cookieHeader(), made.workshopId);
    expect([bySession.error, byLinkCookie.error, yjs.outcome]).toEqual([null, null, 'open']);
    const gone = (s: Socket) => new Promise<string>((resolve) => s.once('disconnect', (reason) => resolve(reason)));
    const goneSession = gone(bySession.socket);
    const goneLink = gone(byLinkCookie.socket);

    const disabled = await admin.post(`/api/admin/accounts/${jo.accountId}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ accountId: jo.accountId, disabledAt: expect.any(String), passkeys: 1, sso: false });
    expect(await goneSession).toBe('io server disconnect');
    expect(await goneLink).toBe('io server disconnect');
    expect(await yjs.closed).toBe(YJS_CLOSE.unauthorized);

    expect((await laptop.get('/api/account')).status).toBe(401);
    expect((await jo.browser.get(`/api/workshops/${made.workshopId}/me`)).status).toBe(404);
    expect((await fetch(`${srv.url}/api/workshops/${made.workshopId}/me`, { headers: { authorization: `Bearer ${leadToken}` } })).status).toBe(401);
    expect((await socketWith(`rt_${made.workshopId}=${leadToken}`, made.workshopId)).error).toMatchObject({ code: 'unauthorized' });
    expect((await new AccountBrowser(srv.url).post('/api/session', { workshopId: made.workshopId, token: leadToken })).status).toBe(401);
    expect((await yjsWith(`rt_${made.workshopId}=${leadToken}`, made.workshopId)).outcome).toBe(YJS_CLOSE.unauthorized);
    const again = await new AccountBrowser(srv.url, jo.browser.authenticator).signIn();
    expect(again.status).toBe(403);
    expect(again.body.error.message).toMatch(/disabled/);
    expect((await new AccountBrowser(srv.url).post('/api/auth/recovery', { email: `facilitator${n}@example.org`, code: jo.recoveryCodes[0] })).status).toBe(403);

    expect((await admin.post(`/api/admin/accounts/${jo.accountId}/enable`)).body.disabledAt).toBeNull();
    expect((await fetch(`${srv.url}/api/workshops/${made.workshopId}/me`, { headers: { authorization: `Bearer ${leadToken}` } })).status).toBe(200);
    expect((await laptop.get('/api/account')).status).toBe(401);
    expect((await new AccountBrowser(srv.url, jo.browser.authenticator).signIn()).status).toBe(200);
    bySession.socket.close();
    byLinkCookie.socket.close();
  });
});
