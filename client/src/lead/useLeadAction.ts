import type { LeadActionResponse } from '@roundtable/shared/protocol/rest';
import type { ProgressUpdate } from '@roundtable/shared/review/progress';
import { useCallback, useEffect, useState } from 'react';
import { fragmentWithoutToken } from '../api/linkFragment';
import type { RestFailure } from '../api/restClient';
import { useRestClient } from '../api/RestClientContext';
import { tabStorage } from '../sponsor/shareToken';
import { leadTokenOf } from './leadToken';

export type LeadActionState =
  | { kind: 'loading' }
  | { kind: 'loaded'; lead: LeadActionResponse }
  /** Opened without a link's token, and none kept in this tab. */
  | { kind: 'noLink' }
  /** The server does not know the token: revoked, replaced by a newer link, or mistyped. */
  | { kind: 'linkDead' }
  | { kind: 'failed'; failure: RestFailure };

/**
 * The action a lead link opens. The token is taken from the #fragment, kept in this tab's sessionStorage (so a reload
 * works) and removed from the address bar (so it is not copied on, or left in history); it is then only ever sent
 * as a Bearer header.
 */
export function useLeadAction(): { state: LeadActionState; token: string | null; retry(): void; recorded(update: ProgressUpdate): void } {
  const api = useRestClient();
  const [token] = useState(() => leadTokenOf(window.location.hash, tabStorage()));
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LeadActionState>(() => (token ? { kind: 'loading' } : { kind: 'noLink' }));

  useEffect(() => {
    const { pathname, search, hash } = window.location;
    if (hash) window.history.replaceState(window.history.state, '', `${pathname}${search}${fragmentWithoutToken(hash)}`);
  }, []);

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    void api.leadAction(token).then((result) => {
      if (cancelled) return;
      if (result.ok) setState({ kind: 'loaded', lead: result.data });
      else if (result.failure.status === 401) setState({ kind: 'linkDead' });
      else setState({ kind: 'failed', failure: result.failure });
    });
    return () => {
      cancelled = true;
    };
  }, [api, token, attempt]);

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  /** A report the server acknowledged joins the history at once (a resend's answer is the same update: kept once). */
  const recorded = useCallback((update: ProgressUpdate) => {
    setState((current) => {
      if (current.kind !== 'loaded' || current.lead.updates.some((u) => u.id === update.id)) return current;
      return { kind: 'loaded', lead: { ...current.lead, updates: [...current.lead.updates, update] } };
    });
  }, []);

  return { state, token, retry, recorded };
}
