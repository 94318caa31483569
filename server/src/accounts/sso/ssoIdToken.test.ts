import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FetchBrowser } from './fetchBrowser';
import { startMisbehavingOidcProvider, type IdTokenFault, type MisbehavingOidcProvider } from './misbehavingOidcProvider';
import { startSsoTestApp, type SsoTestApp } from './ssoTestApp';

/*
 * The ID token's checks, against a provider made to issue the tokens a real one never would. Each refusal is
 * matched with the reason logged, so a test cannot pass by failing for some other reason.
 */

const USER = { sub: 'ana-1', email: 'ana@example.org', name: 'Ana Facilitator' };
let provider: MisbehavingOidcProvider;
let app: SsoTestApp;

beforeAll(async () => {
  provider = await startMisbehavingOidcProvider(USER);
  app = await startSsoTestApp([
    { providerId: 'oidc', issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, allowedDomains: ['example.org'], label: 'SSO' },
  ]);
});
afterAll(async () => {
  await app.close();
  await provider.close();
});
afterEach(() => {
  app.signIns.length = 0;
  app.logs.length = 0;
  provider.fault = 'none';
});

async function signInWith(fault: IdTokenFault): Promise<string> {
  provider.fault = fault;
  const browser = new FetchBrowser();
  const start = await browser.request(`${app.url}/api/auth/sso/oidc/start?returnTo=/workshops`);
  const last = await browser.follow(start, (next) => next.origin === app.url && !next.pathname.startsWith('/api/'));
  return last.location!.href.slice(app.url.length);
}

describe('the ID token', () => {
  it('[SSO2] a correct one, with the email in the token itself, signs in (and the token request carried the PKCE verifier)', async () => {
    expect(await signInWith('none')).toBe('/workshops');
    expect(app.signIns.map((s) => s.identity)).toEqual([{ providerId: 'oidc', issuer: provider.issuer, subject: USER.sub, email: USER.email, emailVerified: true, name: USER.name }]);
    expect(provider.tokenRequests.at(-1)).toEqual({ pkceOk: true });
  });

  it('[SSO5] Microsoft Entra ID\'s xms_edov counts as a verified address; a token that vouches for none passes the address on as unverified', async () => {
    expect(await signInWith('entra_style')).toBe('/workshops');
    expect(await signInWith('unverified')).toBe('/sign-in?error=domain_not_allowed');
    expect(app.signIns.map((s) => s.identity.emailVerified)).toEqual([true, false]);
  });

  const refusals: [string, IdTokenFault, RegExp][] = [
    ['from another issuer', 'other_issuer', /"iss"/],
    ['for another client', 'other_audience', /"aud"/],
    ['that has expired', 'expired', /"exp"|timestamp/],
    ['carrying another sign-in\'s nonce', 'wrong_nonce', /"nonce"/],
    ['signed by a key that is not the provider\'s', 'other_key', /JWT signature verification failed/],
    ['missing from the token response', 'no_id_token', /id_token/],
  ];
  it.each(refusals)('[SSO2] an ID token %s signs nobody in (%s)', async (_what, fault, reason) => {
    expect(await signInWith(fault)).toBe('/sign-in?error=invalid_response');
    expect(app.signIns).toEqual([]);
    const refused = app.logs.find((l) => l.msg === 'single sign-on refused');
    expect(refused?.reason).toMatch(reason);
  });
});
