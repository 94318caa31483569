import type { IncomingMessage } from 'node:http';

/**
 * Cross-site websocket hijacking guard for Socket.io and Yjs upgrades. Browsers always send `Origin` on a
 * websocket, so: no Origin (a script, a test) is allowed; otherwise the origin must be the server's own
 * (same host as the request) or one of the configured extra origins.
 */
export function isAllowedOrigin(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
