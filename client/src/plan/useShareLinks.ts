import type { ShareLinkInfo, ShareLinksResponse } from '@roundtable/shared/protocol/rest';
import { useCallback, useState } from 'react';
import type { RestFailure } from '../api/restClient';
import { useRestClient } from '../api/RestClientContext';
import { useRestRead } from '../api/useRestRead';
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

const linksInOrder = (response: ShareLinksResponse) => shareLinksInOrder(response.links);

/** [SHARE1] A workshop's share links, over REST (they are not in the shared doc: only facilitators may see them). */
export function useShareLinks(workshopId: string): ShareLinksState {
  const api = useRestClient();
  const read = useCallback(() => api.shareLinks(workshopId), [api, workshopId]);
  const { data: links, setData: setLinks, failure, setFailure, load, reload } = useRestRead(read, linksInOrder);
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [making, setMaking] = useState(false);

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
    reload,
  };
}
