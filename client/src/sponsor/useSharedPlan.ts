import type { SharedPlanResponse } from '@roundtable/shared/protocol/rest';
import { useEffect, useState } from 'react';
import { fragmentWithoutToken } from '../api/linkFragment';
import type { RestFailure } from '../api/restClient';
import { useRestClient } from '../api/RestClientContext';
import { shareTokenOf, tabStorage } from './shareToken';

export type SharedPlanState =
  | { kind: 'loading' }
  | { kind: 'loaded'; shared: SharedPlanResponse }
  /** Opened without a link's token, and none kept in this tab. */
  | { kind: 'noLink' }
  /** The server does not know the token: revoked, or mistyped. */
  | { kind: 'linkDead' }
  | { kind: 'failed'; failure: RestFailure };

/**
 * [SHARE2] The plan a share link opens. The token is taken from the #fragment, kept in this tab's sessionStorage
 * (so a reload works) and removed from the address bar (so it is not copied on, or left in history); it is then
 * only ever sent as a Bearer header.
 */
export function useSharedPlan(): { state: SharedPlanState; token: string | null; retry(): void } {
  const api = useRestClient();
  const [token] = useState(() => shareTokenOf(window.location.hash, tabStorage()));
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SharedPlanState>(() => (token ? { kind: 'loading' } : { kind: 'noLink' }));

  useEffect(() => {
    const { pathname, search, hash } = window.location;
    if (hash) window.history.replaceState(window.history.state, '', `${pathname}${search}${fragmentWithoutToken(hash)}`);
  }, []);

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    void api.sharedPlan(token).then((result) => {
      if (cancelled) return;
      if (result.ok) setState({ kind: 'loaded', shared: result.data });
      else if (result.failure.status === 401) setState({ kind: 'linkDead' });
      else setState({ kind: 'failed', failure: result.failure });
    });
    return () => {
      cancelled = true;
    };
  }, [api, token, attempt]);

  return {
    state,
    token,
    retry() {
      setState({ kind: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}
