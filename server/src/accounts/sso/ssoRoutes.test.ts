import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestOidcProvider, type TestOidcProvider } from './e2eSsoProvider';
import { FetchBrowser, type Hop } from './fetchBrowser';
import { PENDING_FLOW_TTL_MS } from './pendingFlow';
import { startSsoTestApp, type SsoTestApp } from './ssoTestApp';

/*
 * Single sign-on against a real OpenID Connect provider (oidc-provider, started here), followed hop by hop as a
 * browser would: our start, the provider's sign-in page, its redirect to our callback, our redirect onwards.
 */

const ANA = { email: 'ana@example.org', name: 'Ana Facilitator', sub: 'ana-1' };
const OUTSIDER = { email: 'olu@elsewhere.example', name: 'Olu Outsider', sub: 'olu-2' };
const UNVERIFIED = { email: 'una@example.org', name: 'Una Unverified', sub: 'una-3', emailVerified: false };

let provider: TestOidcProvider;
let app: SsoTestApp;

beforeAll(async () => {
  provider = await startTestOidcProvider({ users: [ANA, OUTSIDER, UNVERIFIED] });
  app = await startSsoTestApp([
    { providerId: 'oidc', issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, allowedDomains: ['example.org'], label: 'Sign in with Example' },
  ]);
  provider.setRedirectUris([app.callbackUrl('oidc')]);
});
afterAll(async () => {
  await app.close();
  await provider.close();
});
afterEach(() => {
  app.signIns.length = 0;
  app.logs.length = 0;
  app.answer = 'by_domain';
  app.clockOffsetMs = 0;
});

const startUrl = (returnTo?: string) => `${app.url}/api/auth/sso/oidc/start${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`;
/** Why the last sign-in was refused, as logged. */
const refusal = () => app.logs.filter((l) => l.msg === 'single sign-on refused').at(-1)?.reason;
const isCallback = (url: URL) => url.href.startsWith(app.callbackUrl('oidc'));

/** Starts a sign-in and signs in at the provider as `email`; returns the provider's redirect to our callback, not yet followed. */
async function signInAtProvider(browser: FetchBrowser, email: string, returnTo?: string): Promise<{ start: Hop; toCallback: URL }> {
  const start = await browser.request(startUrl(returnTo));
  expect(start.status).toBe(302);
  const atLogin = await browser.follow(start, (next) => next.pathname.startsWith('/interaction/'));
  const loginPage = await browser.request(atLogin.location!);
  expect(loginPage.body).toContain('<label for="email">');
  const submitted = await browser.request(new URL(`${atLogin.location!.pathname}/login`, provider.issuer), { form: { email } });
  const toCallback = await browser.follow(submitted, isCallback);
  expect(toCallback.location && isCallback(toCallback.location)).toBe(true);
  return { start, toCallback: toCallback.location! };
}

describe('single sign-on with a real OpenID Connect provider', () => {
  it('[SSO1] a sign-in goes to the provider with PKCE (S256), state and nonce, keeps them in a sealed cookie for the callback path only, and comes back to returnTo signed in', async () => {
    const browser = new FetchBrowser();
    const { start, toCallback } = await signInAtProvider(browser, ANA.email, '/w/abc?tab=plan');

    const authorize = start.location!;
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(authorize.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(authorize.searchParams.get('scope')).toBe('openid email profile');
    expect(authorize.searchParams.get('redirect_uri')).toBe(app.callbackUrl('oidc'));
    const flowCookie = start.setCookies.find((c) => c.startsWith('rt-sso-oidc='))!;
    expect(flowCookie).toMatch(/; Path=\/api\/auth\/sso\/oidc\/callback/);
    expect(flowCookie).toMatch(/; HttpOnly/);
    expect(flowCookie).toMatch(/; SameSite=Lax/);
    expect(flowCookie).toMatch(/; Max-Age=600/);
    // Sealed: none of the flow's secrets can be read from it.
    const sealed = flowCookie.split(';')[0]!.slice('rt-sso-oidc='.length);
    expect(sealed).not.toContain(authorize.searchParams.get('state'));
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain(authorize.searchParams.get('nonce'));
    // Only the callback path receives it.
    expect(browser.cookieHeader(new URL(`${app.url}/api/auth/state`))).not.toContain('rt-sso-oidc');

    const back = await browser.request(toCallback);
    expect(back.status).toBe(302);
    expect(back.location!.href).toBe(`${app.url}/w/abc?tab=plan`);
    expect(app.signIns).toEqual([
      {
        identity: { providerId: 'oidc', issuer: provider.issuer, subject: ANA.sub, email: ANA.email, emailVerified: true, name: ANA.name },
        allowedDomains: ['example.org'],
      },
    ]);
    expect(browser.cookie('rt_account')?.value).toBe('signed-in');
    expect(browser.cookie('rt-sso-oidc')).toBeUndefined(); // cleared at the callback
  });

  it('[SSO1] without a returnTo the person lands on My workshops', async () => {
    const browser = new FetchBrowser();
    const { toCallback } = await signInAtProvider(browser, ANA.email);
    const back = await browser.request(toCallback);
    expect(back.location!.href).toBe(`${app.url}/workshops`);
  });

  it('[SSO2] a callback whose state is not the pending sign-in\'s signs nobody in', async () => {
    const browser = new FetchBrowser();
    const { toCallback } = await signInAtProvider(browser, ANA.email);
    const forged = new URL(toCallback);
    forged.searchParams.set('state', 'an-attackers-state-value-0123456789abcdef');
    const back = await browser.request(forged);
    expect(back.location!.href).toBe(`${app.url}/sign-in?error=invalid_response`);
    expect(refusal()).toMatch(/"state"/);
    expect(app.signIns).toEqual([]);
    expect(browser.cookie('rt-sso-oidc')).toBeUndefined();
  });

  it('[SSO2] a callback without its pending sign-in (another browser, or the cookie gone) signs nobody in', async () => {
    const browser = new FetchBrowser();
    const { toCallback } = await signInAtProvider(browser, ANA.email);
    const other = new FetchBrowser();
    const back = await other.request(toCallback);
    expect(back.location!.href).toBe(`${app.url}/sign-in?error=invalid_response`);
    expect(refusal()).toMatch(/^no pending sign-in/);
    expect(app.signIns).toEqual([]);
  });

  it('[SSO2] a replayed callback, with the pending sign-in\'s cookie copied before it was used, signs nobody in a second time', async () => {
    const browser = new FetchBrowser();
    const { toCallback } = await signInAtProvider(browser, ANA.email);
    const copied = browser.cookieHeader(toCallback);
    expect(copied).toContain('rt-sso-oidc=');
    const first = await browser.request(toCallback);
    expect(first.location!.pathname).toBe('/workshops');

    const replay = await new FetchBrowser().request(toCallback, { cookieHeader: copied });
    expect(replay.location!.href).toBe(`${app.url}/sign-in?error=invalid_response`);
    expect(refusal()).toMatch(/invalid_grant/); // the provider redeems a code once
    expect(app.signIns).toHaveLength(1);
  });

  it('[SSO2] a changed flow cookie, or one older than ten minutes, signs nobody in', async () => {
    const tampered = new FetchBrowser();
    const { toCallback } = await signInAtProvider(tampered, ANA.email);
    const cookie = tampered.cookie('rt-sso-oidc')!;
    const bytes = Buffer.from(cookie.value, 'base64url');
    bytes[20] = bytes[20]! ^ 1;
    cookie.value = bytes.toString('base64url');
    expect((await tampered.request(toCallback)).location!.href).toBe(`${app.url}/sign-in?error=invalid_response`);
    expect(refusal()).toBe('the pending sign-in cannot be used (forged)');

    const late = new FetchBrowser();
    const second = await signInAtProvider(late, ANA.email);
    app.clockOffsetMs = PENDING_FLOW_TTL_MS + 1_000;
    expect((await late.request(second.toCallback)).location!.href).toBe(`${app.url}/sign-in?error=invalid_response`);
    expect(refusal()).toBe('the pending sign-in cannot be used (expired)');
    expect(app.signIns).toEqual([]);
  });

  it('[SSO3] someone who cancels at the provider comes back to the sign-in page with "cancelled"', async () => {
    const browser = new FetchBrowser();
    const start = await browser.request(startUrl());
    const atLogin = await browser.follow(start, (next) => next.pathname.startsWith('/interaction/'));
    const cancelled = await browser.request(new URL(`${atLogin.location!.pathname}/abort`, provider.issuer), { form: {} });
    const toCallback = await browser.follow(cancelled, isCallback);
    expect(toCallback.location!.searchParams.get('error')).toBe('access_denied');
    const back = await browser.request(toCallback.location!);
    expect(back.location!.href).toBe(`${app.url}/sign-in?error=cancelled`);
    expect(app.signIns).toEqual([]);
  });

  it('[SSO5] the allowed domains go to the account side with the provider\'s verified email; an address outside them ends with "domain_not_allowed"', async () => {
    const browser = new FetchBrowser();
    const { toCallback } = await signInAtProvider(browser, OUTSIDER.email);
    const back = await browser.request(toCallback);
    expect(back.location!.href).toBe(`${app.url}/sign-in?error=domain_not_allowed`);
    expect(app.signIns).toEqual([
      { identity: expect.objectContaining({ email: OUTSIDER.email, emailVerified: true }) as unknown, allowedDomains: ['example.org'] },
    ]);
    expect(browser.cookie('rt_account')).toBeUndefined();
  });

  it('[SSO5] an address the provider has not verified is passed on as unverified', async () => {
    const browser = new FetchBrowser();
    const { toCallback } = await signInAtProvider(browser, UNVERIFIED.email);
    const back = await browser.request(toCallback);
    expect(back.location!.href).toBe(`${app.url}/sign-in?error=domain_not_allowed`);
    expect(app.signIns[0]!.identity).toMatchObject({ email: UNVERIFIED.email, emailVerified: false });
  });

  it('[SSO5] whatever the account side refuses with is what the sign-in page is told; if it fails, "unavailable"', async () => {
    for (const answer of ['account_disabled', 'sign_up_closed', 'throw'] as const) {
      app.answer = answer;
      const browser = new FetchBrowser();
      const { toCallback } = await signInAtProvider(browser, ANA.email);
      const back = await browser.request(toCallback);
      expect(back.location!.href).toBe(`${app.url}/sign-in?error=${answer === 'throw' ? 'unavailable' : answer}`);
    }
  });

  it('[SSO4] a returnTo that is not a path on this site is refused with 400, and no sign-in starts', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'workshops', '/ok\nSet-Cookie: x=1', `/${'a'.repeat(2_000)}`]) {
      const browser = new FetchBrowser();
      const res = await browser.request(startUrl(returnTo));
      expect(res.status, returnTo).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'invalid_payload', message: 'returnTo must be a path on this site, like /workshops.' } });
      expect(res.setCookies).toEqual([]);
    }
    const repeated = await new FetchBrowser().request(`${app.url}/api/auth/sso/oidc/start?returnTo=/a&returnTo=/b`);
    expect(repeated.status).toBe(400);
  });

  it('[SSO4] an unknown provider is 404, at the start and at the callback', async () => {
    for (const path of ['/api/auth/sso/nobody/start', '/api/auth/sso/nobody/callback?code=x&state=y', '/api/auth/sso/__proto__/start']) {
      const res = await new FetchBrowser().request(`${app.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'not_found' } });
    }
  });
});

describe('a provider that is down', () => {
  it('[SSO3] a sign-in while the provider cannot be reached ends with "unavailable", and the next one, once it is back, goes through', async () => {
    // Find a free port, and have nothing listen there yet.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const issuer = `http://127.0.0.1:${port}`;
    const down = await startSsoTestApp([{ providerId: 'oidc', issuer, clientId: 'roundtable-test', clientSecret: 'not-yet-known', allowedDomains: ['example.org'], label: 'SSO' }]);
    try {
      const first = await new FetchBrowser().request(`${down.url}/api/auth/sso/oidc/start`);
      expect(first.status).toBe(302);
      expect(first.location!.href).toBe(`${down.url}/sign-in?error=unavailable`);
      expect(first.setCookies).toEqual([]);

      const back = await startTestOidcProvider({ users: [ANA], port, redirectUris: [down.callbackUrl('oidc')] });
      try {
        const second = await new FetchBrowser().request(`${down.url}/api/auth/sso/oidc/start`);
        expect(second.status).toBe(302);
        expect(second.location!.origin).toBe(issuer);
        expect(second.location!.pathname).not.toBe('/sign-in');
      } finally {
        await back.close();
      }
    } finally {
      await down.close();
    }
  });
});
