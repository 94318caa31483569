import type {
  CreateWorkshopBody,
  CreateWorkshopResponse,
  JoinBody,
  JoinResponse,
  LeadActionResponse,
  LeadLinkCreated,
  LeadLinksResponse,
  LeadProgressRequest,
  LeadProgressResponse,
  MeResponse,
  ShareLinkCreated,
  ShareLinksResponse,
  SharedPlanResponse,
} from '@roundtable/shared/protocol/rest';
import type { LeadSlot } from '@roundtable/shared/plan/plan';
import { CLIENT_CONFIG_PATH, type ClientConfigResponse } from '@roundtable/shared/protocol/clientConfig';
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

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

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

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  /** A share link's token, sent as `Authorization: Bearer`; the request then carries no cookies. */
  bearer?: string;
  accept?: string;
}

/** The response, or null when none came (offline, DNS, the server down). */
async function send(fetchFn: Fetch, method: Method, url: string, { body, bearer, accept = 'application/json' }: RequestOptions): Promise<Response | null> {
  const headers: Record<string, string> = { accept };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (bearer !== undefined) headers.authorization = `Bearer ${bearer}`;
  try {
    return await fetchFn(url, {
      method,
      credentials: bearer === undefined ? 'same-origin' : 'omit',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return null;
  }
}

const NO_ANSWER: RestResult<never> = { ok: false, failure: { status: 0, code: 'network', message: '', fields: {} } };

async function failureOf(response: Response): Promise<RestResult<never>> {
  const parsed: unknown = await response.json().catch(() => null);
  return { ok: false, failure: failureFromBody(response.status, parsed) };
}

/** A JSON request answered by a JSON body (the account calls in accountClient.ts use it too). */
export async function request<T>(fetchFn: Fetch, method: Method, url: string, options: RequestOptions = {}): Promise<RestResult<T>> {
  const response = await send(fetchFn, method, url, options);
  if (!response) return NO_ANSWER;
  if (!response.ok) return failureOf(response);
  const parsed: unknown = await response.json().catch(() => null);
  if (parsed !== null) return { ok: true, data: parsed as T };
  return { ok: false, failure: failureFromBody(response.status, null) };
}

/** A request answered by `204 No Content` when it succeeds. */
export async function requestNoContent(fetchFn: Fetch, method: Method, url: string): Promise<RestResult<null>> {
  const response = await send(fetchFn, method, url, {});
  if (!response) return NO_ANSWER;
  return response.ok ? { ok: true, data: null } : failureOf(response);
}

/** A file to save, with the name the server gave it in `Content-Disposition` (null when it gave none). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

async function requestFile(fetchFn: Fetch, url: string, bearer: string): Promise<RestResult<DownloadedFile>> {
  const response = await send(fetchFn, 'GET', url, { bearer, accept: '*/*' });
  if (!response) return NO_ANSWER;
  if (!response.ok) return failureOf(response);
  try {
    return { ok: true, data: { blob: await response.blob(), fileName: fileNameFromDisposition(response.headers.get('content-disposition')) } };
  } catch {
    return NO_ANSWER;
  }
}

/**
 * The file name of `Content-Disposition: attachment; filename="…"`, reduced to characters safe in any file system;
 * null when there is none.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  const match = header ? /filename="([^"]*)"|filename=([^;\s]+)/i.exec(header) : null;
  const raw = match?.[1] ?? match?.[2] ?? '';
  const safe = raw.replace(/[^\w.-]+/g, '-').replace(/^[.-]+/, '');
  return safe ? safe : null;
}

/** The formats the plan downloads in (EXP1). */
export type PlanFormat = 'docx' | 'pdf' | 'md' | 'csv';

function workshopPath(workshopId: string): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}`;
}

export function createRestClient(fetchFn: Fetch = (input, init) => fetch(input, init)) {
  return {
    createWorkshop: (body: CreateWorkshopBody) => request<CreateWorkshopResponse>(fetchFn, 'POST', '/api/workshops', { body }),
    join: (body: JoinBody) => request<JoinResponse>(fetchFn, 'POST', '/api/join', { body }),
    /** Exchanges a link's token for the HttpOnly cookie. */
    startSession: (workshopId: string, token: string) => request<MeResponse>(fetchFn, 'POST', '/api/session', { body: { workshopId, token } }),
    me: (workshopId: string) => request<MeResponse>(fetchFn, 'GET', `${workshopPath(workshopId)}/me`),
    /** [SHARE1] Facilitators' read-only links to the agreed plan. */
    shareLinks: (workshopId: string) => request<ShareLinksResponse>(fetchFn, 'GET', `${workshopPath(workshopId)}/share-links`),
    createShareLink: (workshopId: string) => request<ShareLinkCreated>(fetchFn, 'POST', `${workshopPath(workshopId)}/share-links`, { body: {} }),
    revokeShareLink: (workshopId: string, linkId: string) =>
      requestNoContent(fetchFn, 'DELETE', `${workshopPath(workshopId)}/share-links/${encodeURIComponent(linkId)}`),
    /** [SHARE2] What a share link opens, by its token (never in a URL: it would reach logs and history). */
    sharedPlan: (token: string) => request<SharedPlanResponse>(fetchFn, 'GET', '/api/shared/plan.json', { bearer: token }),
    sharedPlanFile: (token: string, format: PlanFormat) => requestFile(fetchFn, `/api/shared/plan.${format}`, token),
    /** [WALLV5] What the browser needs of the server's configuration (tldraw's licence key). */
    clientConfig: () => request<ClientConfigResponse>(fetchFn, 'GET', CLIENT_CONFIG_PATH),
    /** Facilitators' personal links for each agreed action's leads, to report progress (session five). */
    leadLinks: (workshopId: string) => request<LeadLinksResponse>(fetchFn, 'GET', `${workshopPath(workshopId)}/lead-links`),
    createLeadLink: (workshopId: string, body: { actionId: string; slot: LeadSlot }) =>
      request<LeadLinkCreated>(fetchFn, 'POST', `${workshopPath(workshopId)}/lead-links`, { body }),
    revokeLeadLink: (workshopId: string, linkId: string) =>
      requestNoContent(fetchFn, 'DELETE', `${workshopPath(workshopId)}/lead-links/${encodeURIComponent(linkId)}`),
    /** What a lead link opens, and a lead's report, by the link's token (sent as Bearer, never in a URL). */
    leadAction: (token: string) => request<LeadActionResponse>(fetchFn, 'GET', '/api/lead/action.json', { bearer: token }),
    reportProgress: (token: string, body: LeadProgressRequest) =>
      request<LeadProgressResponse>(fetchFn, 'POST', '/api/lead/progress', { body, bearer: token }),
  };
}

export type RestClient = ReturnType<typeof createRestClient>;
