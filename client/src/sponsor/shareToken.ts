import { tokenFromFragment } from '../api/linkFragment';
import type { KeyValueStorage } from '../live/outboxStorage';

/** Where this tab keeps a share link's token once it has left the address bar, so a reload still opens the plan. */
export const SHARE_TOKEN_STORAGE_KEY = 'roundtable.shareToken';

/**
 * The token of the share link this tab was opened with: the one in the #fragment (kept in `storage` for reloads),
 * else the one kept earlier in this tab; null when there is neither. Storage that refuses is no reason to fail.
 */
export function shareTokenOf(hash: string, storage: KeyValueStorage | null): string | null {
  const fromLink = tokenFromFragment(hash);
  try {
    if (fromLink) {
      storage?.setItem(SHARE_TOKEN_STORAGE_KEY, fromLink);
      return fromLink;
    }
    return storage?.getItem(SHARE_TOKEN_STORAGE_KEY)?.trim() || null;
  } catch {
    return fromLink;
  }
}

/** The tab's sessionStorage, or null where the browser refuses it (some privacy modes throw on access). */
export function tabStorage(): KeyValueStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
