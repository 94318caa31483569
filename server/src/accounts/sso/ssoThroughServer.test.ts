import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstAdministrator, type AccountBrowser } from '../../testing/accountClient';
import { startTestServer, type TestServer } from '../../testing/testServer';
import { startTestOidcProvider, type TestOidcProvider } from './e2eSsoProvider';
import { FetchBrowser } from './fetchBrowser';

/*
 * Single sign-on through the whole server (its account side included) against a real OpenID Connect provider.
 * The tests run in order on one instance: before it has an administrator, after the administrator opens sign-up
 * to the provider's domain, and after the administrator disables an account.
 */

const ADA = { email: 'admin@example.org', name: 'Ada Admin' };
const BEA = { email: 'bea@example.org', name: 'Bea Facilitator' };
const OLU = { email: 'olu@elsewhere.example', name: 'Olu Outsider' };

let provider: TestOidcProvider;
let server: TestServer;
let admin: AccountBrowser;
let adminAccountId: string;

beforeAll(async () => {
  provider = await startTestOidcProvider({ users: [ADA, BEA, OLU] });
  server = await startTestServer({
    sso: { providerId: 'oidc', issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, allowedDomains: ['example.org'], label: 'Sign in with Example' },
  });
  provider.setRedirectUris([`${server.url}/api/auth/sso/oidc/callback`]);
});
afterAll(async () => {
  await server?.close();
  await provider?.close();
});

/** Signs in by single sign-on as `email` from a fresh browser; where our callback sent it, and that browser. */
async function ssoSignIn(email: string, returnTo = '/workshops'): Promise<{ landed: string; browser: FetchBrowser }> {
  const browser = new FetchBrowser();
  const start = await browser.request(`${server.url}/api/auth/sso/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
  const atLogin = await browser.follow(start, (next) => next.pathname.startsWith('/interaction/'));
  const submitted = await browser.request(new URL(`${atLogin.location!.pathname}/login`, provider.issuer), { form: { email } });
  const done = await browser.follow(submitted, (next) => next.origin === server.url && !next.pathname.startsWith('/api/'));
  return { landed: done.location!.href.slice(server.url.length), browser };
}

async function getJson(browser: FetchBrowser, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.url}${path}`, { headers: { cookie: browser.cookieHeader(new URL(`${server.url}${path}`)) } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('single sign-on through the server', () => {
  it('[SSO5] the sign-in page is offered the provider; before the instance has an administrator, nobody signs up by it', async () => {
    const state = await getJson(new FetchBrowser(), '/api/auth/state');
    expect(state.body).toMatchObject({ sso: [{ providerId: 'oidc', label: 'Sign in with Example' }], setupRequired: true });
    const { landed, browser } = await ssoSignIn(BEA.email);
    expect(landed).toBe('/sign-in?error=sign_up_closed');
    expect(browser.cookie('rt_account')).toBeUndefined();
  });

  it('[SSO5] once sign-up is open to the domain, a person from it signs up and is signed in; one from elsewhere is refused', async () => {
    ({ browser: admin, accountId: adminAccountId } = await firstAdministrator(server.url, server.accounts, ADA.email));
    expect((await admin.put('/api/admin/settings', { signUp: 'sso-domain', accountFreeWorkshops: true })).status).toBe(200);

    const bea = await ssoSignIn(BEA.email, '/w/some-workshop');
    expect(bea.landed).toBe('/w/some-workshop');
    const state = await getJson(bea.browser, '/api/auth/state');
    expect(state.body.signedIn).toMatchObject({ email: BEA.email, displayName: BEA.name, role: 'member' });
    const details = await getJson(bea.browser, '/api/account');
    expect(details.body).toMatchObject({ ssoIdentities: [{ providerLabel: 'Sign in with Example', email: BEA.email }] });

    const olu = await ssoSignIn(OLU.email);
    expect(olu.landed).toBe('/sign-in?error=domain_not_allowed');
    expect(olu.browser.cookie('rt_account')).toBeUndefined();
  });

  it('[SSO5] a passkey account signing in by single sign-on with the same address stays one account, now with both', async () => {
    const ada = await ssoSignIn(ADA.email);
    expect(ada.landed).toBe('/workshops');
    const state = await getJson(ada.browser, '/api/auth/state');
    expect(state.body.signedIn).toMatchObject({ accountId: adminAccountId, role: 'admin' });
    const details = await getJson(ada.browser, '/api/account');
    expect((details.body.passkeys as unknown[]).length).toBe(1);
    expect(details.body.ssoIdentities).toEqual([{ providerLabel: 'Sign in with Example', email: ADA.email }]);
  });

  it('[SSO5] a disabled account cannot sign in by single sign-on', async () => {
    const accounts = await admin.get('/api/admin/accounts');
    const bea = (accounts.body.accounts as { accountId: string; email: string }[]).find((a) => a.email === BEA.email)!;
    expect((await admin.post(`/api/admin/accounts/${bea.accountId}/disable`)).status).toBe(200);
    const again = await ssoSignIn(BEA.email);
    expect(again.landed).toBe('/sign-in?error=account_disabled');
    expect(again.browser.cookie('rt_account')).toBeUndefined();
  });
});
