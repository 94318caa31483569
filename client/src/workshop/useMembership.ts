import type { MeResponse } from '@roundtable/shared/protocol/rest';
import { useEffect, useRef, useState } from 'react';
import type { RestFailure, RestResult } from '../api/restClient';
import { useRestClient } from '../api/RestClientContext';
import { fragmentWithoutToken, tokenFromFragment } from '../api/linkFragment';

export type Membership =
  | { kind: 'checking' }
  | { kind: 'member'; me: MeResponse }
  /** No cookie for this workshop, and no link token. */
  | { kind: 'notMember' }
  /** A link token that did not work (revoked, rotated, mistyped), and no cookie either. */
  | { kind: 'badLink' }
  | { kind: 'failed'; failure: RestFailure };

/**
 * Who this browser is in the workshop. A link's `#token=` is exchanged for the HttpOnly cookie and then
 * removed from the address bar, so it does not linger in history or get shared by copying the URL.
 * The page must be keyed by workshopId: the request is made once per mount.
 */
export function useMembership(workshopId: string): { membership: Membership; retry(): void } {
  const api = useRestClient();
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const [attempt, setAttempt] = useState(0);
  const [membership, setMembership] = useState<Membership>({ kind: 'checking' });
  // Survives React's development double-run of effects, so a token is exchanged once per attempt.
  const inFlight = useRef<{ attempt: number; result: Promise<Membership> } | null>(null);

  useEffect(() => {
    if (token && window.location.hash) {
      const { pathname, search, hash } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}${fragmentWithoutToken(hash)}`);
    }
    if (inFlight.current?.attempt !== attempt) {
      const withToken = token === null ? null : () => api.startSession(workshopId, token);
      inFlight.current = { attempt, result: resolveMembership(withToken, () => api.me(workshopId)) };
    }
    let cancelled = false;
    void inFlight.current.result.then((next) => {
      if (!cancelled) setMembership(next);
    });
    return () => {
      cancelled = true;
    };
  }, [api, workshopId, token, attempt]);

  return {
    membership,
    retry() {
      setMembership({ kind: 'checking' });
      setAttempt((n) => n + 1);
    },
  };
}

/** Tries the link's token first; if it fails, a cookie from an earlier visit may still make us a member. */
async function resolveMembership(
  withToken: (() => Promise<RestResult<MeResponse>>) | null,
  withCookie: () => Promise<RestResult<MeResponse>>,
): Promise<Membership> {
  if (withToken) {
    const exchanged = await withToken();
    if (exchanged.ok) return { kind: 'member', me: exchanged.data };
    if (exchanged.failure.code === 'network') return { kind: 'failed', failure: exchanged.failure };
  }
  const me = await withCookie();
  if (me.ok) return { kind: 'member', me: me.data };
  if (me.failure.status === 401 || me.failure.status === 403 || me.failure.status === 404) return { kind: withToken ? 'badLink' : 'notMember' };
  return { kind: 'failed', failure: me.failure };
}
