import { REFUSAL_CODES } from '../command/transitionResult';

/**
 * Every rejected command, request or connection carries one of these codes and a sentence a person can act on.
 * The client shows its own catalogue text for the code (so it can be translated) and keeps what the user typed.
 */
export const ERROR_CODES = [
  // A transition's refusals: not valid, not yours to do, gone, changed meanwhile, not now, paused, full, not available.
  ...REFUSAL_CODES,
  'unauthorized',
  'rate_limited',
  'protocol_outdated',
  /** The workshop's stored record is damaged; it is shown as far as it can be read, and changes wait for a repair (RESC1). */
  'read_only',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Field path → what is wrong with it, for form validation. */
  fields?: Record<string, string>;
}

/** The result of every command, as the acknowledgement carries it. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AppError };

export function ok<T>(data: T): Ack<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): { ok: false; error: AppError } {
  return fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };
}

/** zod issues → field messages keyed by dotted path ("" for the whole body). */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const fields = new Map<string, string>();
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!fields.has(key)) fields.set(key, issue.message);
  }
  // fromEntries defines own properties: a path such as `__proto__` stays a field name (ID1).
  return Object.fromEntries(fields);
}
