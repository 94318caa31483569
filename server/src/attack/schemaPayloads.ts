import { z } from 'zod';
import type { Random } from '@roundtable/shared/testing/seededRandom';

/**
 * Valid payloads generated from the wire schemas themselves, so a new command or field is attacked the day it is
 * added. The zod schemas are read through `z.toJSONSchema` (input side: what a client sends, before transforms);
 * refinements do not survive that, so a generated value is only *meant* to be valid — the caller asks the zod schema
 * whether it is, and expects `invalid_payload` when it is not.
 */
export interface JsonSchema {
  type?: 'object' | 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** What a client may send for `schema`, as JSON Schema. */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Where ids, record keys and texts come from: the workshop under attack, chosen by the field's name. */
export interface ValueSource {
  readonly random: Random;
  /** Include every optional field (so a sweep reaches each), rather than about half of them. */
  readonly includeOptional?: boolean;
  /** A value for an id field (`boardId`, `cardId`, `id`…). */
  id(field: string): string;
  /** Candidate keys for a record field (`answers`, `texts`: the survey's questions of that kind). */
  recordKeys(field: string): string[];
  /** A string for a field that is not an id, date or link, `min`-`max` characters after trimming. */
  text(field: string, min: number, max: number): string;
}

/** Whether a field holds an id, by name: `id`, `commandId`, `boardId`, `targetId`… */
export const isIdField = (field: string) => field === 'id' || /Id$/.test(field);

const YEARS = [2031, 2032, 2033, 2034];
const pad = (n: number) => String(n).padStart(2, '0');

function stringValue(schema: JsonSchema, field: string, src: ValueSource): string {
  const { random } = src;
  if (isIdField(field)) return src.id(field);
  if (schema.format === 'date') return `${random.pick(YEARS)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  if (schema.pattern?.includes('Q[1-4]')) return `${random.pick(YEARS)}-Q${random.int(1, 4)}`;
  if (schema.pattern?.includes('(0[1-9]|1[0-2])')) return `${random.pick(YEARS)}-${pad(random.int(1, 12))}`;
  if (field === 'email') return `person-${random.int(1, 1_000_000)}@example.org`;
  if (field === 'url') return `https://example.org/evidence/${random.int(1, 999)}`;
  return src.text(field, schema.minLength ?? 0, schema.maxLength ?? 200);
}

function numberValue(schema: JsonSchema, field: string, random: Random): number {
  const integer = schema.type === 'integer';
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 1e-6) : -1_000_000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 1e-6) : 1_000_000);
  if (random.chance(0.15)) return random.pick([min, max]);
  // Mostly where real values are: small indexes and counts, coordinates near the middle of the wall.
  const low = min < 0 && max > 0 ? Math.max(min, -2_000) : min;
  const high = /Index$/.test(field) ? Math.min(max, low + 6) : Math.min(max, low + 4_000);
  const value = low + random.next() * (high - low);
  return integer ? Math.round(value) : Math.round(value * 10) / 10;
}

function branchValue(branches: readonly JsonSchema[], field: string, src: ValueSource): unknown {
  const nonNull = branches.filter((b) => b.type !== 'null');
  if (nonNull.length < branches.length && (nonNull.length === 0 || src.random.chance(0.25))) return null;
  return validValue(src.random.pick(nonNull), field, src);
}

function objectValue(schema: JsonSchema, src: ValueSource): Record<string, unknown> {
  const required = new Set(schema.required ?? []);
  const value: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (required.has(key) || src.includeOptional || src.random.chance(0.5)) value[key] = validValue(property, key, src);
  }
  return value;
}

/** A record keyed by ids (survey answers by question): a few of the candidate keys. */
function recordValue(schema: JsonSchema, field: string, src: ValueSource): Record<string, unknown> {
  const entrySchema = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
  const value: Record<string, unknown> = {};
  for (const key of src.recordKeys(field)) if (src.includeOptional || src.random.chance(0.6)) value[key] = validValue(entrySchema, field, src);
  return value;
}

function arrayValue(schema: JsonSchema, field: string, src: ValueSource): unknown[] {
  const min = schema.minItems ?? 0;
  const max = Math.min(schema.maxItems ?? 5, min + 4);
  return Array.from({ length: src.random.int(min, max) }, () => validValue(schema.items ?? {}, field, src));
}

/** A value meant to satisfy `schema`; `field` is the name it will be sent under (ids and texts are chosen by it). */
export function validValue(schema: JsonSchema, field: string, src: ValueSource): unknown {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return branchValue(branches, field, src);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return src.random.pick(schema.enum);
  switch (schema.type) {
    case 'object':
      return schema.properties ? objectValue(schema, src) : recordValue(schema, field, src);
    case 'array':
      return arrayValue(schema, field, src);
    case 'string':
      return stringValue(schema, field, src);
    case 'number':
    case 'integer':
      return numberValue(schema, field, src.random);
    case 'boolean':
      return src.random.chance(0.5);
    case 'null':
      return null;
    default:
      return src.random.pick(['anything', 7, true, null]);
  }
}
