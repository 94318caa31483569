import type { AccountFuzz } from './accountFuzz';
import { actorFor, bodyRoutes, type BodyRoute, prepareRequest, RELEVANT, restRequest, validBody, validPayload, type FuzzCase, type SocketCase } from './fuzzCases';
import type { FuzzWorkshop, WorkshopKind } from './fuzzWorkshops';
import { BUILT_IN_NAMES, keyOf, nodes, showPath, withValueAt, type Node } from './payloadMutations';
import { inputJsonSchema, isIdField, type ValueSource } from './schemaPayloads';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { COMMAND_NAMES } from '@roundtable/shared/protocol/commandNames';
import { type CommandName, commandSchemas } from '@roundtable/shared/workshop/commandSchemas';

/**
 * The systematic part of the fuzz, sent before anything random: every command valid at every workshop; at the
 * workshop where it does something, each command with every free-text field marked (NUL, a lone surrogate), each id
 * field a built-in name (`constructor`, and one more in turn), each record's key a built-in name; every REST body
 * valid and marked. Random cases find what is between; the sweep makes sure the known classes meet every field.
 */
export type TextMark = 'NUL' | 'lone surrogate';
const MARKS: Readonly<Record<TextMark, string>> = { NUL: '\u0000', 'lone surrogate': '\ud800' };

export type SweepItem =
  | { channel: 'socket'; name: CommandName; kind: 'valid' | TextMark }
  | { channel: 'socket'; name: CommandName; kind: 'built-in id'; leaf: number; builtIn: string }
  | { channel: 'socket'; name: CommandName; kind: 'built-in key'; builtIn: string }
  | { channel: 'rest'; route: string; kind: 'valid' | TextMark };

/**
 * Which workshop a command's marked and built-in cases go to: where it does most (the survey's questions can only
 * change before it opens, so at the boards workshop, whose survey never opens before its sweep ends).
 */
const HOME_OVERRIDE: Readonly<Record<string, WorkshopKind>> = { 'survey:configure': 'boards' };
function homeOf(name: string): WorkshopKind {
  return HOME_OVERRIDE[name] ?? (['plan', 'survey'] as const).find((kind) => RELEVANT[kind].test(name)) ?? 'boards';
}

/** Valid commands that end the stage the other cases need (an open survey, a plan being asked, a board): sent last. */
const STAGE_ENDING: ReadonlySet<string> = new Set(['survey:open', 'survey:close', 'plan:agree', 'board:remove', 'member:remove', 'objective:remove', 'action:remove', 'joinCode:rotate']);
/** A command whose marked cases need the workshop put into a stage first (the plan put to the room). */
const STAGE_FIRST: Readonly<Record<string, CommandName>> = { 'plan:respond': 'plan:consult' };

const REST_HOME: Readonly<Record<string, WorkshopKind>> = {
  'POST /api/workshops': 'boards',
  'POST /api/join': 'boards',
  'POST /api/session': 'survey',
  'POST /api/workshops/:workshopId/share-links': 'plan',
  'POST /api/workshops/:workshopId/lead-links': 'plan',
  'POST /api/lead/progress': 'plan',
  // The account routes: sign-up and sign-in at the survey, administration at the plan, the account's own at the boards.
  'POST /api/auth/passkeys/register/options': 'survey',
  'POST /api/auth/passkeys/register/verify': 'survey',
  'POST /api/auth/passkeys/sign-in/options': 'survey',
  'POST /api/auth/passkeys/sign-in/verify': 'survey',
  'POST /api/auth/recovery': 'survey',
  'POST /api/auth/sign-out': 'survey',
  'PUT /api/admin/settings': 'plan',
  'POST /api/admin/invitations': 'plan',
  'POST /api/admin/accounts/:accountId/disable': 'plan',
  'POST /api/admin/accounts/:accountId/enable': 'plan',
};

/** Whether a route's body has a free-text field to mark (else its marked cases are not made: nothing to mark). */
function takesText(route: BodyRoute): boolean {
  const fields = Object.entries(inputJsonSchema(route.schema).properties ?? {});
  return fields.some(([key, field]) => !isIdField(key) && (route.markable?.includes(key) ?? true) && (field.type === 'string' || field.type === 'object'));
}

/**
 * The sweep for a workshop of `kind`, in the order it is sent: REST bodies (while the plan is as agreed); every
 * command valid, but for those that end a stage; the marked and built-in cases of the commands at home here; then the
 * stage-ending commands.
 */
export function sweepFor(kind: WorkshopKind): SweepItem[] {
  const rest: SweepItem[] = bodyRoutes()
    .filter((r) => (REST_HOME[r.route] ?? 'boards') === kind)
    .flatMap((r) => (takesText(r) ? (['valid', 'NUL', 'lone surrogate'] as const) : (['valid'] as const)).map((k) => ({ channel: 'rest' as const, route: r.route, kind: k })));
  const valid = (names: readonly CommandName[]): SweepItem[] => names.map((name) => ({ channel: 'socket', name, kind: 'valid' }));
  const others = BUILT_IN_NAMES.filter((n) => n !== 'constructor');
  let turn = 0;
  const marked: SweepItem[] = [];
  for (const name of COMMAND_NAMES.filter((n) => homeOf(n) === kind)) {
    const first = STAGE_FIRST[name];
    if (first) marked.push({ channel: 'socket', name: first, kind: 'valid' });
    for (const mark of Object.keys(MARKS) as TextMark[]) marked.push({ channel: 'socket', name, kind: mark });
    for (let leaf = 0; leaf < 3; leaf += 1) {
      for (const builtIn of ['constructor', others[turn++ % others.length]!]) marked.push({ channel: 'socket', name, kind: 'built-in id', leaf, builtIn });
    }
    if (name === 'survey:answer') for (const builtIn of ['__proto__', 'constructor', 'hasOwnProperty']) marked.push({ channel: 'socket', name, kind: 'built-in key', builtIn });
  }
  return [...rest, ...valid(COMMAND_NAMES.filter((n) => !STAGE_ENDING.has(n))), ...marked, ...valid(COMMAND_NAMES.filter((n) => STAGE_ENDING.has(n)))];
}

/** Replaces a text's middle character with `mark` (same length, so it stays within its limit). */
function marked(text: string, mark: string): string {
  const at = Math.floor(text.length / 2);
  return text.length === 0 ? mark : text.slice(0, at) + mark + text.slice(at + 1);
}

/**
 * `payload` with every free-text field marked: every string that is not an id and that the schema still accepts
 * marked (so what reaches the transition and the store carries the mark). Null when no field takes it.
 */
function withTextsMarked(payload: unknown, mark: string, accepts: (value: unknown) => boolean, markable?: readonly string[]): { value: unknown; note: string } | null {
  const texts = nodes(payload).filter((n) => typeof n.value === 'string' && !isIdField(keyOf(n)) && (!markable || markable.includes(keyOf(n))));
  const taking = texts.filter((n) => accepts(withValueAt(payload, n.path, marked(n.value as string, mark))));
  if (taking.length === 0) return null;
  const all = taking.reduce<unknown>((value, n) => withValueAt(value, n.path, marked(n.value as string, mark)), payload);
  const chosen: Node[] = accepts(all) ? taking : [taking[0]!];
  const value = accepts(all) ? all : withValueAt(payload, taking[0]!.path, marked(taking[0]!.value as string, mark));
  return { value, note: `${chosen.map((n) => showPath(n.path)).join(', ')} marked with ${JSON.stringify(mark)}` };
}

function socketCase(actor: SocketCase['actor'], name: CommandName, value: unknown, mutation: string, note: string): SocketCase {
  return { channel: 'socket', actor, emit: { event: name, args: [value], withAck: true, repeat: false, note }, mutation, schemaValid: commandSchemas[name].safeParse(value).success };
}

/**
 * The case for one sweep item at the live state, or null when the payload has no field of that kind (or an account
 * route's live part could not be made).
 */
export async function sweepCase(item: SweepItem, w: FuzzWorkshop, src: ValueSource, state: WorkshopState, accounts: AccountFuzz): Promise<FuzzCase | null> {
  const full: ValueSource = { ...src, includeOptional: item.kind !== 'valid' };
  if (item.channel === 'rest') {
    const route = bodyRoutes().find((r) => r.route === item.route)!;
    const prepared = await prepareRequest(route, accounts, w, src.random, true);
    if (prepared === null) return null;
    const body = validBody(route, full, false, prepared);
    if (item.kind === 'valid') return restRequest(w, route, src.random, body, 'valid', '', route.exported ? route.schema.safeParse(body).success : null, undefined, prepared);
    const broken = withTextsMarked(body, MARKS[item.kind], (v) => route.schema.safeParse(v).success, route.markable);
    return broken && restRequest(w, route, src.random, broken.value, item.kind, broken.note, route.exported ? true : null, undefined, prepared);
  }
  const payload = validPayload(item.name, full, state);
  const actor = actorFor(item.name, w, src.random, true);
  if (item.kind === 'valid') return socketCase(actor, item.name, payload, 'valid', '');
  if (item.kind === 'built-in id') {
    const ids = nodes(payload).filter((n) => typeof n.value === 'string' && isIdField(keyOf(n)) && keyOf(n) !== 'commandId');
    const node = ids[item.leaf];
    return node ? socketCase(actor, item.name, withValueAt(payload, node.path, item.builtIn), item.kind, `${showPath(node.path)} := ${JSON.stringify(item.builtIn)}`) : null;
  }
  if (item.kind === 'built-in key') {
    const record = nodes(payload).find((n) => ['answers', 'texts'].includes(keyOf(n)));
    const sample = keyOf(record ?? { path: ['answers'], value: null }) === 'answers' ? 'helpful' : 'A written answer';
    return record ? socketCase(actor, item.name, withValueAt(payload, [...record.path, item.builtIn], sample), item.kind, `${showPath(record.path)}[${JSON.stringify(item.builtIn)}] := ${JSON.stringify(sample)}`) : null;
  }
  const broken = withTextsMarked(payload, MARKS[item.kind], (v) => commandSchemas[item.name].safeParse(v).success);
  return broken && socketCase(actor, item.name, broken.value, item.kind, broken.note);
}
