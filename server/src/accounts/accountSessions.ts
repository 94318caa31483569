import type { IncomingHttpHeaders } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AccountSummary } from '@roundtable/shared/accounts/accountRest';
import { ACCOUNT_COOKIE, accountTokenFromHeaders } from '../http/identity';
import { sendError } from '../http/restRoutes';
import { hashToken, newId, newToken } from '../http/secrets';
import type { AccountRecord, AccountStore, SessionRecord } from './accountStore';

/** A session nobody has used for this long has ended; each use moves it on. */
export const ACCOUNT_SESSION_IDLE_MS = 30 * 24 * 60 * 60 * 1000;

export interface SignedInRequest {
  session: SessionRecord;
  account: AccountRecord;
}

export const summaryOf = (a: AccountRecord): AccountSummary => ({ accountId: a.accountId, displayName: a.displayName, email: a.email, role: a.role });

/** The live session (and its enabled account) a request's cookie belongs to. */
export async function sessionOf(accounts: AccountStore, headers: IncomingHttpHeaders): Promise<SignedInRequest | null> {
  const token = accountTokenFromHeaders(headers);
  if (!token) return null;
  const now = Date.now();
  return accounts.findLiveSession(hashToken(token), new Date(now - ACCOUNT_SESSION_IDLE_MS).toISOString(), new Date(now).toISOString());
}

/** "Firefox on Windows": enough to tell one's devices apart in the sessions list, from the User-Agent at sign-in. */
export function describeDevice(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\//.test(ua)
      ? 'Opera'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrome\/|Chromium\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : null;
  const system = /iPhone|iPad/.test(ua)
    ? 'iOS'
    : /Android/.test(ua)
      ? 'Android'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null;
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? 'An unknown browser';
}

export { ACCOUNT_COOKIE, accountTokenFromHeaders };

/** Starts a session for the account on this browser: stores its token's hash and sets the cookie (HttpOnly, SameSite=Lax, Secure over https). */
export async function startSession(accounts: AccountStore, account: AccountRecord, req: Request, res: Response): Promise<SessionRecord> {
  const token = newToken();
  const session = await accounts.createSession({
    sessionId: newId(),
    tokenHash: hashToken(token),
    accountId: account.accountId,
    device: describeDevice(req.get('user-agent')),
    at: new Date().toISOString(),
  });
  res.cookie(ACCOUNT_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, maxAge: ACCOUNT_SESSION_IDLE_MS, path: '/' });
  return session;
}

export function clearAccountCookie(req: Request, res: Response): void {
  res.clearCookie(ACCOUNT_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * [ACC9] A state-changing request that carries the account cookie must come from one of our own pages: its `Origin`
 * is the server's (PUBLIC_URL's, or the request's own host) or a configured extra origin. Browsers send Origin on
 * every such request, so one without it is refused too. SameSite=Lax already keeps the cookie off another site's
 * POSTs; this also covers sibling sites (another subdomain) and older browsers.
 */
export function accountOriginCheck(publicUrl: (req: Request) => string, allowedOrigins: readonly string[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || !accountTokenFromHeaders(req.headers)) return next();
    const origin = req.get('origin');
    if (origin && (origin === new URL(publicUrl(req)).origin || allowedOrigins.includes(origin) || sameHost(origin, req.get('host')))) return next();
    sendError(res, { code: 'forbidden', message: 'This request did not come from a Roundtable page, so it was refused. Reload the page and try again.' });
  };
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The signed-in account, or a 401 already sent. */
export async function requireSignedIn(accounts: AccountStore, req: Request, res: Response): Promise<SignedInRequest | null> {
  const signedIn = await sessionOf(accounts, req.headers);
  if (!signedIn) sendError(res, { code: 'unauthorized', message: 'Sign in to your account first.' });
  return signedIn;
}

/** An administrator's session, or 401 (not signed in) / 403 (signed in, not an administrator) already sent. */
export async function requireAdministrator(accounts: AccountStore, req: Request, res: Response): Promise<SignedInRequest | null> {
  const signedIn = await requireSignedIn(accounts, req, res);
  if (signedIn && signedIn.account.role !== 'admin') {
    sendError(res, { code: 'forbidden', message: 'Only an administrator of this Roundtable can do that.' });
    return null;
  }
  return signedIn;
}
