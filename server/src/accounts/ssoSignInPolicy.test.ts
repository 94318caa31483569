import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../app/logger';
import { createMemoryAccountStore } from './memoryAccountStore';
import type { AccountStore } from './accountStore';
import { ssoSignIn } from './ssoSignIn';
import type { SsoIdentity } from './sso/ssoSeam';

/*
 * The sign-up policy's edge that the through-the-provider tests (ssoSignIn.test.ts, with allowed domains configured)
 * cannot reach: a provider configured with no allowed domains. A real Express app answers with the outcome.
 */

let accounts: AccountStore;
let url: string;
let close: () => Promise<void>;
let allowedDomains: string[] = [];

beforeAll(async () => {
  accounts = createMemoryAccountStore();
  await accounts.createAccount({
    account: { accountId: 'admin-account-1', email: 'admin@example.org', displayName: 'Ada Admin', role: 'admin', webauthnUser: 'admin-webauthn-user-1' },
    recoveryCodeHashes: [],
  });
  const signIn = ssoSignIn({ accounts, logger: createLogger('silent') });
  const app = express().use(express.json());
  app.post('/sign-in', (req, res) => {
    void signIn.signIn(req.body as SsoIdentity, allowedDomains, req, res).then((outcome) => res.json(outcome));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

const identity = (email: string): SsoIdentity => ({ providerId: 'oidc', issuer: 'https://accounts.example.com', subject: `sub-${email}`, email, emailVerified: true, name: null });
const signIn = async (email: string) => (await fetch(`${url}/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(identity(email)) })).json();

describe('sign-up by single sign-on from the allowed domains', () => {
  it('[ACC16] with no allowed domains configured, makes no account, however verified the address', async () => {
    await accounts.updateSettings({ signUp: 'sso-domain', accountFreeWorkshops: true });
    allowedDomains = [];
    expect(await signIn('someone@gmail.example')).toEqual({ ok: false, code: 'sign_up_closed' });
    expect(await accounts.findAccountByEmail('someone@gmail.example')).toBeNull();
  });

  it('[ACC16] with a domain configured, makes the account of an address in it (the same store and app)', async () => {
    allowedDomains = ['cvs.example.org'];
    expect(await signIn('sam@cvs.example.org')).toEqual({ ok: true });
    expect((await accounts.findAccountByEmail('sam@cvs.example.org'))?.role).toBe('member');
  });

  it('[ACC16] under "anyone", no allowed domains means any verified address', async () => {
    await accounts.updateSettings({ signUp: 'anyone', accountFreeWorkshops: true });
    allowedDomains = [];
    expect(await signIn('pat@anywhere.example')).toEqual({ ok: true });
  });
});
