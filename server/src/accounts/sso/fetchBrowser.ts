/**
 * For tests: what a browser does with redirects and cookies, on fetch. Cookies are kept per host (the port does not
 * count, as in browsers) with their path, sent on requests whose path they cover, and forgotten when a response
 * expires them. Redirects are followed one at a time, so a test can stop at any hop, change it, and go on.
 */
export interface StoredCookie {
  name: string;
  value: string;
  host: string;
  path: string;
}

export interface Hop {
  url: URL;
  status: number;
  /** Where a redirect points (resolved), or null. */
  location: URL | null;
  /** The response's Set-Cookie lines, as sent. */
  setCookies: string[];
  body: string;
}

export class FetchBrowser {
  readonly cookies: StoredCookie[] = [];

  /** Cookies this browser would send to `url`. */
  cookieHeader(url: URL): string {
    return this.cookies
      .filter((c) => c.host === url.hostname && pathCovers(c.path, url.pathname))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  cookie(name: string): StoredCookie | undefined {
    return this.cookies.find((c) => c.name === name);
  }

  /** One request (no redirect followed); stores the cookies it sets. */
  async request(url: URL | string, init: { method?: string; form?: Record<string, string>; cookieHeader?: string } = {}): Promise<Hop> {
    const target = new URL(url);
    const headers: Record<string, string> = {};
    const cookie = init.cookieHeader ?? this.cookieHeader(target);
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const res = await fetch(target, { method: init.method ?? (init.form ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) this.store(target, line);
    const location = res.headers.get('location');
    return { url: target, status: res.status, location: location ? new URL(location, target) : null, setCookies, body: await res.text() };
  }

  /** Follows redirects from `hop` until a response that is not one, or until `stopAt` says to stop at a redirect's target. */
  async follow(hop: Hop, stopAt: (next: URL) => boolean = () => false, maxHops = 20): Promise<Hop> {
    let current = hop;
    for (let i = 0; i < maxHops && current.location && current.status >= 300 && current.status < 400; i++) {
      if (stopAt(current.location)) return current;
      current = await this.request(current.location);
    }
    return current;
  }

  private store(from: URL, line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = from.pathname.replace(/\/[^/]*$/, '') || '/';
    let expired = false;
    for (const attribute of attributes) {
      const [key = '', v = ''] = attribute.split('=');
      const k = key.toLowerCase();
      if (k === 'path') path = v;
      if (k === 'max-age' && Number(v) <= 0) expired = true;
      if (k === 'expires' && Date.parse(v) <= Date.now()) expired = true;
    }
    const index = this.cookies.findIndex((c) => c.name === name && c.host === from.hostname && c.path === path);
    if (index >= 0) this.cookies.splice(index, 1);
    if (!expired) this.cookies.push({ name, value, host: from.hostname, path });
  }
}

function pathCovers(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  return requestPath.startsWith(cookiePath.endsWith('/') ? cookiePath : `${cookiePath}/`);
}
