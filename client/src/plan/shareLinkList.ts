import type { ShareLinkInfo } from '@roundtable/shared/protocol/rest';

/** Live links first, then revoked ones; newest first within each. */
export function shareLinksInOrder(links: readonly ShareLinkInfo[]): ShareLinkInfo[] {
  return [...links].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * When a link was made or revoked, to the minute in the reader's time zone ("3 Mar 2026, 14:05"), so that two links
 * made the same day can be told apart.
 */
export function shareLinkTime(locale: string, timestamp: string): string {
  const parsed = new Date(timestamp);
  if (Number.isNaN(parsed.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(parsed);
}
