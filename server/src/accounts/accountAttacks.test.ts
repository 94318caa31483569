import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { AccountBrowser, firstAdministrator, invitedMember } from '../testing/accountClient';
import { SoftAuthenticator } from '../testing/softAuthenticator';
import { startTestServer, type TestServer } from '../testing/testServer';

/**
 * Issue 13's attacks on the accounts core, each against the real server: replayed and forged WebAuthn assertions, a
 * challenge used twice or expired, another account's credential, the account cookie from another Origin, and brute
 * force on recovery codes. (A disabled account's session on REST, Socket.io and Yjs, and an account opening a
 * workshop it does not facilitate, are in workshopAccess.test.ts.)
 */
let srv: TestServer;
let admin: AccountBrowser;
let n = 0;
beforeAll(async () => {
  // Addresses come from X-Forwarded-For here (one trusted proxy hop), so a test can send from several.
  srv = await startTestServer({ trustProxyHops: 1, recoveryAttemptsPer15Min: 3 });
  admin = (await firstAdministrator(srv.url, srv.accounts)).browser;
});
afterAll(async () => {
  await srv?.close();
});

const member = () => invitedMember(admin, `person${(n += 1)}@example.org`, `Person ${n}`);
const requestOptions = async (b: AccountBrowser) => (await b.post('/api/auth/passkeys/sign-in/options', {})).body as { flowId: string; options: PublicKeyCredentialRequestOptionsJSON };
const verify = (b: AccountBrowser, flowId: string, response: unknown) => b.post('/api/auth/passkeys/sign-in/verify', { flowId, response });
const flip = (b64: string) => {
  const bytes = Buffer.from(b64, 'base64url');
  bytes[bytes.length - 1]! ^= 0x01;
  return bytes.toString('base64url');
};

describe('WebAuthn assertions', () => {
  it('[ACC3] [ACC4] a replayed assertion signs no one in: not on its own challenge again, nor on a new one', async () => {
    const m = await member();
    const b = new AccountBrowser(srv.url, m.browser.authenticator);
    const { flowId, options } = await requestOptions(b);
    const response = m.browser.authenticator.get(options);
    expect((await verify(b, flowId, response)).status).toBe(200);
    const replay = new AccountBrowser(srv.url);
    expect((await verify(replay, flowId, response)).status).toBe(400);
    const fresh = await requestOptions(replay);
    const onNew = await verify(replay, fresh.flowId, response);
    expect(onNew.status).toBe(401);
    expect(replay.cookies.has('rt_account')).toBe(false);
  });

  it('[ACC4] a forged assertion is refused: a bit of the signature or of the signed data changed, or another key\'s signature', async () => {
    const m = await member();
    const attacker = new AccountBrowser(srv.url);
    for (const forge of [
      (r: ReturnType<SoftAuthenticator['get']>) => ({ ...r, response: { ...r.response, signature: flip(r.response.signature) } }),
      (r: ReturnType<SoftAuthenticator['get']>) => ({ ...r, response: { ...r.response, authenticatorData: flip(r.response.authenticatorData) } }),
    ]) {
      const { flowId, options } = await requestOptions(attacker);
      expect((await verify(attacker, flowId, forge(m.browser.authenticator.get(options)))).status).toBe(401);
    }
    // Another authenticator's key, claiming this credential id and user.
    const [id, credential] = [...m.browser.authenticator.credentials][0]!;
    const impostor = new SoftAuthenticator(srv.url);
    const { flowId: f1, options: o1 } = await requestOptions(attacker);
    impostor.create({ ...(await admin.post('/api/account/passkeys/options', {})).body.options } as PublicKeyCredentialCreationOptionsJSON);
    const [, impostorKey] = [...impostor.credentials][0]!;
    impostor.credentials.clear();
    impostor.credentials.set(id, { ...credential, privateKey: impostorKey.privateKey });
    expect((await verify(attacker, f1, impostor.get(o1, { credentialId: id }))).status).toBe(401);
    expect(attacker.cookies.has('rt_account')).toBe(false);
  });

  it('[ACC4] a cloned passkey whose signature counter goes backwards is refused', async () => {
    const m = await member();
    const b = new AccountBrowser(srv.url, m.browser.authenticator);
    const first = await requestOptions(b);
    expect((await verify(b, first.flowId, m.browser.authenticator.get(first.options, { counter: 5 }))).status).toBe(200);
    const second = await requestOptions(b);
    expect((await verify(b, second.flowId, m.browser.authenticator.get(second.options, { counter: 3 }))).status).toBe(401);
  });

  it('[ACC3] an assertion made for another site (origin or host name) is refused', async () => {
    const m = await member();
    const b = new AccountBrowser(srv.url);
    const a = await requestOptions(b);
    expect((await verify(b, a.flowId, m.browser.authenticator.get(a.options, { origin: 'https://evil.example' }))).status).toBe(401);
    const c = await requestOptions(b);
    const credentialId = [...m.browser.authenticator.credentials.keys()][0]!;
    expect((await verify(b, c.flowId, m.browser.authenticator.get({ ...c.options, rpId: 'evil.example' }, { credentialId }))).status).toBe(401);
  });

  it('[ACC3] a sign-up challenge works once, and not after five minutes', async () => {
    const invite = async () => new URL((await admin.post('/api/admin/invitations', {})).body.url).hash.slice('#invitation='.length);
    const b = new AccountBrowser(srv.url);
    const options = await b.post('/api/auth/passkeys/register/options', { displayName: 'Once', email: 'once@example.org', invitationToken: await invite() });
    const response = b.authenticator.create(options.body.options);
    expect((await b.post('/api/auth/passkeys/register/verify', { flowId: options.body.flowId, response })).status).toBe(201);
    const twice = await new AccountBrowser(srv.url).post('/api/auth/passkeys/register/verify', { flowId: options.body.flowId, response });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toMatch(/expired or was used already/);

    const late = new AccountBrowser(srv.url);
    const lateOptions = await late.post('/api/auth/passkeys/register/options', { displayName: 'Late', email: 'late@example.org', invitationToken: await invite() });
    // Five minutes pass: the stored challenge is the same, its expiry now behind us.
    const stored = await srv.accounts.takeChallenge(lateOptions.body.flowId, new Date().toISOString());
    await srv.accounts.saveChallenge({ ...stored!, expiresAt: new Date(Date.now() - 1).toISOString() });
    const answer = await late.post('/api/auth/passkeys/register/verify', { flowId: lateOptions.body.flowId, response: late.authenticator.create(lateOptions.body.options) });
    expect(answer.status).toBe(400);
    expect(await srv.accounts.findAccountByEmail('late@example.org')).toBeNull();
  });

  it('[ACC3] a sign-in challenge cannot finish a sign-up', async () => {
    const b = new AccountBrowser(srv.url);
    const signIn = await requestOptions(b);
    const asSignUp = await b.post('/api/auth/passkeys/register/verify', { flowId: signIn.flowId, response: b.authenticator.create({ ...signIn.options, rp: { name: 'x', id: '127.0.0.1' }, user: { id: 'AAAA', name: 'x', displayName: 'x' }, pubKeyCredParams: [] } as never) });
    expect(asSignUp.status).toBe(400);
  });
});

describe('another account\'s credential', () => {
  it('[ACC4] an assertion naming another account as its user is refused', async () => {
    const victim = await member();
    const attacker = await member();
    const b = new AccountBrowser(srv.url);
    const { flowId, options } = await requestOptions(b);
    const victimUser = [...victim.browser.authenticator.credentials.values()][0]!.userHandle;
    expect((await verify(b, flowId, attacker.browser.authenticator.get(options, { userHandle: victimUser }))).status).toBe(401);
    expect(b.cookies.has('rt_account')).toBe(false);
  });

  it('[ACC4] a passkey ceremony one account started cannot add a passkey to another', async () => {
    const victim = await member();
    const attacker = await member();
    const started = await victim.browser.post('/api/account/passkeys/options', {});
    const response = attacker.browser.authenticator.create(started.body.options);
    const answer = await attacker.browser.post('/api/account/passkeys/verify', { flowId: started.body.flowId, response });
    expect(answer.status).toBe(403);
    expect((await srv.accounts.listPasskeys(victim.accountId)).length).toBe(1);
    expect((await srv.accounts.listPasskeys(attacker.accountId)).length).toBe(1);
  });

  it('[ACC4] a session cannot end another account\'s session or remove its passkey', async () => {
    const victim = await member();
    const attacker = await member();
    const [session] = (await victim.browser.get('/api/account/sessions')).body.sessions;
    const [passkey] = (await victim.browser.get('/api/account')).body.passkeys;
    expect((await attacker.browser.delete(`/api/account/sessions/${session.sessionId}`)).status).toBe(404);
    expect((await attacker.browser.delete(`/api/account/passkeys/${passkey.passkeyId}`)).status).toBe(404);
    expect((await victim.browser.get('/api/account')).status).toBe(200);
  });
});

describe('the account cookie from another Origin', () => {
  it('[ACC9] a state-changing request with the account cookie from another site, or with no Origin, is refused and changes nothing', async () => {
    const m = await member();
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
      const out = await m.browser.request('POST', '/api/account/sessions/sign-out-everywhere', {}, { origin });
      expect(out.status).toBe(403);
      const made = await m.browser.request('POST', '/api/workshops', { title: 'T', area: 'A', facilitatorName: 'F' }, { origin });
      expect(made.status).toBe(403);
    }
    const res = await fetch(`${srv.url}/api/account/recovery-codes`, { method: 'POST', headers: { cookie: m.browser.cookieHeader(), 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(403);
    expect((await m.browser.get('/api/account')).body.recoveryCodesLeft).toBe(10);
    expect((await m.browser.get('/api/account/sessions')).body.sessions).toHaveLength(1);
    expect((await m.browser.get('/api/account/workshops')).body.workshops).toEqual([]);
    // From our own pages it works.
    expect((await m.browser.post('/api/account/recovery-codes', {})).status).toBe(201);
  });

  it('[ACC9] without the account cookie, other origins are as before (a script making a workshop is not refused)', async () => {
    const res = await new AccountBrowser(srv.url).request('POST', '/api/workshops', { title: 'T', area: 'A', facilitatorName: 'F' }, { origin: 'https://elsewhere.example' });
    expect(res.status).toBe(201);
  });
});

describe('brute force on recovery codes', () => {
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const tryCode = (email: string, code: string, ip: string) => new AccountBrowser(srv.url).request('POST', '/api/auth/recovery', { email, code }, from(ip));

  it('[ACC6] past the limit of wrong codes from one address, even the right code is refused there for 15 minutes', async () => {
    const m = await member();
    const email = `person${n}@example.org`;
    for (let i = 0; i < 3; i += 1) expect((await tryCode(`nobody${i}@example.org`, 'AAAA-BBBB-CCCC', '203.0.113.7')).status).toBe(401);
    const blocked = await tryCode(email, m.recoveryCodes[0]!, '203.0.113.7');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/Wait 15 minutes/);
    expect((await tryCode(email, m.recoveryCodes[0]!, '203.0.113.8')).status).toBe(200);
  });

  it('[ACC6] past the limit of wrong codes for one account, from any addresses, even the right code is refused for it', async () => {
    const m = await member();
    const email = `person${n}@example.org`;
    for (let i = 0; i < 3; i += 1) expect((await tryCode(email, 'AAAA-BBBB-CCCC', `198.51.100.${i + 1}`)).status).toBe(401);
    expect((await tryCode(email, m.recoveryCodes[0]!, '198.51.100.50')).status).toBe(429);
    expect(await srv.accounts.countRecoveryCodesLeft(m.accountId)).toBe(10);
  });
});

describe('starting ceremonies', () => {
  it('[ACC3] one address may start a bounded number of passkey ceremonies a minute (each stores a challenge)', async () => {
    const start = () => new AccountBrowser(srv.url).request('POST', '/api/auth/passkeys/sign-in/options', {}, { 'x-forwarded-for': '192.0.2.99' });
    const answers = [];
    for (let i = 0; i < srv.config.webauthnOptionsPerMinute; i += 1) answers.push((await start()).status);
    expect(answers.every((status) => status === 200)).toBe(true);
    const refused = await start();
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/Wait a minute/);
  });
});
