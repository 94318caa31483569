import type { AccountSummary, AuthState } from '@roundtable/shared/accounts/accountRest';
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import { request, type Fetch, type RestResult } from '../api/restClient';

/** What this browser knows of its account: not asked yet (or asking), the server's answer, or no answer. */
export type AuthSnapshot = { kind: 'loading' } | { kind: 'loaded'; state: AuthState } | { kind: 'failed' };

/**
 * Who is signed in on this browser, shared by the header, the home page and the account pages so that signing in or
 * out shows everywhere at once. The server is asked when something first needs to know (a participant's page never
 * does), and again on `refresh()`.
 */
export interface AuthStore {
  snapshot(): AuthSnapshot;
  subscribe(listener: () => void): () => void;
  /** Asks once, unless an answer came or a question is on its way. */
  ensureLoaded(): void;
  /** Asks the server again (after signing in or out, or when a page was refused for want of a session). */
  refresh(): Promise<AuthSnapshot>;
  /** Takes the account a sign-in or sign-up answered with (or null after signing out) without asking again. */
  setSignedIn(account: AccountSummary | null): void;
}

export function createAuthStore(read: () => Promise<RestResult<AuthState>>): AuthStore {
  let current: AuthSnapshot = { kind: 'loading' };
  let asked: Promise<AuthSnapshot> | null = null;
  const listeners = new Set<() => void>();
  const publish = (next: AuthSnapshot) => {
    current = next;
    for (const listener of listeners) listener();
    return next;
  };
  const refresh = () => {
    asked = read().then((result) => publish(result.ok ? { kind: 'loaded', state: result.data } : { kind: 'failed' }));
    return asked;
  };
  return {
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ensureLoaded() {
      if (!asked) void refresh();
    },
    refresh,
    setSignedIn(account) {
      if (current.kind === 'loaded') publish({ kind: 'loaded', state: { ...current.state, signedIn: account } });
      else void refresh();
    },
  };
}

/** The store main.tsx makes, reading GET /api/auth/state. */
export function createHttpAuthStore(fetchFn: Fetch = (input, init) => fetch(input, init)): AuthStore {
  return createAuthStore(() => request<AuthState>(fetchFn, 'GET', '/api/auth/state'));
}

export const AuthStoreContext = createContext<AuthStore | null>(null);

export function useAuthStore(): AuthStore {
  const store = useContext(AuthStoreContext);
  if (!store) throw new Error('useAuthStore() needs an AuthStoreContext provider (see main.tsx).');
  return store;
}

/** Who is signed in, asking the server the first time a component wants to know. */
export function useAuthState(): AuthSnapshot {
  const store = useAuthStore();
  useEffect(() => store.ensureLoaded(), [store]);
  return useSyncExternalStore(store.subscribe, store.snapshot);
}
