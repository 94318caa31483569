import { isDeepStrictEqual } from 'node:util';
import { httpCall } from './attackHttp';
import { accountChanges, accountPicture } from './accountFuzz';
import type { EmitOutcome } from './attackSocket';
import type { FindingLog, CaseRecord } from './findings';
import type { FuzzCase, RestCase, SocketCase } from './fuzzCases';
import type { FuzzServer, FuzzWorkshop } from './fuzzWorkshops';
import { liveState } from './storedAndLive';
import { changedParts } from './stateDifferences';
import { COMMAND_FRAME_MAX_BYTES } from '../app/createServer';

/**
 * Sends one case and checks what can be checked of it alone: it is answered, never `internal` or `unavailable`;
 * a refusal changes nothing; what the schema refuses is `invalid_payload`; a repeat returns the first answer.
 */

/** How long an ack may take before the emit counts as unanswered (generous: these machines are shared and busy). */
export const ACK_TIMEOUT_MS = 4_000;

function answerOf(outcome: EmitOutcome): string {
  switch (outcome.kind) {
    case 'ack':
      return outcome.ack.ok ? 'ok' : `${outcome.ack.error.code} "${outcome.ack.error.message}"`;
    case 'sent':
      return 'sent (no ack)';
    case 'noAnswer':
      return `no answer in ${outcome.afterMs} ms`;
    case 'disconnected':
      return `connection closed (${outcome.reason})`;
    case 'notSent':
      return `not sent (${outcome.reason})`;
  }
}

/** Ids the server handed out (cards, clusters, objectives…), kept for later payloads: drafts are in no shared state. */
function learnIds(w: FuzzWorkshop, data: unknown): void {
  if (typeof data !== 'object' || data === null) return;
  for (const [key, value] of Object.entries(data)) {
    if (/Id$/.test(key) && typeof value === 'string') w.learnedIds.set(key, [...(w.learnedIds.get(key) ?? []).slice(-50), value]);
  }
}

async function sendSocketCase(ctx: FuzzServer, w: FuzzWorkshop, c: SocketCase): Promise<{ outcome: EmitOutcome; repeated: EmitOutcome | null; repeatChanged: string[] }> {
  const { socket } = c.actor;
  const outcome = await socket.emit(c.emit.event, c.emit.args, c.emit.withAck, ACK_TIMEOUT_MS);
  if (outcome.kind === 'sent') {
    // An answered emit after it, on the same socket, means the server has handled the unacknowledged one.
    await socket.emit('workshop:update', ['after an emit without an ack'], true, ACK_TIMEOUT_MS);
  }
  if (!c.emit.repeat || outcome.kind !== 'ack') return { outcome, repeated: null, repeatChanged: [] };
  const between = await liveState(ctx.server, w.workshopId);
  const repeated = await socket.emit(c.emit.event, c.emit.args, true, ACK_TIMEOUT_MS);
  const after = await liveState(ctx.server, w.workshopId);
  return { outcome, repeated, repeatChanged: changedParts(between, after) };
}

function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export interface CaseResult {
  record: CaseRecord;
  /** A workshop the case created (`POST /api/workshops`), to be reloaded too. */
  created?: string;
}

function checkAnswerCode(code: string | null, record: CaseRecord, w: FuzzWorkshop, log: FindingLog): void {
  if (code === 'internal') log.add({ check: 'internal', workshop: w.label, detail: `${record.what} was answered internal`, cases: [record] });
  if (code === 'unavailable' || code === 'read_only') log.add({ check: 'unavailable', workshop: w.label, detail: `${record.what} was answered ${code}`, cases: [record] });
}

async function runSocketCase(ctx: FuzzServer, w: FuzzWorkshop, c: SocketCase, no: number, log: FindingLog): Promise<CaseResult> {
  const before = await liveState(ctx.server, w.workshopId);
  const { outcome, repeated, repeatChanged } = await sendSocketCase(ctx, w, c);
  const after = await liveState(ctx.server, w.workshopId);
  const changed = changedParts(before, after);
  const record: CaseRecord = { no, workshop: w.label, who: c.actor.label, what: c.emit.event, mutation: c.mutation, note: c.emit.note, sent: c.emit.args, answer: answerOf(outcome), changed };
  const ack = outcome.kind === 'ack' ? outcome.ack : null;
  if (ack?.ok) learnIds(w, ack.data);
  if (c.emit.event === 'survey:answer' && ack && (ack.ok || ack.error.code === 'conflict')) c.actor.answeredSurvey = true;
  checkAnswerCode(ack && !ack.ok ? ack.error.code : null, record, w, log);
  if (outcome.kind === 'noAnswer') log.add({ check: 'noAnswer', workshop: w.label, detail: `${c.emit.event} (${c.mutation}) got no answer`, cases: [record] });
  if (outcome.kind === 'disconnected' && bytesOf(c.emit.args) < COMMAND_FRAME_MAX_BYTES && !c.actor.socket.removed) {
    log.add({ check: 'disconnected', workshop: w.label, detail: `${c.emit.event} (${c.mutation}) closed the connection`, cases: [record] });
  }
  const refused = (ack !== null && !ack.ok) || outcome.kind === 'sent';
  if (refused && changed.length > 0) log.add({ check: 'refusedButChanged', workshop: w.label, detail: `a refused ${c.emit.event} changed ${changed.join(', ')}`, cases: [record] });
  if (!c.schemaValid && ack && (ack.ok || ack.error.code !== 'invalid_payload')) {
    log.add({ check: 'invalidNotRefused', workshop: w.label, detail: `${c.emit.event}: what the schema refuses was answered ${record.answer.split(' ')[0]}`, cases: [record] });
  }
  if (repeated) {
    const same = repeated.kind === 'ack' && isDeepStrictEqual(repeated.ack, ack);
    if (!same || repeatChanged.length > 0) {
      const detail = `${c.emit.event} sent again with its command id: answered ${answerOf(repeated)} (first ${record.answer})${repeatChanged.length ? `, changed ${repeatChanged.join(', ')}` : ''}`;
      log.add({ check: 'repeatDiffers', workshop: w.label, detail, cases: [record] });
    }
  }
  return { record };
}

async function runRestCase(ctx: FuzzServer, w: FuzzWorkshop, c: RestCase, no: number, log: FindingLog): Promise<CaseResult> {
  const accountsBefore = await accountPicture(ctx.server.accounts);
  const before = await liveState(ctx.server, w.workshopId);
  const answer = await httpCall(ctx.url, c.request);
  const after = await liveState(ctx.server, w.workshopId);
  const changed = [...changedParts(before, after), ...accountChanges(accountsBefore, await accountPicture(ctx.server.accounts))];
  const error = (answer.body as { error?: { code?: string; message?: string } } | null)?.error;
  const record: CaseRecord = { no, workshop: w.label, who: c.who, what: c.route, mutation: c.mutation, note: c.note, sent: c.body, answer: `${answer.status}${error ? ` ${error.code} "${error.message}"` : ''}`, changed };
  const url = (answer.body as { url?: string } | null)?.url;
  if (answer.status === 201 && typeof url === 'string' && url.includes('token=')) {
    const token = new URL(url).hash.replace(/^#token=/, '');
    (url.includes('/lead#') ? w.leadTokens : w.shareTokens).push(token);
  }
  if (answer.status === 0) log.add({ check: 'noAnswer', workshop: w.label, detail: `${c.route} (${c.mutation}) got no answer`, cases: [record] });
  checkAnswerCode(answer.status === 500 ? 'internal' : answer.status === 503 ? 'unavailable' : answer.status > 500 ? 'internal' : null, record, w, log);
  const refused = answer.status >= 400;
  if (refused && changed.length > 0) log.add({ check: 'refusedButChanged', workshop: w.label, detail: `a refused ${c.route} changed ${changed.join(', ')}`, cases: [record] });
  if (c.schemaValid === false && answer.status > 0 && answer.status < 400) {
    log.add({ check: 'invalidNotRefused', workshop: w.label, detail: `${c.route}: a body the schema refuses was answered ${answer.status}`, cases: [record] });
  }
  const problem = c.after ? await c.after(answer) : null;
  if (problem) log.add({ check: 'accountsReadBack', workshop: w.label, detail: `${c.route}: ${problem}`, cases: [record] });
  const created = c.route === 'POST /api/workshops' && answer.status === 201 ? (answer.body as { workshopId?: string }).workshopId : undefined;
  return { record, created };
}

export function runCase(ctx: FuzzServer, w: FuzzWorkshop, c: FuzzCase, no: number, log: FindingLog): Promise<CaseResult> {
  return c.channel === 'socket' ? runSocketCase(ctx, w, c, no, log) : runRestCase(ctx, w, c, no, log);
}
