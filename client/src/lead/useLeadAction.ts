import type { LeadActionResponse } from '@roundtable/shared/protocol/rest';
import type { ProgressUpdate } from '@roundtable/shared/review/progress';
import { useCallback } from 'react';
import type { RestClient } from '../api/restClient';
import { useLinkResource, type LinkState } from '../api/useLinkResource';
import { leadTokenOf } from './leadToken';

export type LeadActionState = LinkState<LeadActionResponse>;

const fetchLeadAction = (api: RestClient, token: string) => api.leadAction(token);

/** The action a lead link opens, by the link's token (sent only as a Bearer header: see useLinkResource). */
export function useLeadAction(): { state: LeadActionState; token: string | null; retry(): void; recorded(update: ProgressUpdate): void } {
  const { state, token, retry, update } = useLinkResource(leadTokenOf, fetchLeadAction);

  /** A report the server acknowledged joins the history at once (a resend's answer is the same update: kept once). */
  const recorded = useCallback(
    (progress: ProgressUpdate) =>
      update((lead) => (lead.updates.some((u) => u.id === progress.id) ? lead : { ...lead, updates: [...lead.updates, progress] })),
    [update],
  );

  return { state, token, retry, recorded };
}
