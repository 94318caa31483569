import type { BrowserContext, Page, Request } from 'playwright-core';

/*
 * Roundtable must run in a room with no internet: every script, style, font, icon and translation comes from its own
 * server. These helpers put a browser context behind a wall that lets only the app's own origin through, and record
 * every attempt to reach any other host, so a test can fail on it.
 */

/** One attempt to reach a host other than the app's own, stopped before it left the browser. */
export interface ForeignAttempt {
  /** An HTTP(S) request (any resource type: script, font, image, fetch…) or a WebSocket. */
  kind: 'request' | 'websocket';
  url: string;
  /** Playwright's resource type of a request ("font", "script", "fetch"…); "websocket" for a WebSocket. */
  resourceType: string;
  /** The page (its URL at the time) the attempt came from, when known. */
  from: string;
}

export interface NetworkIsolation {
  /** The app's origin, e.g. http://localhost:41234: the only one let through. */
  readonly origin: string;
  /** Every attempt to reach another host, in order. */
  readonly foreign: readonly ForeignAttempt[];
  /** Every request to the app's own origin that was let through (URL and resource type), in order. */
  readonly own: readonly { url: string; resourceType: string }[];
}

/** Schemes that never leave the browser, so they have no host to check. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:', 'devtools:']);

/** The origin a URL reaches, with ws(s) folded into http(s) (the app's live connections use its own origin). */
function httpOrigin(url: URL): string {
  const protocol = url.protocol === 'ws:' ? 'http:' : url.protocol === 'wss:' ? 'https:' : url.protocol;
  return `${protocol}//${url.host}`;
}

/** Whether `url` stays inside the browser or goes to `origin`; anything else is foreign. */
export function isOwnOrLocal(url: string, origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return LOCAL_SCHEMES.has(parsed.protocol) || httpOrigin(parsed) === origin;
}

/**
 * From now on, `context` reaches only `appUrl`'s origin: any other request is aborted and any other WebSocket is
 * closed, and both are recorded. Call it before the context's first page navigates. A different port or another
 * name for the same machine (127.0.0.1 for localhost) counts as another host, as it would for a browser.
 */
export async function isolateNetwork(context: BrowserContext, appUrl: string): Promise<NetworkIsolation> {
  const origin = new URL(appUrl).origin;
  const foreign: ForeignAttempt[] = [];
  const own: { url: string; resourceType: string }[] = [];
  const seen = new WeakSet<Request>();
  const fromOf = (request: Request) => {
    try {
      return request.frame().url();
    } catch {
      // A service worker's request has no frame.
      return '(no page)';
    }
  };
  const recordForeign = (request: Request) => {
    if (seen.has(request)) return;
    seen.add(request);
    foreign.push({ kind: 'request', url: request.url(), resourceType: request.resourceType(), from: fromOf(request) });
  };

  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isOwnOrLocal(request.url(), origin)) {
      own.push({ url: request.url(), resourceType: request.resourceType() });
      await route.continue();
      return;
    }
    recordForeign(request);
    await route.abort('blockedbyclient');
  });
  // A second net: a request that the route did not see (none is expected) is still recorded.
  context.on('request', (request) => {
    if (!isOwnOrLocal(request.url(), origin)) recordForeign(request);
  });
  // WebSockets do not go through `route`; a foreign one is answered by Playwright and closed, never connected.
  await context.routeWebSocket(
    (url) => !isOwnOrLocal(url.href, origin),
    (ws) => {
      foreign.push({ kind: 'websocket', url: ws.url(), resourceType: 'websocket', from: '(a page of this context)' });
      ws.close({ code: 4000, reason: 'Blocked: not the app’s own host' });
    },
  );
  return { origin, foreign, own };
}

/**
 * References to other hosts that a page holds without having requested them yet: resource elements and hints
 * (`<link rel="preconnect">` opens a connection Playwright never sees as a request) and `url(…)` in its style
 * sheets (a font face is fetched only once text uses it). Returns "what: url" lines; empty when there are none.
 */
export async function foreignReferencesIn(page: Page, origin: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const refs: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('link[href], script[src], img[src], img[srcset], source[src], source[srcset], iframe[src], video[src], audio[src], object[data], embed[src]'))) {
      const tag = element.tagName.toLowerCase();
      const rel = element.getAttribute('rel');
      for (const attr of ['href', 'src', 'data']) {
        const value = element.getAttribute(attr);
        if (value) refs.push(`${tag}${rel ? `[rel=${rel}]` : ''} ${attr}\n${new URL(value, document.baseURI).href}`);
      }
      const srcset = element.getAttribute('srcset');
      if (srcset) for (const candidate of srcset.split(',')) refs.push(`${tag} srcset\n${new URL(candidate.trim().split(/\s+/)[0] ?? '', document.baseURI).href}`);
    }
    for (const sheet of Array.from(document.styleSheets)) {
      const sheetUrl = sheet.href ?? document.baseURI;
      let rules: CSSRuleList;
      try {
        rules = sheet.cssRules;
      } catch {
        refs.push(`stylesheet that cannot be read (another origin)\n${sheet.href ?? '(inline)'}`);
        continue;
      }
      for (const rule of Array.from(rules)) {
        for (const match of rule.cssText.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
          const value = match[2] ?? '';
          refs.push(`css url() in ${sheet.href ?? 'an inline style sheet'}\n${new URL(value, sheetUrl).href}`);
        }
      }
    }
    return refs;
  });
  return found.flatMap((ref) => {
    const [what, url = ''] = ref.split('\n');
    return url && !isOwnOrLocal(url, origin) ? [`${what}: ${url}`] : [];
  });
}

/** The attempts as lines for a failure message: "font https://… (from http://localhost:…/w/…)". */
export function describeAttempts(attempts: readonly ForeignAttempt[]): string {
  return attempts.map((a) => `${a.resourceType} ${a.url} (from ${a.from})`).join('\n') || 'none';
}
