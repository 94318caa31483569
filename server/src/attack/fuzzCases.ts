import { z } from 'zod';
import { actionIdSchema } from '@roundtable/shared/ids/ids';
import { LEAD_SLOTS } from '@roundtable/shared/plan/plan';
import { createWorkshopBodySchema, joinBodySchema, sessionBodySchema } from '@roundtable/shared/protocol/rest';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { HttpAnswer, HttpRequest } from './attackHttp';
import { ACCOUNT_BODY_ROUTES } from './accountBodyRoutes';
import { PROGRAMME_BODY_ROUTES } from './programmeBodyRoutes';
import { browserHeaders, type AccountFuzz } from './accountFuzz';
import type { AccountBrowser } from '../testing/accountClient';
import { activeActors, type Actor, type FuzzWorkshop } from './fuzzWorkshops';
import { applyHint } from './payloadHints';
import { EMIT_MUTATIONS, VALUE_MUTATIONS, type Emit } from './payloadMutations';
import { inputJsonSchema, validValue, type JsonSchema, type ValueSource } from './schemaPayloads';
import type { Random } from '@roundtable/shared/testing/seededRandom';
import { REST_BODY_MAX_BYTES } from '../app/createServer';
import { COMMAND_NAMES, isCommandName } from '@roundtable/shared/protocol/commandNames';
import { type CommandName, commandSchemas } from '@roundtable/shared/workshop/commandSchemas';
import { COMMANDS } from '@roundtable/shared/workshop/commands';

/** One thing the fuzzer sends: a command over an actor's socket, or a REST request. */
export interface SocketCase {
  channel: 'socket';
  actor: Actor;
  emit: Emit;
  mutation: string;
  /** Whether the server's own schema accepts what is sent (one argument, a known event, a valid payload). */
  schemaValid: boolean;
}

export interface RestCase {
  channel: 'rest';
  who: string;
  route: string;
  request: HttpRequest;
  /** The body as generated (before it was written as JSON or broken). */
  body: unknown;
  mutation: string;
  note: string;
  /** Whether the route's exported schema accepts the body; null where the route's schema is its own. */
  schemaValid: boolean | null;
  /** Learns from the answer, or puts back what an accepted request changed; a problem found reading it back, or null. */
  after?: (answer: HttpAnswer) => Promise<string | null>;
}

export type FuzzCase = SocketCase | RestCase;

/**
 * Every REST route that takes a body. The lead routes' schemas are private to leadRoutes.ts, so they are restated
 * here from the same parts (the suite fails, not silently passes, if they drift: their bodies then stop being valid).
 */
export interface BodyRoute {
  route: string;
  /** POST unless said. */
  method?: 'PUT';
  path: (w: FuzzWorkshop) => string;
  schema: z.ZodType;
  exported: boolean;
  /** Whose credentials: a workshop member's or a lead link's (Bearer); an account's session, an administrator's, or a session the request may end (cookie). */
  auth: 'none' | 'member' | 'lead' | 'account' | 'admin' | 'session';
  /** Fields the credentials already say (a lead's link names its action and slot): mostly left out. */
  fromLink?: readonly string[];
  /** The free-text fields the sweep marks (default: every one the schema takes marked). */
  markable?: readonly string[];
  /**
   * The account routes' live part of a request, made just before it is sent (accountBodyRoutes.ts); null: it could
   * not be. `rightful`: for a valid case, aimed where it can succeed; else it may be aimed elsewhere as well.
   */
  prepare?: (accounts: AccountFuzz, w: FuzzWorkshop, random: Random, rightful: boolean) => Promise<PreparedRequest | null>;
}

/** What an account route's request carries beyond its generated body. */
export interface PreparedRequest {
  /** Put over the generated body (a ceremony's flowId and response, a real email and code, an invitation). */
  fields?: Record<string, unknown>;
  /** Left out of the generated body. */
  omit?: readonly string[];
  /** In place of the route's own path (an account id, another workshop). */
  path?: string;
  /** The browser whose account cookie the request carries, with our own Origin. */
  browser?: AccountBrowser;
  headers?: Record<string, string>;
  who: string;
  after?: RestCase['after'];
}

const BODY_ROUTES: readonly BodyRoute[] = [
  {
    route: 'POST /api/lead/progress',
    path: () => '/api/lead/progress',
    schema: commandSchemas['progress:report'].extend({ actionId: actionIdSchema.optional(), slot: z.enum(LEAD_SLOTS).optional() }),
    exported: false,
    auth: 'lead',
    fromLink: ['actionId', 'slot'],
  },
  { route: 'POST /api/workshops', path: () => '/api/workshops', schema: createWorkshopBodySchema, exported: true, auth: 'none' },
  { route: 'POST /api/join', path: () => '/api/join', schema: joinBodySchema, exported: true, auth: 'none' },
  { route: 'POST /api/session', path: () => '/api/session', schema: sessionBodySchema, exported: true, auth: 'none' },
  { route: 'POST /api/workshops/:workshopId/share-links', path: (w) => `/api/workshops/${w.workshopId}/share-links`, schema: z.strictObject({}), exported: false, auth: 'member' },
  {
    route: 'POST /api/workshops/:workshopId/lead-links',
    path: (w) => `/api/workshops/${w.workshopId}/lead-links`,
    schema: z.strictObject({ actionId: actionIdSchema, slot: z.enum(LEAD_SLOTS) }),
    exported: false,
    auth: 'member',
  },
  ...ACCOUNT_BODY_ROUTES,
  ...PROGRAMME_BODY_ROUTES,
];

/**
 * A valid body for `route`; what the link says is left out unless `keepLinked` (so the route takes it from the link);
 * an account route's live fields put over it.
 */
export function validBody(route: BodyRoute, src: ValueSource, keepLinked: boolean, prepared?: PreparedRequest): unknown {
  const body = validValue(inputJsonSchema(route.schema), route.route, src) as Record<string, unknown>;
  if (!keepLinked) for (const field of route.fromLink ?? []) delete body[field];
  for (const field of prepared?.omit ?? []) delete body[field];
  return { ...body, ...prepared?.fields };
}

/**
 * An account route's live part of a request (undefined for the other routes; null when it could not be made). Unless
 * `rightful` (a valid case, or the sweep's), one in ten carries a lesser authority than the route needs: no session,
 * or a member's for an administrator's route (refused, changing nothing).
 */
export async function prepareRequest(route: BodyRoute, accounts: AccountFuzz, w: FuzzWorkshop, random: Random, rightful: boolean): Promise<PreparedRequest | null | undefined> {
  if (!route.prepare) return undefined;
  const prepared = await route.prepare(accounts, w, random, rightful);
  if (!prepared?.browser || rightful || !random.chance(0.1)) return prepared;
  if (route.auth === 'admin' && random.chance(0.5)) return { ...prepared, browser: accounts.fran.browser, who: `${accounts.fran.label} (not an administrator)` };
  const { browser: _signedOut, ...rest } = prepared;
  return { ...rest, who: 'anyone (signed out)' };
}

export const bodyRoutes = (): readonly BodyRoute[] => BODY_ROUTES;
/** The routes whose bodies are fuzzed, as expressRoutes.ts names them (the suite checks every served one is here). */
export const FUZZED_BODY_ROUTES: readonly string[] = BODY_ROUTES.map((r) => r.route);

/** The commands that do most at each kind of workshop (the others are sent there too, less often). */
export const RELEVANT: Readonly<Record<FuzzWorkshop['kind'], RegExp>> = {
  boards: /^(board|card|cluster|vote|item|facilitator):/,
  plan: /^(plan|objective|action|proposal|progress):/,
  survey: /^survey:/,
};

const commandSchemaCache = new Map<string, JsonSchema>();
function jsonSchemaOf(name: string, schema: z.ZodType): JsonSchema {
  let json = commandSchemaCache.get(name);
  if (!json) commandSchemaCache.set(name, (json = inputJsonSchema(schema)));
  return json;
}

function schemaAccepts(event: string, args: readonly unknown[]): boolean {
  return isCommandName(event) && args.length === 1 && commandSchemas[event].safeParse(args[0]).success;
}

/** A valid payload for `name`, meant for the live state `src` was made from. */
export function validPayload(name: CommandName, src: ValueSource, state: WorkshopState): Record<string, unknown> {
  const payload = validValue(jsonSchemaOf(name, commandSchemas[name]), name, src) as Record<string, unknown>;
  applyHint(name, payload, state, src.random);
  return payload;
}

/**
 * An actor to send `name`: one whose role may (always, if `allowedOnly`; else mostly, so the transition runs), and for
 * the survey one who has not answered yet, so an answer gets as far as the store.
 */
export function actorFor(name: CommandName, w: FuzzWorkshop, random: Random, allowedOnly = false): Actor {
  const active = activeActors(w);
  const allowed = active.filter((a) => (COMMANDS[name].roles as readonly string[]).includes(a.role));
  const fresh = name === 'survey:answer' ? allowed.filter((a) => !a.answeredSurvey) : allowed;
  const pool = fresh.length > 0 ? fresh : allowed;
  return pool.length > 0 && (allowedOnly || random.chance(0.8)) ? random.pick(pool) : random.pick(active);
}

export function chooseCommand(w: FuzzWorkshop, random: Random): CommandName {
  return random.weighted(COMMAND_NAMES, COMMAND_NAMES.map((n) => (RELEVANT[w.kind].test(n) ? 3 : 1)));
}

/** A valid command, sent as the app would (used first, for every command, before anything is broken). */
export function validSocketCase(name: CommandName, w: FuzzWorkshop, src: ValueSource, state: WorkshopState): SocketCase {
  const payload = validPayload(name, src, state);
  const emit: Emit = { event: name, args: [payload], withAck: true, repeat: false, note: '' };
  return { channel: 'socket', actor: actorFor(name, w, src.random), emit, mutation: 'valid', schemaValid: schemaAccepts(name, emit.args) };
}

/** A command broken one way: its payload (value mutations) or how it is sent (emit mutations). `muted` are skipped. */
export function mutatedSocketCase(w: FuzzWorkshop, src: ValueSource, state: WorkshopState, muted: ReadonlySet<string>): SocketCase {
  const { random } = src;
  const name = chooseCommand(w, random);
  const payload = validPayload(name, src, state);
  const actor = actorFor(name, w, random);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    if (random.chance(0.25)) {
      const choices = EMIT_MUTATIONS.filter((m) => !muted.has(m.name));
      if (choices.length === 0) continue;
      const mutation = random.pick(choices);
      const emit = mutation.apply(name, payload, random);
      return { channel: 'socket', actor, emit, mutation: mutation.name, schemaValid: schemaAccepts(emit.event, emit.args) };
    }
    const mutation = random.pick(VALUE_MUTATIONS);
    const broken = mutation.apply(payload, random);
    if (!broken) continue;
    const emit: Emit = { event: name, args: [broken.value], withAck: true, repeat: false, note: broken.note };
    return { channel: 'socket', actor, emit, mutation: mutation.name, schemaValid: schemaAccepts(name, emit.args) };
  }
  return { channel: 'socket', actor, emit: { event: name, args: [payload], withAck: true, repeat: false, note: '' }, mutation: 'valid', schemaValid: schemaAccepts(name, [payload]) };
}

const RAW_BODIES: readonly { name: string; raw: string; type: string }[] = [
  { name: 'not JSON', raw: '{"title": ', type: 'application/json' },
  { name: 'JSON null', raw: 'null', type: 'application/json' },
  { name: 'JSON list', raw: '[{"a":1}]', type: 'application/json' },
  { name: 'JSON string', raw: '"text"', type: 'application/json' },
  { name: 'body over the REST limit', raw: JSON.stringify({ text: 'x'.repeat(REST_BODY_MAX_BYTES + 1) }), type: 'application/json' },
  { name: 'not declared JSON', raw: '{"title":"t"}', type: 'text/plain' },
];

/** A REST case for `route` sending `body`, with the credentials the route asks for (an account route's: `prepared`'s). */
export function restRequest(
  w: FuzzWorkshop,
  route: BodyRoute,
  random: Random,
  body: unknown,
  mutation: string,
  note: string,
  schemaValid: boolean | null,
  raw?: { text: string; type: string },
  prepared?: PreparedRequest,
): RestCase {
  const type = { 'content-type': raw?.type ?? 'application/json' };
  const rawBody = raw?.text ?? JSON.stringify(body);
  if (prepared) {
    const headers = { ...type, ...(prepared.browser ? browserHeaders(prepared.browser) : {}), ...prepared.headers };
    const request: HttpRequest = { method: route.method ?? 'POST', path: prepared.path ?? route.path(w), headers, rawBody };
    return { channel: 'rest', who: prepared.who, route: route.route, request, body, mutation, note, schemaValid, ...(prepared.after ? { after: prepared.after } : {}) };
  }
  const actor = random.pick(activeActors(w).filter((a) => a.role === 'facilitator' || random.chance(0.3)));
  const token = route.auth === 'lead' ? random.pick(w.leadTokens) : route.auth === 'member' ? actor.token : undefined;
  const who = route.auth === 'lead' ? 'lead link' : route.auth === 'member' ? actor.label : 'anyone';
  const headers: Record<string, string> = { ...type, ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const request: HttpRequest = { method: route.method ?? 'POST', path: route.path(w), headers, rawBody };
  return { channel: 'rest', who, route: route.route, request, body, mutation, note, schemaValid };
}

/** A page of another site, for requests that carry the account cookie: refused, changing nothing [ACC9]. */
const FOREIGN_ORIGIN = 'https://elsewhere.example';

/** A REST request to a route with a body, valid or broken; null when the case is skipped (an account route's live part could not be made). */
export async function restCase(w: FuzzWorkshop, src: ValueSource, mutate: boolean, accounts: AccountFuzz): Promise<RestCase | null> {
  const { random } = src;
  const route = random.pick(BODY_ROUTES.filter((r) => r.auth !== 'lead' || w.leadTokens.length > 0));
  const prepared = await prepareRequest(route, accounts, w, random, !mutate);
  if (prepared === null) return null;
  const body = validBody(route, src, random.chance(0.3), prepared);
  const accepts = (value: unknown) => (route.exported ? route.schema.safeParse(value).success : null);
  if (!mutate) return restRequest(w, route, random, body, 'valid', '', accepts(body), undefined, prepared);
  if (prepared?.browser && random.chance(0.1)) {
    const foreign = { ...prepared, headers: { ...prepared.headers, origin: FOREIGN_ORIGIN } };
    return restRequest(w, route, random, body, 'foreign Origin', `the account cookie sent from ${FOREIGN_ORIGIN}`, accepts(body), undefined, foreign);
  }
  if (random.chance(0.2)) {
    const raw = random.pick(RAW_BODIES);
    return restRequest(w, route, random, raw.raw, raw.name, `content-type ${raw.type}`, route.exported ? false : null, { text: raw.raw, type: raw.type }, prepared);
  }
  const mutation = random.pick(VALUE_MUTATIONS);
  const broken = mutation.apply(body, random);
  return broken && restRequest(w, route, random, broken.value, mutation.name, broken.note, accepts(broken.value), undefined, prepared);
}
