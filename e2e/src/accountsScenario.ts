import type { CDPSession, Page } from 'playwright-core';
import { startTestOidcProvider, type TestOidcProvider } from '../../server/src/accounts/sso/e2eSsoProvider';
import { startServerProcess, type ServerProcess } from './serverProcess';

/*
 * Facilitator accounts end to end: a fresh server (its first start prints the setup link) with single sign-on to a
 * real OpenID Connect provider started beside it, and Chromium's virtual authenticators standing in for the
 * passkeys of a laptop, a second laptop and a phone.
 */

/** The organisation whose staff may sign in by single sign-on. */
export const ALLOWED_DOMAIN = 'northshire.gov.uk';
/** What the single sign-on button says (OIDC_LABEL). */
export const SSO_LABEL = 'Sign in with Northshire Council';

export const admin = { name: 'Fiona Fairweather', email: 'fiona@northshire-cvs.org.uk' };
export const coFacilitator = { name: 'Sam Okafor', email: `sam.okafor@${ALLOWED_DOMAIN}` };
/** Invited by link to sign up with a passkey. */
export const invited = { name: 'Priya Patel', email: 'priya.patel@darlington-cvs.org.uk' };
/** Known to the provider, but from an organisation that may not sign in here. */
export const outsider = { name: 'Eve Elsewhere', email: 'eve@elsewhere.example' };
export const workshop = { title: 'Northshire PIP 2027', area: 'Northshire', facilitatorName: admin.name };

/** How long after its ready line the server may take to print the setup link. */
const SETUP_LINK_WITHIN_MS = 10_000;

export interface AccountsServer extends ServerProcess {
  provider: TestOidcProvider;
  /** The setup link the server prints on its first start, just after it is ready; null if none came within a few seconds. */
  setupUrl(): Promise<string | null>;
}

/**
 * The provider first (the server needs its issuer to start), then the server on a fresh database, then the server's
 * callback registered with the provider. `stop` stops both.
 */
export async function startAccountsServer(): Promise<AccountsServer> {
  const provider = await startTestOidcProvider({
    users: [
      { email: coFacilitator.email, name: coFacilitator.name },
      { email: outsider.email, name: outsider.name },
    ],
  });
  let server: ServerProcess;
  try {
    server = await startServerProcess({
      env: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_ALLOWED_DOMAINS: ALLOWED_DOMAIN,
        OIDC_LABEL: SSO_LABEL,
      },
    });
  } catch (error) {
    await provider.close();
    throw error;
  }
  provider.setRedirectUris([`${server.url}/api/auth/sso/oidc/callback`]);
  return {
    ...server,
    provider,
    async setupUrl() {
      for (let waited = 0; waited <= SETUP_LINK_WITHIN_MS; waited += 100) {
        const token = /\/setup#token=([A-Za-z0-9_-]+)/.exec(server.output())?.[1];
        if (token) return `${server.url}/setup#token=${token}`;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    },
    async stop() {
      const results = await Promise.allSettled([server.stop(), provider.close()]);
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      if (failures.length > 0) throw new AggregateError(failures, 'Could not stop the server or the test provider.');
    },
  };
}

/** A device's passkey store: Chromium's virtual authenticator in one page, which answers without a prompt. */
export interface VirtualAuthenticator {
  cdp: CDPSession;
  authenticatorId: string;
}

export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { cdp, authenticatorId };
}

/** The passkeys this authenticator holds (with their private keys: a virtual authenticator hands them out). */
export async function credentialsOf(authenticator: VirtualAuthenticator) {
  const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', { authenticatorId: authenticator.authenticatorId });
  return credentials;
}

/**
 * The same passkeys on another device, as a synced passkey (a password manager's, a platform's) would be: each of
 * `from`'s credentials replaces the one of the same id on `to`. A virtual authenticator counts its signatures, and the
 * server refuses a count that goes backwards (a cloned key); synced passkeys carry one count (or none) for all their
 * devices, so a device that signs in after another has signed in is brought up to date first.
 */
export async function copyCredentials(from: VirtualAuthenticator, to: VirtualAuthenticator): Promise<number> {
  const credentials = await credentialsOf(from);
  const held = new Set((await credentialsOf(to)).map((c) => c.credentialId));
  for (const credential of credentials) {
    if (held.has(credential.credentialId)) await to.cdp.send('WebAuthn.removeCredential', { authenticatorId: to.authenticatorId, credentialId: credential.credentialId });
    await to.cdp.send('WebAuthn.addCredential', { authenticatorId: to.authenticatorId, credential });
  }
  return credentials.length;
}
