import { parse as parseCookie } from 'cookie';
import { Router, type Request, type Response } from 'express';
import * as oidc from 'openid-client';
import type { SsoErrorCode } from '@roundtable/shared/accounts/accountRest';
import type { Logger } from '../../app/logger';
import { sendError } from '../../http/restRoutes';
import { OidcProviderClient, SsoFlowError } from './oidcClient';
import { openPendingFlow, PENDING_FLOW_TTL_MS, pendingFlowKey, sameSitePath, sealPendingFlow } from './pendingFlow';
import { isAcceptableIssuer, type SsoProviderConfig } from './ssoConfig';
import type { SsoSignIn } from './ssoSeam';

export interface SsoRoutesDeps {
  providers: readonly SsoProviderConfig[];
  signIn: SsoSignIn['signIn'];
  /** The address people use (PUBLIC_URL, or the request's own origin): our callback URL is made from it. */
  publicUrl: (req: Request) => string;
  logger: Logger;
  /** Epoch milliseconds; tests move it to expire a pending flow. */
  now?: () => number;
}

/** Where a signed-in person goes when the sign-in page gave no returnTo: My workshops. */
export const SSO_DEFAULT_RETURN_TO = '/workshops';

const flowCookieName = (providerId: string) => `rt-sso-${providerId}`;
const callbackPath = (req: Request, providerId: string) => `${req.baseUrl}/auth/sso/${providerId}/callback`;
const failurePath = (code: SsoErrorCode) => `/sign-in?error=${code}`;

/**
 * Single sign-on by OpenID Connect (mounted under /api):
 *
 * - `GET /auth/sso/:providerId/start?returnTo=/path` makes a state, a nonce and a PKCE code verifier, keeps them
 *   (with returnTo) in a sealed cookie that only our callback path receives, and redirects to the provider.
 * - `GET /auth/sso/:providerId/callback` takes the cookie (and clears it: a pending flow is good for one answer),
 *   verifies the provider's answer against it, and hands who the provider vouched for to the account side, which
 *   starts a session or says why not. It redirects to returnTo, or to `/sign-in?error=<SsoErrorCode>`; the reason is
 *   logged, never shown.
 *
 * The flow cookie is SameSite=Lax so that it comes back on the provider's top-level redirect to us (a GET), and lives
 * ten minutes. Nothing is kept in server memory between the two requests, so the callback may reach any server.
 */
export function ssoRoutes(deps: SsoRoutesDeps): Router {
  const now = deps.now ?? Date.now;
  const providers = new Map(
    deps.providers.map((p) => [p.providerId, { config: p, client: new OidcProviderClient(p), key: pendingFlowKey(p.clientSecret, p.providerId) }]),
  );
  for (const p of deps.providers) {
    if (!isAcceptableIssuer(p.issuer)) deps.logger.error({ providerId: p.providerId, issuer: p.issuer }, 'single sign-on is off: its issuer must be https (plain http only on localhost)');
  }
  const router = Router();

  const providerOf = (req: Request, res: Response) => {
    const provider = providers.get(String(req.params.providerId));
    if (!provider) sendError(res, { code: 'not_found', message: 'This instance has no such single sign-on provider.' });
    return provider;
  };
  const redirectUri = (req: Request, providerId: string) => `${deps.publicUrl(req)}${callbackPath(req, providerId)}`;

  router.get('/auth/sso/:providerId/start', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const provider = providerOf(req, res);
    if (!provider) return;
    const { providerId } = provider.config;
    const asked = req.query.returnTo;
    let returnTo = SSO_DEFAULT_RETURN_TO;
    if (asked !== undefined) {
      const path = typeof asked === 'string' ? sameSitePath(asked) : null;
      if (path === null) {
        return sendError(res, { code: 'invalid_payload', message: 'returnTo must be a path on this site, like /workshops.', fields: { returnTo: 'A path on this site, like /workshops.' } });
      }
      returnTo = path;
    }
    const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    let target: URL;
    try {
      target = await provider.client.authorizationUrl(redirectUri(req, providerId), checks);
    } catch (error) {
      const failure = error instanceof SsoFlowError ? error : new SsoFlowError('unavailable', 'the sign-in could not start', { cause: error });
      deps.logger.warn({ providerId, reason: failure.reason, err: failure.cause }, 'single sign-on could not start');
      return res.redirect(302, failurePath(failure.code));
    }
    const sealed = sealPendingFlow({ providerId, ...checks, returnTo, expiresAt: now() + PENDING_FLOW_TTL_MS }, provider.key);
    res.cookie(flowCookieName(providerId), sealed, { httpOnly: true, sameSite: 'lax', path: callbackPath(req, providerId), maxAge: PENDING_FLOW_TTL_MS });
    res.redirect(302, target.href);
  });

  router.get('/auth/sso/:providerId/callback', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const provider = providerOf(req, res);
    if (!provider) return;
    const { providerId } = provider.config;
    const fail = (code: SsoErrorCode, reason: string, err?: unknown) => {
      deps.logger.warn({ providerId, reason, err }, 'single sign-on refused');
      res.redirect(302, failurePath(code));
    };
    const cookieName = flowCookieName(providerId);
    const sealed = req.headers.cookie ? parseCookie(req.headers.cookie)[cookieName] : undefined;
    res.clearCookie(cookieName, { httpOnly: true, sameSite: 'lax', path: callbackPath(req, providerId) });
    if (!sealed) return fail('invalid_response', 'no pending sign-in (no flow cookie: expired, already used, or never started in this browser)');
    const opened = openPendingFlow(sealed, provider.key, providerId, now());
    if (!opened.ok) return fail('invalid_response', `the pending sign-in cannot be used (${opened.reason})`);
    const { flow } = opened;

    const search = new URL(req.originalUrl, 'http://callback.invalid').search;
    let claims;
    try {
      claims = await provider.client.verifyCallback(new URL(`${redirectUri(req, providerId)}${search}`), redirectUri(req, providerId), flow);
    } catch (error) {
      const failure = error instanceof SsoFlowError ? error : new SsoFlowError('invalid_response', 'the answer could not be checked', { cause: error });
      return fail(failure.code, failure.reason, failure.code === 'unavailable' ? failure.cause : undefined);
    }

    let result: Awaited<ReturnType<SsoSignIn['signIn']>>;
    try {
      result = await deps.signIn({ providerId, ...claims }, provider.config.allowedDomains, req, res);
    } catch (error) {
      deps.logger.error({ providerId, err: error }, 'single sign-on: the account side failed');
      return res.redirect(302, failurePath('unavailable'));
    }
    if (!result.ok) return fail(result.code, `the account side refused: ${result.code}`);
    deps.logger.info({ providerId, issuer: claims.issuer }, 'signed in by single sign-on');
    res.redirect(302, flow.returnTo);
  });

  return router;
}
