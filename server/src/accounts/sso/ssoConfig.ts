/** One OpenID Connect provider people may sign in with (config.sso, from the OIDC_* variables). */
export interface SsoProviderConfig {
  /** In the sign-in URLs (`/api/auth/sso/<providerId>/start`): lower-case letters, digits and dashes. */
  providerId: string;
  /** The issuer identifier; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Email domains (lower case) whose people may sign in by this provider; empty: any it vouches for. The account side applies them. */
  allowedDomains: readonly string[];
  /** What the sign-in button says. */
  label: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An issuer must be https: its discovery document and keys decide whom we believe. Plain http is allowed only on
 * this machine's loopback (a test provider, a Keycloak on a developer's laptop), where no one else is on the wire.
 */
export function isAcceptableIssuer(issuer: string): boolean {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  if (url.search || url.hash || url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}
