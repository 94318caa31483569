import type { ShareLinkInfo } from '@roundtable/shared/protocol/rest';
import { useCallback, useEffect, useState } from 'react';
import type { RestFailure } from '../api/restClient';
import { useRestClient } from '../api/RestClientContext';
import { shareLinksInOrder } from './shareLinkList';

export interface ShareLinksState {
  /** Null until the first list arrives. */
  links: ShareLinkInfo[] | null;
  /** The link just made, shown this once: the server keeps only its token's hash. */
  newUrl: string | null;
  making: boolean;
  failure: RestFailure | null;
  make(): Promise<boolean>;
  revoke(linkId: string): Promise<boolean>;
  reload(): void;
}

/** [SHARE1] A workshop's share links, over REST (they are not in the shared doc: only facilitators may see them). */
export function useShareLinks(workshopId: string): ShareLinksState {
  const api = useRestClient();
  const [links, setLinks] = useState<ShareLinkInfo[] | null>(null);
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  const [failure, setFailure] = useState<RestFailure | null>(null);
  const [attempt, setAttempt] = useState(0);

  const load = useCallback(async () => {
    const result = await api.shareLinks(workshopId);
    if (result.ok) setLinks(shareLinksInOrder(result.data.links));
    else setFailure(result.failure);
    return result.ok;
  }, [api, workshopId]);

  useEffect(() => {
    let cancelled = false;
    void api.shareLinks(workshopId).then((result) => {
      if (cancelled) return;
      if (result.ok) setLinks(shareLinksInOrder(result.data.links));
      else setFailure(result.failure);
    });
    return () => {
      cancelled = true;
    };
  }, [api, workshopId, attempt]);

  return {
    links,
    newUrl,
    making,
    failure,
    async make() {
      if (making) return false;
      setMaking(true);
      setFailure(null);
      const result = await api.createShareLink(workshopId);
      setMaking(false);
      if (!result.ok) {
        setFailure(result.failure);
        return false;
      }
      setNewUrl(result.data.url);
      const created = result.data.link;
      setLinks((current) => shareLinksInOrder([created, ...(current ?? []).filter((l) => l.linkId !== created.linkId)]));
      // Read again: the other facilitator may have made or revoked links since this list was loaded.
      await load();
      return true;
    },
    async revoke(linkId) {
      setFailure(null);
      const result = await api.revokeShareLink(workshopId, linkId);
      if (!result.ok) setFailure(result.failure);
      // Either way the list is read again: a link revoked elsewhere reads as `not_found` here.
      await load();
      return result.ok;
    },
    reload() {
      setFailure(null);
      setAttempt((n) => n + 1);
    },
  };
}
