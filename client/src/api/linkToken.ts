import type { KeyValueStorage } from '../live/outboxStorage';
import { tokenFromFragment } from './linkFragment';

/**
 * The token of the link (a share link, a lead link) this tab was opened with: the one in the #fragment (kept in
 * `storage` under `storageKey`, so a reload still opens what the link opens once the token has left the address bar),
 * else the one kept earlier in this tab; null when there is neither. Storage that refuses is no reason to fail.
 */
export function linkTokenOf(hash: string, storage: KeyValueStorage | null, storageKey: string): string | null {
  const fromLink = tokenFromFragment(hash);
  try {
    if (fromLink) {
      storage?.setItem(storageKey, fromLink);
      return fromLink;
    }
    return storage?.getItem(storageKey)?.trim() || null;
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
