import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type JWK } from 'oidc-provider';

/** Someone who can sign in at the test provider, by typing their email address on its sign-in page. */
export interface TestOidcUser {
  email: string;
  /** Default: true. */
  emailVerified?: boolean;
  name?: string;
  /** The provider's id for them; default: made from the email address. */
  sub?: string;
}

export interface TestOidcProviderOptions {
  /** Our callback URLs the provider will redirect to; more can be set later with setRedirectUris. */
  redirectUris?: readonly string[];
  users: readonly TestOidcUser[];
  /** Default: any free port. */
  port?: number;
}

export interface TestOidcProvider {
  /** `http://127.0.0.1:<port>`: what OIDC_ISSUER is set to. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * The callback URLs the test client may use. A server's URL is known only once it listens, and it needs the issuer
   * to start: start this first, then the server, then set its callback here.
   */
  setRedirectUris(uris: readonly string[]): void;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1, port 0, for tests and browser tests:
 * one confidential client (client_secret_post, authorisation code with PKCE), signing with a fresh RS256 key, its
 * users found by email address. Its own pages: a sign-in form (email address; "Cancel" answers `access_denied`)
 * and no consent screen (the scopes asked for are granted). Email and name are served by userinfo, not in the ID
 * token, as the provider does by default.
 */
export async function startTestOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  const users = options.users.map((u) => ({ sub: u.sub ?? `user-${Buffer.from(u.email).toString('hex').slice(0, 24)}`, email: u.email, emailVerified: u.emailVerified ?? true, name: u.name ?? null }));
  const clientId = 'roundtable-test';
  const clientSecret = randomBytes(32).toString('base64url');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...(privateKey.export({ format: 'jwk' }) as JWK), alg: 'RS256', use: 'sig', kid: randomBytes(8).toString('hex') };
  const cookieKeys = [randomBytes(32).toString('base64url')];

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://provider.invalid').pathname;
    const handled = path.startsWith('/interaction/') ? interactions(req, res, path) : Promise.resolve(handler!(req, res));
    handled.catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`test provider: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve) => http.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const makeProvider = (redirectUris: readonly string[]) => {
    const configuration: Configuration = {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [...redirectUris],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      jwks: { keys: [signingKey] },
      cookies: { keys: cookieKeys },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      features: { devInteractions: { enabled: false } },
      pkce: { required: () => true },
      ttl: { Interaction: 600, Session: 3_600, Grant: 3_600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx, sub) => {
        const user = users.find((u) => u.sub === sub);
        if (!user) return undefined;
        return { accountId: user.sub, claims: () => ({ sub: user.sub, email: user.email, email_verified: user.emailVerified, ...(user.name ? { name: user.name } : {}) }) };
      },
    };
    return new Provider(issuer, configuration);
  };
  let current: Provider | null = makeProvider(options.redirectUris ?? []);
  let handler: ReturnType<Provider['callback']> | null = current.callback();

  async function interactions(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const provider = current!;
    const [, , , action] = path.split('/'); // /interaction/<uid>[/login|/abort]
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'POST' && action === 'abort') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled the sign-in.' }, { mergeWithLastSubmission: false });
    }
    if (req.method === 'POST' && action === 'login') {
      const email = new URLSearchParams(await readBody(req)).get('email')?.trim().toLowerCase() ?? '';
      const user = users.find((u) => u.email.toLowerCase() === email);
      if (!user) return sendPage(res, loginPage(details.uid, `No test user has the address ${email || '(empty)'}.`), 200);
      return provider.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
    }
    if (details.prompt.name === 'login') return sendPage(res, loginPage(details.uid, null), 200);
    if (details.prompt.name === 'consent') {
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session!.accountId, clientId });
      const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims);
      const grantId = await grant!.save();
      return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }
    sendPage(res, `<p>Unexpected prompt ${escapeHtml(details.prompt.name)}.</p>`, 501);
  }

  return {
    issuer,
    clientId,
    clientSecret,
    setRedirectUris(uris) {
      current = makeProvider(uris);
      handler = current.callback();
    },
    async close() {
      current = null;
      handler = null;
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function loginPage(uid: string, error: string | null): string {
  return `<main>
  <h1>Test identity provider</h1>
  ${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
  <form method="post" action="/interaction/${uid}/login">
    <label for="email">Email address</label>
    <input id="email" name="email" type="email" autocomplete="username" required autofocus>
    <button type="submit">Sign in</button>
  </form>
  <form method="post" action="/interaction/${uid}/abort">
    <button type="submit">Cancel</button>
  </form>
</main>`;
}

function sendPage(res: ServerResponse, body: string, status: number): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Sign in</title></head><body>${body}</body></html>`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) throw new Error('form too large');
  }
  return body;
}
