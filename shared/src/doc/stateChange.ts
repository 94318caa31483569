import type { z } from 'zod';
import { recordSchemaOf } from './salvage';

/**
 * [DOC5] Whether a change leaves a state that loads back: `next` passes the same schema a load uses, given that
 * `prev` did. Only what the change touched is validated — a part that is the same object as before is skipped, and of a
 * record only its new and replaced entries (with the record's own checks on their keys) — so the cost follows the size
 * of the change, not of the workshop (a full validation of a 600-card workshop measured ~3 ms). Transitions share
 * unchanged objects, so this is the full validation's answer at a fraction of its cost.
 *
 * Returns null when valid, else the first problem as "part.key.field: message".
 */
export function problemWithChange(parts: z.ZodObject, prev: object, next: object): string | null {
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  for (const [name, schema] of Object.entries(parts.shape)) {
    if (before[name] === after[name]) continue;
    const record = recordSchemaOf(schema as z.ZodType);
    const value = record && isObject(before[name]) && isObject(after[name]) ? changedEntries(before[name], after[name]) : after[name];
    const parsed = (record ?? (schema as z.ZodType)).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return `${[name, ...(issue?.path ?? []).map(String)].join('.')}: ${issue?.message ?? 'not valid'}`;
    }
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of `after` that are new or replaced since `before`, as a record of their own. */
function changedEntries(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (!Object.hasOwn(before, key) || before[key] !== value) Object.defineProperty(changed, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return changed;
}
