import type { AuthState } from '@roundtable/shared/accounts/accountRest';
import { describe, expect, it } from 'vitest';
import type { RestResult } from '../api/restClient';
import { createAuthStore } from './authStore';

const signedOut: AuthState = { signedIn: null, setupRequired: false, signUp: 'invitation', accountFreeWorkshops: true, sso: [] };
const fiona = { accountId: 'a1', displayName: 'Fiona', email: 'fiona@example.org', role: 'admin' as const };

function reader(answers: RestResult<AuthState>[]) {
  let reads = 0;
  return {
    read: async () => answers[Math.min(reads++, answers.length - 1)]!,
    reads: () => reads,
  };
}

describe('the browser’s auth state', () => {
  it('asks the server once however many parts of the page want to know, and tells every subscriber', async () => {
    const server = reader([{ ok: true, data: signedOut }]);
    const store = createAuthStore(server.read);
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.snapshot().kind));
    expect(store.snapshot()).toEqual({ kind: 'loading' });
    store.ensureLoaded();
    store.ensureLoaded();
    await store.refresh();
    expect(server.reads()).toBe(2);
    expect(store.snapshot()).toEqual({ kind: 'loaded', state: signedOut });
    expect(seen).toEqual(['loaded', 'loaded']);
  });

  it('takes the account a sign-in answered with, and forgets it on signing out, without asking again', async () => {
    const server = reader([{ ok: true, data: signedOut }]);
    const store = createAuthStore(server.read);
    await store.refresh();
    store.setSignedIn(fiona);
    expect(store.snapshot()).toEqual({ kind: 'loaded', state: { ...signedOut, signedIn: fiona } });
    store.setSignedIn(null);
    expect(store.snapshot()).toEqual({ kind: 'loaded', state: signedOut });
    expect(server.reads()).toBe(1);
  });

  it('says it failed when no answer came, and a later refresh recovers', async () => {
    const server = reader([{ ok: false, failure: { status: 0, code: 'network', message: '', fields: {} } }, { ok: true, data: signedOut }]);
    const store = createAuthStore(server.read);
    expect(await store.refresh()).toEqual({ kind: 'failed' });
    expect(await store.refresh()).toEqual({ kind: 'loaded', state: signedOut });
  });

  it('stops telling a listener once it unsubscribes', async () => {
    const store = createAuthStore(reader([{ ok: true, data: signedOut }]).read);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    await store.refresh();
    unsubscribe();
    await store.refresh();
    expect(calls).toBe(1);
  });
});
