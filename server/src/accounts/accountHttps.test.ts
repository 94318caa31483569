import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountBrowser, firstAdministrator } from '../testing/accountClient';
import { SoftAuthenticator } from '../testing/softAuthenticator';
import { startTestServer, type TestServer } from '../testing/testServer';

/** Behind an https proxy: PUBLIC_URL is https, the server itself is reached over plain http on loopback. */
const PUBLIC = 'https://pip.example.org';
let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ publicUrl: PUBLIC });
});
afterAll(async () => {
  await srv?.close();
});

describe('accounts over https', () => {
  it('[ACC1] [ACC8] passkeys belong to PUBLIC_URL\'s host and origin, and the account cookie is Secure', async () => {
    const browser = new AccountBrowser(srv.url, new SoftAuthenticator(PUBLIC));
    const { browser: admin } = await firstAdministrator(srv.url, srv.accounts, 'ada@example.org', browser);
    const [credential] = admin.authenticator.credentials.values();
    expect(credential!.rpId).toBe('pip.example.org');
    const res = await fetch(`${srv.url}/api/auth/passkeys/sign-in/options`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const { flowId, options: requestOptions } = (await res.json()) as { flowId: string; options: { rpId: string; challenge: string } };
    expect(requestOptions.rpId).toBe('pip.example.org');
    const verify = await fetch(`${srv.url}/api/auth/passkeys/sign-in/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PUBLIC },
      body: JSON.stringify({ flowId, response: admin.authenticator.get(requestOptions as never) }),
    });
    expect(verify.status).toBe(200);
    const cookie = verify.headers.getSetCookie().find((c) => c.startsWith('rt_account='));
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    // The same passkey's answer as a page on the plain-http address would make it is refused.
    const again = await (await fetch(`${srv.url}/api/auth/passkeys/sign-in/options`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
    const onHttp = admin.authenticator.get(again.options, { origin: srv.url });
    const refused = await fetch(`${srv.url}/api/auth/passkeys/sign-in/verify`, { method: 'POST', headers: { 'content-type': 'application/json', origin: PUBLIC }, body: JSON.stringify({ flowId: again.flowId, response: onHttp }) });
    expect(refused.status).toBe(401);
  });
});
