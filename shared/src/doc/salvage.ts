import { z } from 'zod';

/** One record that could not be read back, set aside by `salvage` (never silently dropped: it is reported). */
export interface SetAside {
  /** The part of the state it was in (`boards`, `cards`, …). */
  part: string;
  key: string;
  problem: string;
  value: unknown;
}

/**
 * [RESC1] Reads what can be read of a state that as a whole fails its schema: every part that is valid is kept, and of
 * a record that is not, each valid entry is kept and each invalid one set aside with its problem. Returns null when a
 * part that is not a record (the workshop's details, the plan, the survey) is itself invalid: then nothing can be
 * trusted.
 */
export function salvage<T>(parts: z.ZodObject, raw: Record<string, unknown>): { state: T; setAside: SetAside[] } | null {
  const state: Record<string, unknown> = {};
  const setAside: SetAside[] = [];
  for (const [name, schema] of Object.entries(parts.shape) as [string, z.ZodType][]) {
    const whole = schema.safeParse(raw[name]);
    if (whole.success) {
      state[name] = whole.data;
      continue;
    }
    const record = recordSchemaOf(schema);
    const value = raw[name];
    if (!record || typeof value !== 'object' || value === null) return null;
    const kept: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      const one = record.safeParse(Object.fromEntries([[key, entry]]));
      if (one.success) Object.assign(kept, one.data);
      else setAside.push({ part: name, key, problem: one.error.issues[0]?.message ?? 'not valid', value: entry });
    }
    state[name] = kept;
  }
  return { state: state as T, setAside };
}

export function recordSchemaOf(schema: z.ZodType): z.ZodRecord | null {
  if (schema instanceof z.ZodRecord) return schema;
  if (schema instanceof z.ZodDefault) return recordSchemaOf(schema.unwrap() as z.ZodType);
  return null;
}
