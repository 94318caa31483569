import type { Request, Response } from 'express';
import type { SsoErrorCode } from '@roundtable/shared/accounts/accountRest';

/**
 * What a single sign-on provider vouches for once its callback has been verified (state, nonce, PKCE, the ID token's
 * issuer, audience and expiry): who the person is at that provider.
 */
export interface SsoIdentity {
  providerId: string;
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/** The accounts side of single sign-on: turns a verified identity into a signed-in account, or says why not. */
export interface SsoSignIn {
  /** finds or creates the account (by the sign-up policy and the provider's allowed domains), starts a session (sets the cookie) — or says why not */
  signIn(
    identity: SsoIdentity,
    allowedDomains: readonly string[],
    req: Request,
    res: Response,
  ): Promise<{ ok: true } | { ok: false; code: SsoErrorCode }>;
}
