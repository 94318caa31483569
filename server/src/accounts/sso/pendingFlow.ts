import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * A single sign-on between its start and its callback: what the callback must check the provider's answer against.
 * It travels in a cookie rather than in server memory or the database, so the callback may land on any server.
 */
export interface PendingFlow {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A path on this site to go to once signed in. */
  returnTo: string;
  /** Epoch milliseconds after which the callback is refused. */
  expiresAt: number;
}

/** Long enough to sign in at a provider (with its multi-factor step); short enough that a stale tab is refused. */
export const PENDING_FLOW_TTL_MS = 10 * 60 * 1000;

const pendingFlowSchema = z.strictObject({
  providerId: z.string().max(64),
  state: z.string().min(16).max(128),
  nonce: z.string().min(16).max(128),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().min(1).max(2_048),
  expiresAt: z.number().int(),
});

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A sealed flow is ~400 characters; anything far longer did not come from us. */
const SEALED_MAX_CHARS = 4_096;

/**
 * The key that seals a provider's pending flows, derived from that provider's client secret: every server of an
 * instance already holds it and nothing else may, so flows need no key of their own to configure or share.
 */
export function pendingFlowKey(clientSecret: string, providerId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', clientSecret, 'roundtable', `sso pending flow v1 ${providerId}`, 32));
}

/**
 * Seals a flow for its cookie with AES-256-GCM: nobody can read its nonce and code verifier (the cookie is HttpOnly
 * too) or plant a flow of their own, since a changed or forged cookie fails its tag. The provider id is bound in as
 * associated data, so one provider's cookie cannot stand for another's.
 */
export function sealPendingFlow(flow: PendingFlow, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(flow.providerId));
  const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

export type OpenedFlow = { ok: true; flow: PendingFlow } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

/** Opens a sealed flow for `providerId`, or says why it cannot be used. */
export function openPendingFlow(sealed: string, key: Buffer, providerId: string, now: number): OpenedFlow {
  if (sealed.length > SEALED_MAX_CHARS || !/^[A-Za-z0-9_-]+$/.test(sealed)) return { ok: false, reason: 'malformed' };
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES + 2) return { ok: false, reason: 'malformed' };
  let json: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(providerId));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    json = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return { ok: false, reason: 'forged' };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = pendingFlowSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  if (parsed.data.expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, flow: parsed.data };
}

const RETURN_TO_MAX_CHARS = 1_024;

/**
 * Where to go after signing in, if `value` is a path on this site: it starts with one `/`, holds no backslash or
 * control character (browsers read `/\evil.example` as another host), and resolves to this same origin. Anything
 * else — an absolute URL, `//host`, `javascript:` — is null, so a sign-in link can never send anyone elsewhere.
 */
export function sameSitePath(value: string): string | null {
  if (value.length === 0 || value.length > RETURN_TO_MAX_CHARS) return null;
  if (!value.startsWith('/') || value.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  const base = 'https://roundtable.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
