import { isIdField } from './schemaPayloads';
import type { Random } from '@roundtable/shared/testing/seededRandom';

/**
 * How a valid payload is broken: each mutation changes one thing and says what (`note`), so a finding names it.
 * Value mutations change the payload (a socket command's or a REST body); emit mutations change how a command is
 * sent (arguments, ack, event name), for sockets only.
 */

/**
 * Names every plain object answers to. An id or record key equal to one of these must be an id like any other
 * (STYLE 15), never a built-in. Listed here, not imported, so the suite does not trust the code it attacks.
 */
export const BUILT_IN_NAMES = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
] as const;

/** The id rule (shared/src/ids/ids.ts): 8-64 of A-Z a-z 0-9 _ -. A shorter built-in name is padded to get past it. */
const ID_MIN_LENGTH = 8;
const paddedToIdLength = (name: string) => name.padEnd(ID_MIN_LENGTH, '_');

/** A built-in name as an id: as it is, or (when the id rule would refuse it for its length) padded to the rule. */
export function builtInId(random: Random): string {
  const name = random.pick(BUILT_IN_NAMES);
  return name.length < ID_MIN_LENGTH && random.chance(0.5) ? paddedToIdLength(name) : name;
}

export type Path = (string | number)[];
export interface Node {
  path: Path;
  value: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const showPath = (path: Path) => (path.length === 0 ? '(payload)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.'));

/** Every value inside `root` (not `root` itself), depth first. */
export function nodes(root: unknown, path: Path = []): Node[] {
  const children: [string | number, unknown][] = Array.isArray(root) ? root.map((v, i) => [i, v]) : isRecord(root) ? Object.entries(root) : [];
  return children.flatMap(([key, value]) => [{ path: [...path, key], value }, ...nodes(value, [...path, key])]);
}

/** Sets a property as the wire would (JSON.parse makes `__proto__` an own property; so does this). */
function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of `root` with the value at `path` replaced (or removed, for `undefined`). */
export function withValueAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return value;
  let parent = copy as Record<string, unknown> | unknown[];
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (value !== undefined) setOwn(parent, last, value);
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last as string];
  return copy;
}

export const keyOf = (node: Node) => String(node.path[node.path.length - 1]);
const strings = (root: unknown) => nodes(root).filter((n) => typeof n.value === 'string');

function deepJunk(depth: number): unknown {
  let junk: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) junk = i % 2 === 0 ? [junk] : { a: junk };
  return junk;
}

const JUNK: readonly unknown[] = [0, -1, 1.5, 1e308, true, false, null, '', '1', [], {}, [1, 2], { a: 1 }, ['x'], { length: 3 }];
const NUMBER_EDGES: readonly number[] = [-1, 0.5, 1e21, -1e21, 2 ** 53 + 2, Number.MAX_VALUE, 1e-300, 1_001, 10_001];
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800'];
/** Lengths around the limits: just over a field's, the REST body limit (128 KB), Socket.io's frame limit (512 KB). */
const HUGE_LENGTHS = [301, 2_001, 17_000, 140_000, 600_000];
const EXTRA_KEYS = ['admin', 'role', 'memberId', 'workshopId', 'then', 'toJSON', '__proto__', 'constructor', 'prototype'];

function insertAt(text: string, insert: string, random: Random): string {
  const at = random.int(0, text.length);
  return text.slice(0, at) + insert + text.slice(at);
}

export interface ValueMutation {
  name: string;
  /** The broken value and what was done, or null when the payload has nothing this mutation can break. */
  apply(payload: unknown, random: Random): { value: unknown; note: string } | null;
}

function onePick<T>(items: readonly T[], random: Random): T | null {
  return items.length === 0 ? null : random.pick(items);
}

export const VALUE_MUTATIONS: readonly ValueMutation[] = [
  {
    name: 'built-in id',
    apply: (payload, random) => {
      const ids = strings(payload).filter((n) => isIdField(keyOf(n)) && (keyOf(n) !== 'commandId' || random.chance(0.2)));
      const node = onePick(ids, random);
      if (node) {
        const id = builtInId(random);
        return { value: withValueAt(payload, node.path, id), note: `${showPath(node.path)} := ${JSON.stringify(id)}` };
      }
      const records = nodes(payload).filter((n) => isRecord(n.value) && ['answers', 'texts'].includes(keyOf(n)));
      const record = onePick(records, random);
      if (!record) return null;
      const key = random.pick(BUILT_IN_NAMES);
      const sample = Object.values(record.value as Record<string, unknown>)[0] ?? 'helpful';
      return { value: withValueAt(payload, [...record.path, key], sample), note: `${showPath(record.path)}[${JSON.stringify(key)}] := ${JSON.stringify(sample)}` };
    },
  },
  {
    name: 'built-in key',
    apply: (payload, random) => {
      const objects: Node[] = [{ path: [], value: payload }, ...nodes(payload)].filter((n) => isRecord(n.value));
      const node = onePick(objects, random);
      if (!node) return null;
      const key = random.pick(BUILT_IN_NAMES);
      const value = random.pick<unknown>([{ polluted: true }, 'helpful', null, 1]);
      return { value: withValueAt(payload, [...node.path, key], value), note: `${showPath([...node.path, key])} := ${JSON.stringify(value)} (own property)` };
    },
  },
  {
    name: 'NUL',
    apply: (payload, random) => {
      const node = onePick(strings(payload), random);
      if (!node) return null;
      const text = random.pick([insertAt(node.value as string, '\u0000', random), '\u0000', `${node.value as string}\u0000`]);
      return { value: withValueAt(payload, node.path, text), note: `${showPath(node.path)} := ${JSON.stringify(text)}` };
    },
  },
  {
    name: 'lone surrogate',
    apply: (payload, random) => {
      const node = onePick(strings(payload), random);
      if (!node) return null;
      const text = insertAt(node.value as string, random.pick(LONE_SURROGATES), random);
      return { value: withValueAt(payload, node.path, text), note: `${showPath(node.path)} := ${JSON.stringify(text)}` };
    },
  },
  {
    name: 'huge',
    apply: (payload, random) => {
      const node = onePick(nodes(payload), random);
      if (!node) return null;
      const length = random.pick(HUGE_LENGTHS);
      const value = typeof node.value === 'string' || random.chance(0.5) ? 'x'.repeat(length) : Array.from({ length: Math.min(length, 20_000) }, (_, i) => `item${i}`);
      return { value: withValueAt(payload, node.path, value), note: `${showPath(node.path)} := ${Array.isArray(value) ? `[${value.length} strings]` : `"x" × ${length}`}` };
    },
  },
  {
    name: 'wrong type',
    apply: (payload, random) => {
      const node = onePick(nodes(payload), random);
      if (!node) return null;
      const value = random.pick(JUNK.filter((j) => typeof j !== typeof node.value));
      return { value: withValueAt(payload, node.path, value), note: `${showPath(node.path)} := ${JSON.stringify(value)}` };
    },
  },
  {
    name: 'number edge',
    apply: (payload, random) => {
      const node = onePick(nodes(payload).filter((n) => typeof n.value === 'number'), random);
      if (!node) return null;
      const value = random.pick(NUMBER_EDGES);
      return { value: withValueAt(payload, node.path, value), note: `${showPath(node.path)} := ${value}` };
    },
  },
  {
    name: 'missing field',
    apply: (payload, random) => {
      const node = onePick(nodes(payload), random);
      if (!node) return null;
      return { value: withValueAt(payload, node.path, undefined), note: `${showPath(node.path)} removed` };
    },
  },
  {
    name: 'extra field',
    apply: (payload, random) => {
      const objects: Node[] = [{ path: [], value: payload }, ...nodes(payload)].filter((n) => isRecord(n.value));
      const node = onePick(objects, random);
      if (!node) return null;
      const key = random.pick(EXTRA_KEYS);
      const value = random.pick<unknown>([true, 'facilitator', { role: 'facilitator' }, 1]);
      return { value: withValueAt(payload, [...node.path, key], value), note: `${showPath([...node.path, key])} := ${JSON.stringify(value)} added` };
    },
  },
  {
    name: 'nested junk',
    apply: (payload, random) => {
      const node = onePick(nodes(payload), random);
      const depth = random.pick([8, 60, 2_000]);
      return { value: withValueAt(payload, node?.path ?? [], deepJunk(depth)), note: `${node ? showPath(node.path) : '(payload)'} := nested ${depth} deep` };
    },
  },
];

/** A command as it goes out: event name, the arguments before the ack, and whether there is an ack. */
export interface Emit {
  event: string;
  args: unknown[];
  withAck: boolean;
  /** Send it twice with the same command id (CMD2: the second answer is the first's, and changes nothing). */
  repeat: boolean;
  note: string;
}

export interface EmitMutation {
  name: string;
  apply(event: string, payload: unknown, random: Random): Emit;
}

const UNKNOWN_EVENTS = ['workshop:delete', 'constructor', '__proto__', 'hasOwnProperty', 'toString', 'Board:Move', 'board:move ', ''];

export const EMIT_MUTATIONS: readonly EmitMutation[] = [
  { name: 'not an object', apply: (event, _p, random) => ({ event, args: [random.pick<unknown>(['text', 42, null, true, [], [1, 2]])], withAck: true, repeat: false, note: 'payload is not an object' }) },
  { name: 'no payload', apply: (event) => ({ event, args: [], withAck: true, repeat: false, note: 'only the ack' }) },
  {
    name: 'extra arguments',
    apply: (event, payload, random) => {
      const shape = random.int(0, 2);
      const args = shape === 0 ? [payload, 'extra'] : shape === 1 ? [{ junk: true }, payload] : [payload, payload, payload];
      return { event, args, withAck: true, repeat: false, note: `${args.length} arguments before the ack` };
    },
  },
  { name: 'no ack', apply: (event, payload) => ({ event, args: [payload], withAck: false, repeat: false, note: 'sent without an ack' }) },
  { name: 'repeat', apply: (event, payload) => ({ event, args: [payload], withAck: true, repeat: true, note: 'sent twice with the same command id' }) },
  {
    name: 'unknown event',
    apply: (_event, payload, random) => {
      const event = random.pick(UNKNOWN_EVENTS);
      return { event, args: [payload], withAck: true, repeat: false, note: `event ${JSON.stringify(event)}` };
    },
  },
];
