import type { SharedPlanResponse } from '@roundtable/shared/protocol/rest';
import type { RestClient } from '../api/restClient';
import { useLinkResource, type LinkState } from '../api/useLinkResource';
import { shareTokenOf } from './shareToken';

export type SharedPlanState = LinkState<SharedPlanResponse>;

const fetchSharedPlan = (api: RestClient, token: string) => api.sharedPlan(token);

/** [SHARE2] The plan a share link opens, by the link's token (sent only as a Bearer header: see useLinkResource). */
export function useSharedPlan(): { state: SharedPlanState; token: string | null; retry(): void } {
  const { state, token, retry } = useLinkResource(shareTokenOf, fetchSharedPlan);
  return { state, token, retry };
}
