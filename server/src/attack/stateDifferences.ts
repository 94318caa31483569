/**
 * Compares two states as the workshop means them: a property holding `undefined` is absent (a Y.Doc cannot hold
 * one), 0 and -0 are the same number; everything else must be equal, strings to the code unit. Returns where they
 * differ (at most `limit` places), so a failure says what was lost rather than that something was.
 */
export interface Difference {
  path: string;
  left: unknown;
  right: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ABSENT = Symbol('absent');

function keyPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) && !['constructor', '__proto__', 'prototype'].includes(key) ? `${path}${path ? '.' : ''}${key}` : `${path}[${JSON.stringify(key)}]`;
}

function walk(left: unknown, right: unknown, path: string, out: Difference[], limit: number): void {
  if (out.length >= limit) return;
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) out.push({ path: `${path}.length`, left: left.length, right: right.length });
    for (let i = 0; i < Math.min(left.length, right.length); i += 1) walk(left[i], right[i], keyPath(path, i), out, limit);
    return;
  }
  if (isPlainObject(left) && isPlainObject(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) {
      const l = Object.hasOwn(left, key) && left[key] !== undefined ? left[key] : ABSENT;
      const r = Object.hasOwn(right, key) && right[key] !== undefined ? right[key] : ABSENT;
      if (l === ABSENT && r === ABSENT) continue;
      if (l === ABSENT || r === ABSENT) out.push({ path: keyPath(path, key), left: l === ABSENT ? '<absent>' : l, right: r === ABSENT ? '<absent>' : r });
      else walk(l, r, keyPath(path, key), out, limit);
      if (out.length >= limit) return;
    }
    return;
  }
  const same = typeof left === 'number' && typeof right === 'number' ? left === right || (Number.isNaN(left) && Number.isNaN(right)) : left === right;
  if (!same) out.push({ path: path || '(whole)', left, right });
}

export function differences(left: unknown, right: unknown, limit = 6): Difference[] {
  const out: Difference[] = [];
  walk(left, right, '', out, limit);
  return out;
}

/**
 * The top-level parts of a state a change touched (`boards`, `cards`, `meta`…), for blaming a change on a command;
 * `prefix` names the state (`hidden.` for the hidden state).
 */
export function touchedParts(before: unknown, after: unknown, prefix = ''): string[] {
  if (!isPlainObject(before) || !isPlainObject(after)) return before === after ? [] : [`${prefix}(whole)`];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => before[key] !== after[key] && differences(before[key], after[key], 1).length > 0).map((key) => `${prefix}${key}`);
}

/** What a case changed of a workshop, shared and hidden state (`hidden.ballots`…); empty if either is unknown. */
export function changedParts(before: { ok: boolean; state?: unknown; hidden?: unknown }, after: { ok: boolean; state?: unknown; hidden?: unknown }): string[] {
  if (!before.ok || !after.ok) return [];
  return [...touchedParts(before.state, after.state), ...(before.hidden && after.hidden ? touchedParts(before.hidden, after.hidden, 'hidden.') : [])];
}

/**
 * JSON for a failure message, readable at any size: long strings cut (with their length), long lists and deep
 * nesting elided, NUL and lone surrogates shown escaped (as JSON.stringify writes them).
 */
// eslint-disable-next-line no-control-regex -- finding control characters and surrogate halves is this pattern's purpose
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/;

/** A long string cut to its start, its length and, if it holds one, its first unusual character in context. */
function cut(text: string): string {
  const at = text.search(UNUSUAL);
  const where = at > 40 ? `, at ${at}: ${JSON.stringify(text.slice(at - 8, at + 8))}` : '';
  return `${text.slice(0, 40)}…(${text.length} chars${where})`;
}

export function preview(value: unknown, maxChars = 600): string {
  const shrink = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return v.length > 80 ? cut(v) : v;
    if (depth > 5 && typeof v === 'object' && v !== null) return `…(nested deeper)`;
    if (Array.isArray(v)) return v.length > 8 ? [...v.slice(0, 4).map((x) => shrink(x, depth + 1)), `…(${v.length} items)`] : v.map((x) => shrink(x, depth + 1));
    if (isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      const entries = Object.entries(v);
      for (const [key, x] of entries.slice(0, 12)) Object.defineProperty(out, key, { value: shrink(x, depth + 1), enumerable: true, writable: true, configurable: true });
      if (entries.length > 12) out['…'] = `${entries.length} keys`;
      return out;
    }
    return v;
  };
  const text = JSON.stringify(shrink(value, 0)) ?? String(value);
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}

/** Where two strings first differ, with a little context: long texts that differ in one character stay readable. */
function firstDifference(left: string, right: string): string {
  let at = 0;
  while (at < left.length && left[at] === right[at]) at += 1;
  const window = (t: string) => JSON.stringify(t.slice(Math.max(0, at - 12), at + 12));
  return `at ${at} of ${left.length}/${right.length} chars: ${window(left)} vs ${window(right)}`;
}

export function describeDifferences(diffs: readonly Difference[], leftName: string, rightName: string): string {
  return diffs
    .map((d) => {
      const long = typeof d.left === 'string' && typeof d.right === 'string' && d.left.length + d.right.length > 60;
      return long ? `${d.path}: ${leftName} vs ${rightName} ${firstDifference(d.left as string, d.right as string)}` : `${d.path}: ${leftName} ${preview(d.left, 160)}, ${rightName} ${preview(d.right, 160)}`;
    })
    .join('; ');
}
