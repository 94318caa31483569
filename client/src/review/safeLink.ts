const WEB_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * The address to link evidence to, or null when it must be shown as plain text: only absolute http and https
 * addresses become links (never `javascript:`, `data:` or a path on this site). Evidence is typed by a lead and
 * read by everyone, so it is checked where it is shown as well as where it is sent.
 */
export function safeHref(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed) return null;
  try {
    const parsed = new URL(trimmed);
    return WEB_PROTOCOLS.has(parsed.protocol) && parsed.hostname !== '' ? parsed.href : null;
  } catch {
    return null;
  }
}
