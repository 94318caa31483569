import { describe, expect, it } from 'vitest';
import { createAccountClient, ssoStartUrl } from './accountClient';

/** A fetch that records each request and answers with `status` and `body`. */
function recording(status: number, body: unknown = null) {
  const seen: { url: string; method: string; body: unknown; credentials: RequestCredentials | undefined }[] = [];
  const fetchFn = async (url: string, init?: RequestInit) => {
    seen.push({ url, method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined, credentials: init?.credentials });
    return new Response(status === 204 ? null : JSON.stringify(body), { status });
  };
  return { api: createAccountClient(fetchFn), seen };
}

describe('the account calls', () => {
  it('send the contract’s paths and bodies with the session cookie, ids escaped', async () => {
    const { api, seen } = recording(200, {});
    await api.signUpOptions({ displayName: 'Fiona', email: 'f@example.org', invitationToken: 'x'.repeat(43) });
    await api.saveSettings({ signUp: 'anyone', accountFreeWorkshops: false });
    await api.disableAccount('a/../1');
    await api.keepWorkshop('w 1');
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /api/auth/passkeys/register/options',
      'PUT /api/admin/settings',
      'POST /api/admin/accounts/a%2F..%2F1/disable',
      'POST /api/account/workshops/w%201/keep',
    ]);
    expect(seen[0]?.body).toEqual({ displayName: 'Fiona', email: 'f@example.org', invitationToken: 'x'.repeat(43) });
    expect(seen.every((s) => s.credentials === 'same-origin')).toBe(true);
  });

  it('take a 204 as done and pass a refusal on with its code', async () => {
    expect(await recording(204).api.signOutEverywhere()).toEqual({ ok: true, data: null });
    const refused = await recording(409, { error: { code: 'conflict', message: 'This is your only way to sign in.' } }).api.removePasskey('p1');
    expect(refused).toEqual({ ok: false, failure: { status: 409, code: 'conflict', message: 'This is your only way to sign in.', fields: {} } });
  });

  it('start single sign-on at the provider’s path with where to come back to', () => {
    expect(ssoStartUrl('entra', '/w/abc?x=1')).toBe('/api/auth/sso/entra/start?returnTo=%2Fw%2Fabc%3Fx%3D1');
  });
});
