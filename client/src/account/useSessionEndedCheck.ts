import { useEffect } from 'react';
import type { RestFailure } from '../api/restClient';
import { useAuthStore } from './authStore';

/**
 * When the server answers 401 (this device was signed out elsewhere, or the account disabled), asks again who is
 * signed in, so the header and the page show the signed-out state rather than a name that no longer opens anything.
 */
export function useSessionEndedCheck(failure: RestFailure | null): void {
  const store = useAuthStore();
  useEffect(() => {
    if (failure?.status === 401) void store.refresh();
  }, [failure, store]);
}
