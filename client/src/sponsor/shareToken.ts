import { linkTokenOf } from '../api/linkToken';
import type { KeyValueStorage } from '../live/outboxStorage';

/** Where this tab keeps a share link's token once it has left the address bar, so a reload still opens the plan. */
export const SHARE_TOKEN_STORAGE_KEY = 'roundtable.shareToken';

/** The token of the share link this tab was opened with, or the one kept earlier in this tab (see linkTokenOf). */
export function shareTokenOf(hash: string, storage: KeyValueStorage | null): string | null {
  return linkTokenOf(hash, storage, SHARE_TOKEN_STORAGE_KEY);
}
