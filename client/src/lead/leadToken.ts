import { linkTokenOf } from '../api/linkToken';
import type { KeyValueStorage } from '../live/outboxStorage';

/** Where this tab keeps a lead link's token once it has left the address bar, so a reload still opens the action. */
export const LEAD_TOKEN_STORAGE_KEY = 'roundtable.leadToken';

/** The token of the lead link this tab was opened with, or the one kept earlier in this tab (see linkTokenOf). */
export function leadTokenOf(hash: string, storage: KeyValueStorage | null): string | null {
  return linkTokenOf(hash, storage, LEAD_TOKEN_STORAGE_KEY);
}
