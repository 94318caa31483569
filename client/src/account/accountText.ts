import { SSO_ERROR_CODES, type SsoErrorCode } from '@roundtable/shared/accounts/accountRest';
import type { RestFailure } from '../api/restClient';
import { restFailureText } from '../api/restFailureText';
import type { AccountMessages } from '../i18n/messages.accounts.en';
import type { Messages } from '../i18n/messages.en';

/**
 * One sentence for a refused account request. The server's own sentence says most (which passkey, which code, which
 * rule); without one, our text for the code; field errors are shown beside their fields, so the summary says so.
 */
export function accountFailureText(t: Messages, ta: AccountMessages, failure: RestFailure): string {
  if (failure.code === 'network') return t.networkError;
  if (failure.code === 'invalid_payload' && Object.keys(failure.fields).length > 0) return ta.signUp.fixFields;
  if (failure.message) return failure.message;
  if (failure.code === 'unauthorized') return ta.errors.signedOut;
  if (failure.code === 'forbidden') return ta.errors.forbidden;
  if (failure.code === 'rate_limited') return ta.errors.rateLimited;
  if (failure.code === 'conflict' || failure.code === 'not_found') return ta.errors.expired;
  return restFailureText(t, failure);
}

/** What the sign-in page says for `?error=` from a single sign-on's callback; null when there is none. */
export function ssoErrorText(ta: AccountMessages, code: string | null): string | null {
  if (code === null || code === '') return null;
  return (SSO_ERROR_CODES as readonly string[]).includes(code) ? ta.signIn.ssoErrors[code as SsoErrorCode] : ta.signIn.ssoUnknownError;
}

/**
 * Where to go once signed in: a path of this site from `?returnTo=`, else My workshops. Anything that could lead
 * elsewhere (another origin, `//host`, a backslash, a scheme) is ignored, so a crafted sign-in link cannot send
 * someone off-site.
 */
export function safeReturnTo(value: string | null, fallback = '/workshops'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  if (/^\/(sign-in|sign-up|setup)(\/|\?|#|$)/.test(value)) return fallback;
  return [...value].some((c) => c.charCodeAt(0) < 0x20) ? fallback : value;
}

/**
 * A link from the server as a path of this site (`/w/abc`), so the app opens it without reloading; a link to another
 * origin (or one that does not parse) is kept whole.
 */
export function sameOriginPath(url: string, origin: string): string {
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : url;
  } catch {
    return url;
  }
}

/** A secret carried as `#<name>=…` in a link (setup, invitation); null when the fragment has none. */
export function secretFromFragment(hash: string, name: string): string | null {
  const value = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).get(name)?.trim();
  return value ? value : null;
}

/** The recovery codes as the text file a person downloads: who they are for, when they were made, one code a line. */
export function recoveryCodesFile(ta: AccountMessages, codes: readonly string[], email: string, madeOn: string): string {
  return [ta.recoveryCodes.fileHeading(email), ta.recoveryCodes.fileMade(madeOn), '', ...codes, ''].join('\n');
}

/** A date and time as people read it here ("7 Dec 2026, 18:20"); an unreadable value is shown as it came. */
export function formatWhen(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
}
