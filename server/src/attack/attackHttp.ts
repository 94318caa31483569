/** One HTTP exchange as the attack suites make it: any method, headers and raw body; the answer never throws. */
export interface HttpAnswer {
  status: number;
  /** The body parsed as JSON, or its text when it is not JSON. */
  body: unknown;
}

export interface HttpRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent as is (already JSON, or deliberately not). */
  rawBody?: string;
}

export async function httpCall(baseUrl: string, request: HttpRequest): Promise<HttpAnswer> {
  try {
    const res = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.rawBody });
    const type = res.headers.get('content-type') ?? '';
    const text = type.includes('json') || type.includes('text') ? await res.text() : `(${(await res.arrayBuffer()).byteLength} bytes of ${type || 'unknown type'})`;
    let body: unknown = text;
    try {
      body = type.includes('json') && text ? JSON.parse(text) : text;
    } catch {
      body = text;
    }
    return { status: res.status, body };
  } catch (error) {
    return { status: 0, body: `no answer: ${(error as Error).message}` };
  }
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** A JSON POST as a script sends it. */
export function jsonPost(path: string, body: unknown, headers: Record<string, string> = {}): HttpRequest {
  return { method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, rawBody: JSON.stringify(body) };
}

/** The token in a link's #fragment (`…#token=…`). */
export function tokenInLink(link: string): string {
  const token = new URL(link).hash.match(/token=([^&]+)/)?.[1];
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}
