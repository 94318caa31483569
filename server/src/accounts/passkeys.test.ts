import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOVERY_CODE_COUNT } from '@roundtable/shared/accounts/accountRest';
import { hashToken } from '../http/secrets';
import { AccountBrowser, invitedMember, setupTokenOf } from '../testing/accountClient';
import { startTestServer, type TestServer } from '../testing/testServer';
import { loadConfig } from '../config';
import { hashRecoveryCode, RECOVERY_CODE_SCRYPT_COST } from './recoveryCodes';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.close();
});

describe('the first administrator', () => {
  it('[ADM1] no one signs up before the setup link is used; the setup link makes the first administrator, once', async () => {
    const stranger = new AccountBrowser(srv.url);
    expect((await stranger.get('/api/auth/state')).body).toMatchObject({ signedIn: null, setupRequired: true });
    const early = await stranger.signUp({ displayName: 'Stranger', email: 'stranger@example.org' });
    expect(early.status).toBe(403);
    expect(early.body.error.message).toMatch(/setup link in the server's log/);
    const wrong = await stranger.signUp({ displayName: 'Stranger', email: 'stranger@example.org', setupToken: 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect(await srv.accounts.listAccounts()).toEqual([]);

    const setupToken = await setupTokenOf(srv.accounts, srv.url);
    expect((await srv.accounts.getSettings()).setupTokenHash).toBe(hashToken(setupToken));
    const adminBrowser = new AccountBrowser(srv.url);
    const made = await adminBrowser.signUp({ displayName: 'Ada Admin', email: 'Ada@Example.org', setupToken }, 'Work laptop');
    expect(made.status).toBe(201);
    expect(made.body.account).toEqual({ accountId: expect.any(String), displayName: 'Ada Admin', email: 'ada@example.org', role: 'admin' });
    expect(made.body.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect((await adminBrowser.get('/api/auth/state')).body).toMatchObject({ signedIn: { email: 'ada@example.org', role: 'admin' }, setupRequired: false });

    const again = await new AccountBrowser(srv.url).signUp({ displayName: 'Late', email: 'late@example.org', setupToken });
    expect(again.status).toBe(409);
    expect((await srv.accounts.listAccounts()).map((a) => a.email)).toEqual(['ada@example.org']);
    expect((await srv.accounts.getSettings()).setupTokenHash).toBeNull();
    admin = adminBrowser;
  });
});

describe('passkeys', () => {
  it('[ACC2] [ACC8] sign-up makes an account, signs this browser in with an HttpOnly, SameSite=Lax cookie, and shows recovery codes once', async () => {
    const { browser: admin } = await adminOf();
    const member = await invitedMember(admin, 'fran@example.org');
    const state = await member.browser.get('/api/auth/state');
    expect(state.body.signedIn).toMatchObject({ email: 'fran@example.org', role: 'member' });
    const details = await member.browser.get('/api/account');
    expect(details.body).toMatchObject({ account: { email: 'fran@example.org' }, passkeys: [{ name: 'Chrome on Linux', lastUsedAt: null }], ssoIdentities: [], recoveryCodesLeft: 10 });
    expect(JSON.stringify(details.body)).not.toContain(member.recoveryCodes[0]);
    const stored = await srv.accounts.findAccountByEmail('fran@example.org');
    expect(await srv.accounts.useRecoveryCode(stored!.accountId, member.recoveryCodes[0]!, new Date().toISOString())).toBe(false);
    expect(await srv.accounts.useRecoveryCode(stored!.accountId, await hashRecoveryCode(stored!.accountId, member.recoveryCodes[0]!, srv.config.recoveryCodeScryptCost), new Date().toISOString())).toBe(true);
  });

  it('[ACC5] a server hashes recovery codes with scrypt of cost 2^14 (these tests run theirs at a lower cost, to save time)', async () => {
    expect(RECOVERY_CODE_SCRYPT_COST).toBe(2 ** 14);
    expect(loadConfig({}).recoveryCodeScryptCost).toBe(RECOVERY_CODE_SCRYPT_COST);
    expect(srv.config.recoveryCodeScryptCost).toBeLessThan(RECOVERY_CODE_SCRYPT_COST);
    // The stored form is the salted hash at the given cost: the same code at another cost is another hash.
    const [low, full] = await Promise.all([hashRecoveryCode('account-1', '7KQ2-M9XD-4TPA', srv.config.recoveryCodeScryptCost), hashRecoveryCode('account-1', '7kq2 m9xd 4tpa')]);
    expect(full).toBe(await hashRecoveryCode('account-1', '7KQ2M9XD4TPA', RECOVERY_CODE_SCRYPT_COST));
    expect(low).not.toBe(full);
    expect(await hashRecoveryCode('account-2', '7KQ2-M9XD-4TPA')).not.toBe(full);
  });

  it('[ACC8] sets the account cookie HttpOnly, SameSite=Lax, for the whole site', async () => {
    const { browser: admin } = await adminOf();
    const invitation = await admin.post('/api/admin/invitations', {});
    const options = await new AccountBrowser(srv.url).post('/api/auth/passkeys/register/options', {
      displayName: 'Gil',
      email: 'gil@example.org',
      invitationToken: new URL(invitation.body.url).hash.slice('#invitation='.length),
    });
    expect(options.status).toBe(200);
    const browser = new AccountBrowser(srv.url);
    const response = browser.authenticator.create(options.body.options);
    const res = await fetch(`${srv.url}/api/auth/passkeys/register/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: srv.url },
      body: JSON.stringify({ flowId: options.body.flowId, response }),
    });
    expect(res.status).toBe(201);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('rt_account='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/); // plain http here; over https see accountSecureCookies.test.ts
  });

  it('[ACC2] signs in with a discoverable passkey on a browser that holds it, as its own account', async () => {
    const { browser: admin } = await adminOf();
    const member = await invitedMember(admin, 'hana@example.org', 'Hana');
    const laptop = new AccountBrowser(srv.url, member.browser.authenticator);
    const signedIn = await laptop.signIn();
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toEqual({ account: { accountId: member.accountId, displayName: 'Hana', email: 'hana@example.org', role: 'member' } });
    expect((await laptop.get('/api/account')).body.passkeys[0].lastUsedAt).not.toBeNull();
    expect((await laptop.get('/api/account/sessions')).body.sessions).toHaveLength(2);
  });

  it('[ACC15] adds a second passkey on another device, which then signs in; never removes the last one', async () => {
    const { browser: admin } = await adminOf();
    const member = await invitedMember(admin, 'ivo@example.org', 'Ivo');
    const [only] = (await member.browser.get('/api/account')).body.passkeys;
    const lastOne = await member.browser.delete(`/api/account/passkeys/${only.passkeyId}`);
    expect(lastOne.status).toBe(409);
    const phone = new AccountBrowser(srv.url);
    // The phone's authenticator makes the new passkey, through the signed-in laptop's session (as a QR hand-off would).
    const withPhone = new AccountBrowser(srv.url, phone.authenticator);
    for (const [k, v] of member.browser.cookies) withPhone.cookies.set(k, v);
    const added = await withPhone.addPasskey('Phone');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Phone', lastUsedAt: null });
    expect((await phone.signIn()).body.account.accountId).toBe(member.accountId);
    expect((await member.browser.delete(`/api/account/passkeys/${only.passkeyId}`)).status).toBe(204);
    expect((await member.browser.get('/api/account')).body.passkeys.map((p: { name: string }) => p.name)).toEqual(['Phone']);
    expect((await member.browser.delete(`/api/account/passkeys/${only.passkeyId}`)).status).toBe(404);
  });

  it('[ACC5] a recovery code signs in once; new codes replace the old ones', async () => {
    const { browser: admin } = await adminOf();
    const member = await invitedMember(admin, 'jo@example.org', 'Jo');
    const lost = new AccountBrowser(srv.url);
    const code = member.recoveryCodes[3]!;
    const recovered = await lost.post('/api/auth/recovery', { email: 'JO@example.org', code: code.toLowerCase().replace(/-/g, ' ') });
    expect(recovered.status).toBe(200);
    expect(recovered.body.account.accountId).toBe(member.accountId);
    expect((await lost.get('/api/account')).body.recoveryCodesLeft).toBe(9);
    expect((await new AccountBrowser(srv.url).post('/api/auth/recovery', { email: 'jo@example.org', code })).status).toBe(401);
    const fresh = await lost.post('/api/account/recovery-codes', {});
    expect(fresh.status).toBe(201);
    expect(fresh.body.recoveryCodes).toHaveLength(10);
    expect((await new AccountBrowser(srv.url).post('/api/auth/recovery', { email: 'jo@example.org', code: member.recoveryCodes[4] })).status).toBe(401);
    expect((await new AccountBrowser(srv.url).post('/api/auth/recovery', { email: 'jo@example.org', code: fresh.body.recoveryCodes[0] })).status).toBe(200);
  });

  it('[ACC7] lists the devices signed in, signs one out, then all: their cookies open nothing afterwards', async () => {
    const { browser: admin } = await adminOf();
    const member = await invitedMember(admin, 'kim@example.org', 'Kim');
    const tablet = new AccountBrowser(srv.url, member.browser.authenticator, 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1');
    expect((await tablet.signIn()).status).toBe(200);
    const listed = (await member.browser.get('/api/account/sessions')).body.sessions as { sessionId: string; device: string; current: boolean }[];
    expect(listed.map((s) => [s.device, s.current]).sort()).toEqual([
      ['Chrome on Linux', true],
      ['Safari on iOS', false],
    ]);
    const stolen = tablet.cookieHeader();
    const tabletSession = listed.find((s) => !s.current)!.sessionId;
    expect((await member.browser.delete(`/api/account/sessions/${tabletSession}`)).status).toBe(204);
    expect((await member.browser.delete(`/api/account/sessions/${tabletSession}`)).status).toBe(404);
    expect((await tablet.get('/api/account')).status).toBe(401);
    expect((await fetch(`${srv.url}/api/account`, { headers: { cookie: stolen } })).status).toBe(401);

    const other = new AccountBrowser(srv.url, member.browser.authenticator);
    await other.signIn();
    const kept = other.cookieHeader();
    expect((await member.browser.post('/api/account/sessions/sign-out-everywhere')).status).toBe(204);
    expect(member.browser.cookies.has('rt_account')).toBe(false);
    expect((await fetch(`${srv.url}/api/account`, { headers: { cookie: kept } })).status).toBe(401);
    expect((await other.get('/api/auth/state')).body.signedIn).toBeNull();
  });

  it('[ACC7] signing out ends this device\'s session', async () => {
    const { browser: admin } = await adminOf();
    const member = await invitedMember(admin, 'lou@example.org', 'Lou');
    const cookie = member.browser.cookieHeader();
    expect((await member.browser.post('/api/auth/sign-out')).status).toBe(204);
    expect((await fetch(`${srv.url}/api/account`, { headers: { cookie } })).status).toBe(401);
  });
});

let admin: AccountBrowser | null = null;
/** The administrator the first test made, signed in on its browser. */
async function adminOf(): Promise<{ browser: AccountBrowser }> {
  if (!admin) throw new Error('the first test makes the administrator');
  return { browser: admin };
}
