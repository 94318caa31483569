import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KeyValueStorage } from '../live/outboxStorage';
import { fragmentWithoutToken } from './linkFragment';
import { tabStorage } from './linkToken';
import type { RestClient, RestFailure, RestResult } from './restClient';
import { useRestClient } from './RestClientContext';
import { useRestRead } from './useRestRead';

/** What a page opened by a personal link (a share link, a lead link) has to show. */
export type LinkState<T> =
  | { kind: 'loading' }
  | { kind: 'loaded'; data: T }
  /** Opened without a link's token, and none kept in this tab. */
  | { kind: 'noLink' }
  /** The server does not know the token: revoked (or replaced by a newer link), or mistyped. */
  | { kind: 'linkDead' }
  | { kind: 'failed'; failure: RestFailure };

/** The state from the tab's token and what the server last answered for it: refused with 401, the link is dead. */
export function linkStateOf<T>(token: string | null, data: T | null, failure: RestFailure | null): LinkState<T> {
  if (!token) return { kind: 'noLink' };
  if (failure) return failure.status === 401 ? { kind: 'linkDead' } : { kind: 'failed', failure };
  return data === null ? { kind: 'loading' } : { kind: 'loaded', data };
}

const asAnswered = <T>(response: T): T => response;

/**
 * What a personal link opens. The token is found by `tokenOf` (from the #fragment, or kept in this tab's
 * sessionStorage so a reload works) and removed from the address bar (so it is not copied on, or left in history);
 * it is then only ever sent as a Bearer header, by `fetch`. Make `tokenOf` and `fetch` once, not on every render.
 * `update` changes what was loaded in place, as the server has acknowledged it.
 */
export function useLinkResource<T>(
  tokenOf: (hash: string, storage: KeyValueStorage | null) => string | null,
  fetch: (api: RestClient, token: string) => Promise<RestResult<T>>,
): { state: LinkState<T>; token: string | null; retry(): void; update(change: (data: T) => T): void } {
  const api = useRestClient();
  const [token] = useState(() => tokenOf(window.location.hash, tabStorage()));

  useEffect(() => {
    const { pathname, search, hash } = window.location;
    if (hash) window.history.replaceState(window.history.state, '', `${pathname}${search}${fragmentWithoutToken(hash)}`);
  }, []);

  const read = useMemo(() => (token ? () => fetch(api, token) : null), [api, token, fetch]);
  const { data, setData, failure, reload } = useRestRead(read, asAnswered<T>);
  const state = useMemo(() => linkStateOf(token, data, failure), [token, data, failure]);
  const update = useCallback((change: (data: T) => T) => setData((current) => (current === null ? current : change(current))), [setData]);

  return { state, token, retry: reload, update };
}
