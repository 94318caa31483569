import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookie } from 'cookie';
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
