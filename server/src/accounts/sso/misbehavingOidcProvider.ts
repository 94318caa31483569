import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the ID token it issues is wrong, or `none` for a correct one (which shows the rest of it works). */
export type IdTokenFault =
  | 'none'
  | 'other_issuer'
  | 'other_audience'
  | 'expired'
  | 'wrong_nonce'
  | 'other_key'
  | 'no_id_token'
  /** Not faults: the address vouched for as Microsoft Entra ID does (xms_edov), and not vouched for at all. */
  | 'entra_style'
  | 'unverified';

export interface MisbehavingOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the next token response gets wrong. */
  fault: IdTokenFault;
  /** Token requests it answered, and whether each carried the right PKCE verifier. */
  tokenRequests: { pkceOk: boolean }[];
  close(): Promise<void>;
}

/**
 * For tests: an OpenID Connect provider small enough to make misbehave, on 127.0.0.1, port 0. Its authorisation
 * endpoint signs in `user` at once (no page) and redirects back with a code; its token endpoint checks the client's
 * secret and PKCE verifier, then issues an RS256 ID token (email in the token itself) that is right except for
 * `fault`. The happy path of the real tests runs through the real `oidc-provider` (e2eSsoProvider.ts); this one
 * exists for the tokens that provider would never issue.
 */
export async function startMisbehavingOidcProvider(user: { sub: string; email: string; name: string }): Promise<MisbehavingOidcProvider> {
  const clientId = 'roundtable-test';
  const clientSecret = randomBytes(32).toString('base64url');
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'k1';
  /** Codes issued and not yet redeemed: the nonce and PKCE challenge each was issued with. */
  const codes = new Map<string, { nonce: string; challenge: string; redirectUri: string }>();

  const http = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', issuer);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname === '/.well-known/openid-configuration') {
        return json(200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/userinfo`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_post'],
        });
      }
      if (url.pathname === '/jwks') return json(200, { keys: [{ ...key.publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] });
      if (url.pathname === '/authorize') {
        const q = url.searchParams;
        const redirectUri = q.get('redirect_uri') ?? '';
        const code = randomBytes(16).toString('base64url');
        codes.set(code, { nonce: q.get('nonce') ?? '', challenge: q.get('code_challenge') ?? '', redirectUri });
        const back = new URL(redirectUri);
        back.searchParams.set('code', code);
        back.searchParams.set('state', q.get('state') ?? '');
        res.writeHead(302, { location: back.href });
        return res.end();
      }
      if (url.pathname === '/token' && req.method === 'POST') {
        let raw = '';
        for await (const chunk of req) raw += String(chunk);
        const form = new URLSearchParams(raw);
        const issued = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) return json(401, { error: 'invalid_client' });
        if (!issued || form.get('redirect_uri') !== issued.redirectUri) return json(400, { error: 'invalid_grant' });
        const pkceOk = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url') === issued.challenge;
        provider.tokenRequests.push({ pkceOk });
        if (!pkceOk) return json(400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
        const now = Math.floor(Date.now() / 1000);
        const fault = provider.fault;
        const claims = {
          iss: fault === 'other_issuer' ? 'https://someone-else.example' : issuer,
          aud: fault === 'other_audience' ? 'another-client' : clientId,
          sub: user.sub,
          iat: fault === 'expired' ? now - 7_200 : now,
          exp: fault === 'expired' ? now - 3_600 : now + 300,
          nonce: fault === 'wrong_nonce' ? 'a-nonce-from-another-sign-in' : issued.nonce,
          email: user.email,
          // Microsoft Entra ID sends no email_verified; its optional claim xms_edov says the same.
          ...(fault === 'entra_style' ? { xms_edov: true } : fault === 'unverified' ? {} : { email_verified: true }),
          name: user.name,
        };
        const idToken = jwt(claims, fault === 'other_key' ? otherKey.privateKey : key.privateKey, kid);
        return json(200, { access_token: randomBytes(16).toString('base64url'), token_type: 'Bearer', expires_in: 300, ...(fault === 'no_id_token' ? {} : { id_token: idToken }) });
      }
      json(404, { error: 'not_found' });
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const provider: MisbehavingOidcProvider = {
    issuer,
    clientId,
    clientSecret,
    fault: 'none',
    tokenRequests: [],
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
  return provider;
}

function jwt(claims: Record<string, unknown>, privateKey: KeyObject, kid: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}
