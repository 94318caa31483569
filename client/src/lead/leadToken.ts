import { tokenFromFragment } from '../api/linkFragment';
import type { KeyValueStorage } from '../live/outboxStorage';

/** Where this tab keeps a lead link's token once it has left the address bar, so a reload still opens the action. */
export const LEAD_TOKEN_STORAGE_KEY = 'roundtable.leadToken';

/**
 * The token of the lead link this tab was opened with: the one in the #fragment (kept in `storage` for reloads),
 * else the one kept earlier in this tab; null when there is neither. Storage that refuses is no reason to fail.
 */
export function leadTokenOf(hash: string, storage: KeyValueStorage | null): string | null {
  const fromLink = tokenFromFragment(hash);
  try {
    if (fromLink) {
      storage?.setItem(LEAD_TOKEN_STORAGE_KEY, fromLink);
      return fromLink;
    }
    return storage?.getItem(LEAD_TOKEN_STORAGE_KEY)?.trim() || null;
  } catch {
    return fromLink;
  }
}
