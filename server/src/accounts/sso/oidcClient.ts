import * as oidc from 'openid-client';
import type { SsoErrorCode } from '@roundtable/shared/accounts/accountRest';
import { isAcceptableIssuer, type SsoProviderConfig } from './ssoConfig';

/** How long one request to a provider (discovery, token, userinfo, keys) may take before the sign-in gives up. */
export const PROVIDER_TIMEOUT_S = 10;
/** What we ask for: the person's id (`openid`), their email address and whether the provider checked it, their name. */
const SCOPE = 'openid email profile';

/** What a provider vouched for, once its answer to our callback has been checked. */
export interface VerifiedClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/** Why a callback failed, for the person (`code`) and for the log (`reason`). */
export class SsoFlowError extends Error {
  constructor(
    readonly code: SsoErrorCode,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

/**
 * One provider's client. Discovery runs on first use, not at start-up, so a provider that is down when the server
 * starts does not stop it: that sign-in answers `unavailable`, and the next one tries discovery again. Once
 * discovered, the metadata is kept; openid-client fetches the provider's signing keys when it first needs them and
 * again when a token names a key it has not seen (a key rotation).
 */
export class OidcProviderClient {
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(readonly provider: SsoProviderConfig) {}

  private configuration(): Promise<oidc.Configuration> {
    if (!isAcceptableIssuer(this.provider.issuer)) {
      return Promise.reject(new Error(`the issuer ${this.provider.issuer} is not https (plain http is accepted on localhost only)`));
    }
    if (!this.discovered) {
      const insecure = new URL(this.provider.issuer).protocol === 'http:'; // on loopback only, by isAcceptableIssuer
      const pending = oidc.discovery(new URL(this.provider.issuer), this.provider.clientId, this.provider.clientSecret, undefined, {
        timeout: PROVIDER_TIMEOUT_S,
        // The ID token comes straight from the token endpoint over TLS, which OpenID Connect lets stand for its
        // signature; we check the signature against the provider's published keys as well, so a token that did
        // not come from the provider's key is refused whatever the channel.
        execute: insecure ? [oidc.enableNonRepudiationChecks, oidc.allowInsecureRequests] : [oidc.enableNonRepudiationChecks],
      });
      this.discovered = pending;
      pending.catch(() => {
        if (this.discovered === pending) this.discovered = null;
      });
    }
    return this.discovered;
  }

  /** The provider's authorisation URL for a new sign-in, with its PKCE challenge (S256), state and nonce. */
  async authorizationUrl(redirectUri: string, checks: { state: string; nonce: string; codeVerifier: string }): Promise<URL> {
    const config = await this.configuration().catch((cause: unknown) => {
      throw new SsoFlowError('unavailable', `discovery of ${this.provider.issuer} failed`, { cause });
    });
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: SCOPE,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
  }

  /**
   * Checks the provider's answer at our callback against the pending flow and redeems its code: the state must match,
   * the code is exchanged with the PKCE verifier, and the ID token must be signed by one of the provider's keys, issued by
   * its issuer, for our client id, unexpired and carrying our nonce (all checked by openid-client). The email comes
   * from the ID token, or from userinfo when the provider keeps it there (for the same subject).
   */
  async verifyCallback(
    callbackUrl: URL,
    redirectUri: string,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<VerifiedClaims> {
    const config = await this.configuration().catch((cause: unknown) => {
      throw new SsoFlowError('unavailable', `discovery of ${this.provider.issuer} failed`, { cause });
    });
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(
        config,
        callbackUrl,
        { pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true },
        { redirect_uri: redirectUri },
      );
    } catch (error) {
      throw classify(error);
    }
    const claims = tokens.claims();
    if (!claims) throw new SsoFlowError('invalid_response', 'the token response had no ID token');
    let email = typeof claims.email === 'string' ? claims.email : null;
    let emailVerified = vouchesForEmail(claims);
    let name = typeof claims.name === 'string' ? claims.name : null;
    if (email === null) {
      try {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        email = typeof info.email === 'string' ? info.email : null;
        emailVerified = vouchesForEmail(info);
        name ??= typeof info.name === 'string' ? info.name : null;
      } catch (error) {
        throw classify(error);
      }
    }
    return { issuer: claims.iss, subject: claims.sub, email: email?.trim().toLowerCase() || null, emailVerified, name: name?.trim() || null };
  }
}

/** What a failure from openid-client means for the person: they cancelled, the provider is unreachable, or the answer is not to be believed. */
function classify(error: unknown): SsoFlowError {
  if (error instanceof oidc.AuthorizationResponseError) {
    if (error.error === 'access_denied') return new SsoFlowError('cancelled', `the provider answered access_denied: ${error.error_description ?? ''}`.trim(), { cause: error });
    if (error.error === 'temporarily_unavailable' || error.error === 'server_error') {
      return new SsoFlowError('unavailable', `the provider answered ${error.error}`, { cause: error });
    }
    return new SsoFlowError('invalid_response', `the provider answered ${error.error}: ${error.error_description ?? ''}`.trim(), { cause: error });
  }
  if (error instanceof oidc.ResponseBodyError) {
    return new SsoFlowError(error.status >= 500 ? 'unavailable' : 'invalid_response', `the provider's ${error.error} (HTTP ${error.status}): ${error.error_description ?? ''}`.trim(), {
      cause: error,
    });
  }
  if (error instanceof TypeError && error.message === 'fetch failed') return new SsoFlowError('unavailable', 'the provider could not be reached', { cause: error });
  if (error instanceof oidc.ClientError && (error.code === 'OAUTH_TIMEOUT' || error.code === 'OAUTH_ABORT')) {
    return new SsoFlowError('unavailable', 'the provider did not answer in time', { cause: error });
  }
  const detail = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
  return new SsoFlowError('invalid_response', detail, { cause: error });
}

/**
 * [SSO5] Whether the provider vouches that the address is its holder's: `email_verified` (the standard claim; Google,
 * Keycloak), or Microsoft Entra ID's `xms_edov` ("email domain owner verified", its optional claim: Entra sends no
 * `email_verified`, so without it no Entra account could ever be matched by its address).
 */
export function vouchesForEmail(claims: Record<string, unknown>): boolean {
  return claims.email_verified === true || claims.xms_edov === true || claims.xms_edov === '1' || claims.xms_edov === 'true';
}
