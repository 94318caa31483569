/**
 * What PostgreSQL (and so PGlite) does with JavaScript strings, for the in-memory store to do the same, so that a test
 * on it cannot pass where the SQL store would fail:
 * - a text column refuses NUL (22021: invalid byte sequence for encoding "UTF8": 0x00) and, since the driver encodes
 *   parameters as UTF-8, keeps a lone surrogate as U+FFFD;
 * - a jsonb column refuses `\u0000` (22P05: unsupported Unicode escape sequence) and a lone surrogate's escape
 *   (22P02: invalid input syntax for type json), in keys and values alike.
 */

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export class PostgresTextError extends Error {}

/** A string as a text column keeps it, or the error PostgreSQL would raise. */
export function asTextColumn(value: string): string {
  if (value.includes('\u0000')) throw new PostgresTextError('invalid byte sequence for encoding "UTF8": 0x00');
  return value.replace(LONE_SURROGATE, '\ufffd');
}

/** A value as a jsonb column keeps it, as JSON text (read back with JSON.parse), or the error PostgreSQL would raise. */
export function asJsonbColumn(value: unknown): string {
  const check = (text: string) => {
    if (text.includes('\u0000')) throw new PostgresTextError('unsupported Unicode escape sequence: \\u0000 cannot be converted to text');
    LONE_SURROGATE.lastIndex = 0;
    if (LONE_SURROGATE.test(text)) throw new PostgresTextError('invalid input syntax for type json: a lone Unicode surrogate');
  };
  return JSON.stringify(value, (key: string, v: unknown) => {
    check(key);
    if (typeof v === 'string') check(v);
    return v;
  });
}
