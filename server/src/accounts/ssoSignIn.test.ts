import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountBrowser, firstAdministrator, invitedMember } from '../testing/accountClient';
import { startTestServer, type TestServer } from '../testing/testServer';
import { startTestOidcProvider, type TestOidcProvider } from './sso/e2eSsoProvider';
import { FetchBrowser } from './sso/fetchBrowser';

/**
 * The accounts side of single sign-on (ssoSignIn.ts), through the whole flow: a real OpenID Connect provider, our
 * server with OIDC_* pointing at it, and a browser following the redirects. What is checked here is what happens to
 * accounts; the flow's own checks (state, nonce, PKCE, the ID token) are sso/ssoRoutes.test.ts's.
 */
let provider: TestOidcProvider;
let srv: TestServer;
let admin: AccountBrowser;

const people = {
  ana: { email: 'ana@council.example.gov.uk', name: 'Ana Council' },
  ben: { email: 'ben@council.example.gov.uk', name: 'Ben Council' },
  cat: { email: 'cat@cvs.example.org', name: 'Cat CVS' },
  dan: { email: 'dan@elsewhere.example.com', name: 'Dan Elsewhere' },
  eve: { email: 'eve@council.example.gov.uk', name: 'Eve Unverified', emailVerified: false },
  fay: { email: 'fay@cvs.example.org', name: 'Fay CVS' },
  gus: { email: 'gus@council.example.gov.uk', name: 'Gus Council' },
};

beforeAll(async () => {
  provider = await startTestOidcProvider({ users: Object.values(people) });
  srv = await startTestServer({
    sso: {
      providerId: 'oidc',
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      allowedDomains: ['council.example.gov.uk', 'cvs.example.org'],
      label: 'Sign in with Example ID',
    },
  });
  provider.setRedirectUris([`${srv.url}/api/auth/sso/oidc/callback`]);
});
afterAll(async () => {
  await srv?.close();
  await provider?.close();
});

/** Signs in at the provider as this person; where our callback sent the browser, and the browser. */
async function viaSso(email: string, browser = new FetchBrowser()): Promise<{ landed: URL; browser: FetchBrowser }> {
  const start = await browser.request(`${srv.url}/api/auth/sso/oidc/start?returnTo=/workshops`);
  const atLogin = await browser.follow(start, (next) => next.pathname.startsWith('/interaction/'));
  const submitted = await browser.request(new URL(`${atLogin.location!.pathname}/login`, provider.issuer), { form: { email } });
  const back = await browser.follow(submitted, (next) => next.origin === srv.url && !next.pathname.startsWith('/api/'));
  return { landed: back.location!, browser };
}
const accountOf = async (browser: FetchBrowser) => {
  const res = await fetch(`${srv.url}/api/account`, { headers: { cookie: browser.cookieHeader(new URL(srv.url)) } });
  return { status: res.status, body: (await res.json()) as { account: { email: string; displayName: string; role: string }; passkeys: unknown[]; ssoIdentities: unknown[]; recoveryCodesLeft: number } };
};
const setPolicy = (signUp: string) => admin.put('/api/admin/settings', { signUp, accountFreeWorkshops: true });

describe('single sign-on, the accounts side', () => {
  it('[ACC16] before the first administrator exists, single sign-on makes no account', async () => {
    const { landed } = await viaSso(people.ana.email);
    expect(landed.pathname + landed.search).toBe('/sign-in?error=sign_up_closed');
    expect(await srv.accounts.listAccounts()).toEqual([]);
    admin = (await firstAdministrator(srv.url, srv.accounts)).browser;
    expect((await admin.get('/api/auth/state')).body.sso).toEqual([{ providerId: 'oidc', label: 'Sign in with Example ID' }]);
  });

  it('[ACC16] under "sso-domain", a verified address in an allowed domain makes an account and signs it in; the next time, the same account', async () => {
    await setPolicy('sso-domain');
    const first = await viaSso(people.ana.email);
    expect(first.landed.pathname).toBe('/workshops');
    const signedIn = await accountOf(first.browser);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ account: { email: people.ana.email, displayName: 'Ana Council', role: 'member' }, passkeys: [], ssoIdentities: [{ providerLabel: 'Sign in with Example ID', email: people.ana.email }], recoveryCodesLeft: 0 });
    const again = await viaSso(people.ana.email);
    expect((await accountOf(again.browser)).body.account).toEqual(signedIn.body.account);
    expect((await srv.accounts.listAccounts()).filter((a) => a.email === people.ana.email)).toHaveLength(1);
  });

  it('[ACC16] an address outside the allowed domains, or one the provider has not verified, makes nothing', async () => {
    await setPolicy('anyone');
    const outside = await viaSso(people.dan.email);
    expect(outside.landed.pathname + outside.landed.search).toBe('/sign-in?error=domain_not_allowed');
    const unverified = await viaSso(people.eve.email);
    expect(unverified.landed.pathname + unverified.landed.search).toBe('/sign-in?error=invalid_response');
    expect(await srv.accounts.findAccountByEmail(people.dan.email)).toBeNull();
    expect(await srv.accounts.findAccountByEmail(people.eve.email)).toBeNull();
  });

  it('[ACC16] under "invitation", only an open invitation for the address lets single sign-on make an account, with its role', async () => {
    await setPolicy('invitation');
    const refused = await viaSso(people.cat.email);
    expect(refused.landed.search).toBe('?error=sign_up_closed');
    await admin.post('/api/admin/invitations', { email: people.cat.email, role: 'admin' });
    const invited = await viaSso(people.cat.email);
    expect(invited.landed.pathname).toBe('/workshops');
    expect((await accountOf(invited.browser)).body.account).toMatchObject({ email: people.cat.email, role: 'admin' });
  });

  it('[ACC16] a passkey account with the same address gets the identity linked: one person, one account, both ways in', async () => {
    const fay = await invitedMember(admin, people.fay.email, 'Fay');
    const { browser } = await viaSso(people.fay.email);
    const details = await accountOf(browser);
    expect(details.body.account).toMatchObject({ email: people.fay.email, displayName: 'Fay' });
    expect(details.body.passkeys).toHaveLength(1);
    expect(details.body.ssoIdentities).toHaveLength(1);
    expect((await new AccountBrowser(srv.url, fay.browser.authenticator).signIn()).body.account.accountId).toBe(fay.accountId);
  });

  it('[ACC16] [ADM4] a disabled account does not sign in by single sign-on', async () => {
    await setPolicy('sso-domain');
    const { browser } = await viaSso(people.gus.email);
    const account = await srv.accounts.findAccountByEmail(people.gus.email);
    expect((await admin.post(`/api/admin/accounts/${account!.accountId}/disable`)).status).toBe(200);
    expect((await accountOf(browser)).status).toBe(401);
    const again = await viaSso(people.gus.email);
    expect(again.landed.search).toBe('?error=account_disabled');
    await setPolicy('invitation');
  });
});
