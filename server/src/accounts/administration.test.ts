import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountBrowser, firstAdministrator, invitedMember } from '../testing/accountClient';
import { startTestServer, type TestServer } from '../testing/testServer';

let srv: TestServer;
let admin: AccountBrowser;
let adminId: string;
let n = 0;
beforeAll(async () => {
  srv = await startTestServer();
  ({ browser: admin, accountId: adminId } = await firstAdministrator(srv.url, srv.accounts));
});
afterAll(async () => {
  await srv?.close();
});

const tokenOf = (url: string) => new URL(url).hash.slice('#invitation='.length);
const signUp = (details: { email: string; invitationToken?: string }) => new AccountBrowser(srv.url).signUp({ displayName: 'Someone', ...details });
const withPolicy = async (signUp: 'anyone' | 'invitation' | 'sso-domain', run: () => Promise<void>) => {
  expect((await admin.put('/api/admin/settings', { signUp, accountFreeWorkshops: true })).status).toBe(200);
  try {
    await run();
  } finally {
    await admin.put('/api/admin/settings', { signUp: 'invitation', accountFreeWorkshops: true });
  }
};

describe('who may sign up', () => {
  it('[ADM2] by invitation (the default): without one, no account is made', async () => {
    expect((await admin.get('/api/admin/settings')).body).toEqual({ signUp: 'invitation', accountFreeWorkshops: true });
    const refused = await signUp({ email: 'walk-in@example.org' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/by invitation/);
    expect(await srv.accounts.findAccountByEmail('walk-in@example.org')).toBeNull();
  });

  it('[ADM2] anyone, when the administrator allows it', async () => {
    await withPolicy('anyone', async () => {
      expect((await new AccountBrowser(srv.url).get('/api/auth/state')).body.signUp).toBe('anyone');
      const made = await signUp({ email: 'anyone@example.org' });
      expect(made.status).toBe(201);
      expect(made.body.account.role).toBe('member');
      expect((await signUp({ email: 'anyone@example.org' })).status).toBe(409);
    });
  });

  it('[ADM2] by single sign-on only: no passkey sign-up without an invitation', async () => {
    await withPolicy('sso-domain', async () => {
      const refused = await signUp({ email: 'sso-only@example.org' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/single sign-on/);
    });
  });
});

describe('invitations', () => {
  it('[ADM3] an invitation link makes one account with its role, once; the list shows it used', async () => {
    const made = await admin.post('/api/admin/invitations', { role: 'admin' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ invitation: { email: null, role: 'admin', usedAt: null, revokedAt: null }, url: expect.stringMatching(new RegExp(`^${srv.url}/sign-up#invitation=[\\w-]{43}$`)) });
    const first = await signUp({ email: 'second-admin@example.org', invitationToken: tokenOf(made.body.url) });
    expect(first.status).toBe(201);
    expect(first.body.account.role).toBe('admin');
    const again = await signUp({ email: 'third@example.org', invitationToken: tokenOf(made.body.url) });
    expect(again.status).toBe(403);
    const listed = (await admin.get('/api/admin/invitations')).body.invitations.find((i: { invitationId: string }) => i.invitationId === made.body.invitation.invitationId);
    expect(listed.usedAt).not.toBeNull();
    expect(JSON.stringify((await admin.get('/api/admin/invitations')).body)).not.toContain(tokenOf(made.body.url));
  });

  it('[ADM3] an invitation for one address works for no other; a withdrawn one works for no one', async () => {
    const forOne = await admin.post('/api/admin/invitations', { email: 'Named@Example.org' });
    expect(forOne.body.invitation.email).toBe('named@example.org');
    expect((await signUp({ email: 'other@example.org', invitationToken: tokenOf(forOne.body.url) })).status).toBe(403);
    expect((await signUp({ email: 'named@example.org', invitationToken: tokenOf(forOne.body.url) })).status).toBe(201);
    const withdrawn = await admin.post('/api/admin/invitations', {});
    expect((await admin.delete(`/api/admin/invitations/${withdrawn.body.invitation.invitationId}`)).status).toBe(204);
    expect((await admin.delete(`/api/admin/invitations/${withdrawn.body.invitation.invitationId}`)).status).toBe(404);
    expect((await signUp({ email: 'withdrawn@example.org', invitationToken: tokenOf(withdrawn.body.url) })).status).toBe(403);
  });

  it('[ADM3] bad invitation requests are refused and make nothing', async () => {
    const before = (await admin.get('/api/admin/invitations')).body.invitations.length;
    for (const body of [{ role: 'owner' }, { email: 'not an email' }, { extra: true }, { email: 7 }]) {
      const res = await admin.post('/api/admin/invitations', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_payload');
    }
    expect((await admin.get('/api/admin/invitations')).body.invitations.length).toBe(before);
  });
});

describe('settings', () => {
  it('[ADM2] bad settings are refused with a clear message and change nothing', async () => {
    for (const body of [{ signUp: 'everyone', accountFreeWorkshops: true }, { signUp: 'anyone' }, { signUp: 'anyone', accountFreeWorkshops: 'yes' }, { signUp: 'anyone', accountFreeWorkshops: true, more: 1 }]) {
      const res = await admin.put('/api/admin/settings', body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
    expect((await admin.get('/api/admin/settings')).body).toEqual({ signUp: 'invitation', accountFreeWorkshops: true });
  });
});

describe('accounts', () => {
  it('[ADM6] administration is for administrators: 401 signed out, 403 for a member, on every route', async () => {
    const m = await invitedMember(admin, `member${(n += 1)}@example.org`);
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/admin/settings'],
      ['PUT', '/api/admin/settings', { signUp: 'anyone', accountFreeWorkshops: false }],
      ['GET', '/api/admin/invitations'],
      ['POST', '/api/admin/invitations', {}],
      ['DELETE', '/api/admin/invitations/x'],
      ['GET', '/api/admin/accounts'],
      ['POST', `/api/admin/accounts/${adminId}/disable`],
      ['POST', `/api/admin/accounts/${adminId}/enable`],
    ];
    for (const [method, path, body] of routes) {
      expect([method, path, (await new AccountBrowser(srv.url).request(method, path, body)).status]).toEqual([method, path, 401]);
      expect([method, path, (await m.browser.request(method, path, body)).status]).toEqual([method, path, 403]);
    }
    expect((await admin.get('/api/admin/settings')).body.accountFreeWorkshops).toBe(true);
    expect((await srv.accounts.findAccount(adminId))?.disabledAt).toBeNull();
  });

  it('[ADM6] lists the accounts; an administrator cannot disable themselves; unknown accounts are 404', async () => {
    const listed = (await admin.get('/api/admin/accounts')).body.accounts;
    expect(listed[0]).toMatchObject({ accountId: adminId, role: 'admin', disabledAt: null, passkeys: 1, sso: false, createdAt: expect.any(String) });
    const self = await admin.post(`/api/admin/accounts/${adminId}/disable`);
    expect(self.status).toBe(403);
    expect((await admin.post('/api/admin/accounts/nobody/disable')).status).toBe(404);
    expect((await admin.post('/api/admin/accounts/nobody/enable')).status).toBe(404);
  });

  it("[ADM4] a disabled account's recovery code is refused without being used: it still works once the account is enabled", async () => {
    const dee = await invitedMember(admin, 'dee@example.org', 'Dee');
    expect((await admin.post(`/api/admin/accounts/${dee.accountId}/disable`)).status).toBe(200);
    const recover = () => new AccountBrowser(srv.url).post('/api/auth/recovery', { email: 'dee@example.org', code: dee.recoveryCodes[0] });
    const refused = await recover();
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/disabled/);
    expect(await srv.accounts.countRecoveryCodesLeft(dee.accountId)).toBe(10);
    expect((await admin.post(`/api/admin/accounts/${dee.accountId}/enable`)).status).toBe(200);
    const signedIn = await recover();
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.account.accountId).toBe(dee.accountId);
    expect(await srv.accounts.countRecoveryCodesLeft(dee.accountId)).toBe(9);
  });
});

describe('bad input to sign-up', () => {
  it('[ACC2] a sign-up with a bad name, email or field is refused with the field named, and stores nothing', async () => {
    const before = (await srv.accounts.listAccounts()).length;
    const cases: [unknown, string][] = [
      [{ displayName: '', email: 'a@example.org' }, 'displayName'],
      [{ displayName: 'x'.repeat(81), email: 'a@example.org' }, 'displayName'],
      [{ displayName: 'A', email: 'not-an-email' }, 'email'],
      [{ displayName: 'A', email: 'a@example.org', role: 'admin' }, ''],
      [{ displayName: 'A', email: 'a@example.org', invitationToken: 'short' }, 'invitationToken'],
    ];
    for (const [body, field] of cases) {
      const res = await new AccountBrowser(srv.url).post('/api/auth/passkeys/register/options', body);
      expect(res.status).toBe(400);
      if (field) expect(Object.keys(res.body.error.fields)).toContain(field);
    }
    const verify = await new AccountBrowser(srv.url).post('/api/auth/passkeys/register/verify', { flowId: 'bad id!', response: {} });
    expect(verify.status).toBe(400);
    const huge = await new AccountBrowser(srv.url).post('/api/auth/passkeys/sign-in/verify', { flowId: 'a'.repeat(22), response: { id: 'x', rawId: 'x', type: 'public-key', response: { clientDataJSON: 'x'.repeat(9_000) } } });
    expect(huge.status).toBe(400);
    expect((await srv.accounts.listAccounts()).length).toBe(before);
  });

  it('[ACC5] a malformed recovery request is refused before any code is tried', async () => {
    for (const body of [{ email: 'a@example.org' }, { email: 'a@example.org', code: '<script>' }, { email: 'nope', code: 'AAAA' }, { email: 'a@example.org', code: 'A'.repeat(41) }]) {
      expect((await new AccountBrowser(srv.url).post('/api/auth/recovery', body)).status).toBe(400);
    }
  });
});
