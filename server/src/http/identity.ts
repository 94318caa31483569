import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookie } from 'cookie';
import type { CookieOptions, Request, RequestHandler, Response } from 'express';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { MemberRecord, WorkshopStore } from '../store/workshopStore';
import { hashToken } from './secrets';

/** One cookie per workshop, so one browser can be a participant in one workshop and facilitate another. */
export function sessionCookieName(workshopId: string): string {
  return `rt_${workshopId}`;
}

/** Members come back months later for session five, so the cookie outlives a typical session. */
export const SESSION_COOKIE_MAX_AGE_MS = 240 * 24 * 60 * 60 * 1000;

/** The token a request carries for this workshop: `Authorization: Bearer …` first, else the workshop's cookie. */
export function tokenFromHeaders(headers: IncomingHttpHeaders, workshopId: string, explicit?: string): string | null {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim() || null;
  if (explicit) return explicit;
  const cookies = headers.cookie ? parseCookie(headers.cookie) : {};
  return cookies[sessionCookieName(workshopId)] ?? null;
}

/** A facilitator account's session cookie (server/src/accounts/): one per browser, whatever the workshop. */
export const ACCOUNT_COOKIE = 'rt_account';

/** The account session token a request carries in its cookie (never in a header or a body). */
export function accountTokenFromHeaders(headers: IncomingHttpHeaders): string | null {
  const token = headers.cookie ? parseCookie(headers.cookie)[ACCOUNT_COOKIE] : undefined;
  return token && token.length <= 200 ? token : null;
}

/**
 * Workshop access through facilitator accounts (server/src/accounts/accountSeats.ts): the seat a signed-in account
 * keeps in a workshop, and whether a seat's account has been disabled.
 */
export interface AccountSeats {
  /** [ACC10] The facilitator this request's live account session (its `rt_account` cookie) keeps in the workshop. */
  memberOfAccount(headers: IncomingHttpHeaders, workshopId: WorkshopId): Promise<MemberRecord | null>;
  /** [ADM5] Whether the seat is kept by an account that has been disabled: then no key opens it, its link included. */
  seatDisabled(workshopId: WorkshopId, memberId: MemberId): Promise<boolean>;
}

/** The account seats of the app serving this request, if it has accounts (set by createServer). */
export function accountSeatsOf(req: Request): AccountSeats | undefined {
  return (req.app.locals as { accountSeats?: AccountSeats }).accountSeats;
}

/**
 * The member a request is, for this workshop: the member its token (link or workshop cookie) belongs to, if it belongs
 * to this workshop and has not been removed; else, given the account seats and the request's headers, the seat its
 * account session keeps there. A seat kept by a disabled account opens by neither.
 */
export async function authenticate(
  store: WorkshopStore,
  workshopId: WorkshopId,
  token: string | null,
  viaAccount?: { seats: AccountSeats; headers: IncomingHttpHeaders },
): Promise<MemberRecord | null> {
  if (token && token.length <= 200) {
    const member = await store.findMemberByTokenHash(hashToken(token));
    if (member && member.workshopId === workshopId) {
      if (viaAccount && member.role === 'facilitator' && (await viaAccount.seats.seatDisabled(workshopId, member.memberId))) return null;
      return member;
    }
  }
  return viaAccount ? viaAccount.seats.memberOfAccount(viaAccount.headers, workshopId) : null;
}

/**
 * [SEC3] Every cookie set while answering a request that reached us over https is `Secure`: over https when PUBLIC_URL
 * is https, or when the request is as Express sees it (TLS here, or `X-Forwarded-Proto` from a proxy it trusts,
 * TRUST_PROXY_HOPS). Over plain http (`npm start` on localhost) a Secure cookie would never be stored, so there it
 * is left as the route set it. Mounted once before every route, so no route can forget it.
 */
export function secureCookies(publicHttps: boolean): RequestHandler {
  return (req, res, next) => {
    if (publicHttps || req.secure) {
      const setCookie = res.cookie.bind(res) as (name: string, value: unknown, options: CookieOptions) => Response;
      res.cookie = ((name: string, value: unknown, options: CookieOptions = {}) => setCookie(name, value, { ...options, secure: true })) as Response['cookie'];
    }
    next();
  };
}
