import type {
  CreateWorkshopBody,
  CreateWorkshopResponse,
  JoinBody,
  JoinResponse,
  MeResponse,
} from '@roundtable/shared/protocol/rest';
import { ERROR_CODES, type ErrorCode } from '@roundtable/shared/protocol/errors';

/**
 * The REST calls the client makes. Every call resolves (never rejects) with either the body or a failure
 * that says what went wrong: an HTTP status with the server's error, or `network` when no answer came.
 */
export interface RestFailure {
  /** HTTP status, or 0 when the request never got an answer. */
  status: number;
  code: ErrorCode | 'network' | 'unexpected';
  message: string;
  fields: Record<string, string>;
}

export type RestResult<T> = { ok: true; data: T } | { ok: false; failure: RestFailure };

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Reads an error body `{ error: { code, message, fields? } }` defensively: it crosses a trust boundary. */
export function failureFromBody(status: number, body: unknown): RestFailure {
  const error = (body as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  const fields: Record<string, string> = {};
  if (error && typeof error.fields === 'object' && error.fields !== null) {
    for (const [key, value] of Object.entries(error.fields)) if (typeof value === 'string') fields[key] = value;
  }
  return {
    status,
    code: isErrorCode(error?.code) ? error.code : 'unexpected',
    message: typeof error?.message === 'string' ? error.message : '',
    fields,
  };
}

async function request<T>(fetchFn: Fetch, method: 'GET' | 'POST', url: string, body?: unknown): Promise<RestResult<T>> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, failure: { status: 0, code: 'network', message: '', fields: {} } };
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (response.ok && parsed !== null) return { ok: true, data: parsed as T };
  return { ok: false, failure: failureFromBody(response.status, parsed) };
}

export function createRestClient(fetchFn: Fetch = (input, init) => fetch(input, init)) {
  return {
    createWorkshop: (body: CreateWorkshopBody) => request<CreateWorkshopResponse>(fetchFn, 'POST', '/api/workshops', body),
    join: (body: JoinBody) => request<JoinResponse>(fetchFn, 'POST', '/api/join', body),
    /** Exchanges a link's token for the HttpOnly cookie. */
    startSession: (workshopId: string, token: string) => request<MeResponse>(fetchFn, 'POST', '/api/session', { workshopId, token }),
    me: (workshopId: string) => request<MeResponse>(fetchFn, 'GET', `/api/workshops/${encodeURIComponent(workshopId)}/me`),
  };
}

export type RestClient = ReturnType<typeof createRestClient>;
