import type { LeadSlot } from '@roundtable/shared/plan/plan';
import type { LeadLinkInfo, LeadLinksResponse } from '@roundtable/shared/protocol/rest';
import { useCallback, useState } from 'react';
import type { RestFailure } from '../api/restClient';
import { useRestClient } from '../api/RestClientContext';
import { useRestRead } from '../api/useRestRead';
import { leadKey } from './leadLinkList';

export interface LeadLinksState {
  /** Null until the first list arrives. */
  links: LeadLinkInfo[] | null;
  /** Links just made, by leadKey, shown this once: the server keeps only their tokens' hashes. */
  newUrls: Record<string, string>;
  /** The lead whose link is being made, by leadKey. */
  making: string | null;
  failure: RestFailure | null;
  make(actionId: string, slot: LeadSlot): Promise<boolean>;
  revoke(linkId: string): Promise<boolean>;
  reload(): void;
}

const linksOf = (response: LeadLinksResponse) => response.links;

/** The leads' personal links, over REST (they are not in the shared doc: only facilitators may see them). */
export function useLeadLinks(workshopId: string): LeadLinksState {
  const api = useRestClient();
  const read = useCallback(() => api.leadLinks(workshopId), [api, workshopId]);
  const { data: links, failure, setFailure, load, reload } = useRestRead(read, linksOf);
  const [newUrls, setNewUrls] = useState<Record<string, string>>({});
  const [making, setMaking] = useState<string | null>(null);

  return {
    links,
    newUrls,
    making,
    failure,
    async make(actionId, slot) {
      if (making) return false;
      const key = leadKey(actionId, slot);
      setMaking(key);
      setFailure(null);
      const result = await api.createLeadLink(workshopId, { actionId, slot });
      setMaking(null);
      if (!result.ok) {
        setFailure(result.failure);
        return false;
      }
      setNewUrls((current) => ({ ...current, [key]: result.data.url }));
      // Read again: making a link revokes the lead's older one, and the other facilitator may have changed links.
      await load();
      return true;
    },
    async revoke(linkId) {
      setFailure(null);
      const result = await api.revokeLeadLink(workshopId, linkId);
      if (!result.ok) setFailure(result.failure);
      const revoked = links?.find((l) => l.linkId === linkId);
      if (revoked) {
        // A revoked link's URL, if still shown, no longer works: stop showing it.
        const key = leadKey(revoked.actionId, revoked.slot);
        setNewUrls(({ [key]: _gone, ...rest }) => rest);
      }
      await load();
      return result.ok;
    },
    reload,
  };
}
