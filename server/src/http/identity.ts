import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookie } from 'cookie';
import type { CookieOptions, RequestHandler, Response } from 'express';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
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

/** The member a token belongs to, only if it belongs to this workshop and has not been removed. */
export async function authenticate(store: WorkshopStore, workshopId: WorkshopId, token: string | null): Promise<MemberRecord | null> {
  if (!token || token.length > 200) return null;
  const member = await store.findMemberByTokenHash(hashToken(token));
  return member && member.workshopId === workshopId ? member : null;
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
