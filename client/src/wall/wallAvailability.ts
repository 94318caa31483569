/** Why the wall shows the plain board view instead of the canvas. */
export type WallUnavailable = 'noLicence' | 'loadFailed';

export type WallAvailability = { ok: true; licenseKey: string | null } | { ok: false; reason: WallUnavailable };

function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * [WALLV5] Whether the canvas can run here. tldraw needs a licence key in production: without one it runs only where
 * it counts as development — a page over plain http, or https on this machine (localhost, 127.x, ::1). A `*.localhost`
 * name is not development in a production build. With a key, the wall runs anywhere; if tldraw then fails to load,
 * the page says so ('loadFailed') and shows the plain board view.
 */
export function wallAvailability(page: { protocol: string; hostname: string }, licenseKey: string | null): WallAvailability {
  const key = licenseKey?.trim() ? licenseKey.trim() : null;
  if (key) return { ok: true, licenseKey: key };
  if (page.protocol === 'http:' && !page.hostname.toLowerCase().endsWith('.localhost')) return { ok: true, licenseKey: null };
  if (page.protocol === 'https:' && isLoopback(page.hostname)) return { ok: true, licenseKey: null };
  return { ok: false, reason: 'noLicence' };
}
