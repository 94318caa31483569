/**
 * [TEXT1] Text as it arrives from outside, checked once at the edge for every command and REST body before its
 * schema sees it: no NUL or other control character but tab, line feed and carriage return (the store's text and
 * jsonb columns refuse NUL, so such text could be acknowledged and then never stored), no lone surrogate half (not
 * text at all: it cannot be encoded as UTF-8), and every string, keys included, normalised to NFC so that the same
 * words typed on two devices are the same text.
 */

/** C0 controls but \t \n \r, DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Deeper than any payload of ours: a deeper value is refused rather than walked. */
const MAX_DEPTH = 16;

export type WireTextResult = { ok: true; value: unknown } | { ok: false; path: string; message: string };

/** Checks and normalises every string in `value` (a parsed JSON value); returns a copy, or where the first bad text is. */
export function cleanWireText(value: unknown): WireTextResult {
  try {
    return { ok: true, value: clean(value, [], 0) };
  } catch (error) {
    if (error instanceof BadText) return { ok: false, path: error.path, message: error.message };
    throw error;
  }
}

class BadText extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function clean(value: unknown, path: string[], depth: number): unknown {
  if (typeof value === 'string') return cleanString(value, path);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) throw new BadText(path.join('.'), 'That is nested too deeply.');
  if (Array.isArray(value)) return value.map((item, i) => clean(item, [...path, String(i)], depth + 1));
  // No prototype: a key such as `__proto__` stays an ordinary key here, for the schema to judge.
  const copy: Record<string, unknown> = Object.create(null);
  for (const [key, item] of Object.entries(value)) copy[cleanString(key, [...path, key])] = clean(item, [...path, key], depth + 1);
  return { ...copy };
}

function cleanString(text: string, path: string[]): string {
  const where = path.join('.');
  if (CONTROL_CHARACTER.test(text)) throw new BadText(where, 'Text cannot contain control characters such as NUL.');
  if (LONE_SURROGATE.test(text)) throw new BadText(where, 'Text must be valid Unicode (it has half of a character pair).');
  return text.normalize('NFC');
}
