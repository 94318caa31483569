import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { AWARENESS_STATE_MAX_BYTES } from '@roundtable/shared/presence/presence';
import { presenceSchema } from '@roundtable/shared/presence/presenceSchema';
import type { Role } from '@roundtable/shared/command/actor';

/** y-websocket message types (the first varUint of every frame). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export class MalformedMessageError extends Error {}

/** More entries than any room could have (members × tabs); the frame size limit bounds it too. */
const AWARENESS_ENTRIES_MAX = 2_048;

/** What one client frame asks of the server, after decoding. Nothing here has touched the doc. */
export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  /** Step 2 or an update: the client tried to write. The server drops it (the doc is read-only for clients). */
  | { type: 'clientUpdate'; bytes: number }
  | { type: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { type: 'queryAwareness' };

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** Raw JSON text of the state ("null" when the client left). */
  json: string;
}

/**
 * Decodes a frame without applying anything. Throws MalformedMessageError for anything that is not a
 * complete, well-formed y-websocket message (truncated varints, unknown types, trailing garbage, awareness numbers out
 * of range).
 */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    let message: ClientMessage;
    if (type === MESSAGE_SYNC) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) message = { type: 'syncStep1', stateVector: payload };
      else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) message = { type: 'clientUpdate', bytes: payload.length };
      else throw new MalformedMessageError(`unknown sync message type ${syncType}`);
    } else if (type === MESSAGE_AWARENESS) {
      const update = decoding.readVarUint8Array(decoder);
      message = { type: 'awareness', update, entries: decodeAwarenessEntries(update) };
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      message = { type: 'queryAwareness' };
    } else {
      throw new MalformedMessageError(`unknown message type ${type}`);
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after the message');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(error instanceof Error ? error.message : 'unreadable message');
  }
}

function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (!Number.isSafeInteger(count) || count > AWARENESS_ENTRIES_MAX) throw new MalformedMessageError('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    if (!isUint32(clientId) || !Number.isSafeInteger(clock)) throw new MalformedMessageError('awareness client id or clock out of range');
    entries.push({ clientId, clock, json: decoding.readVarString(decoder) });
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes in awareness update');
  return entries;
}

/**
 * Yjs client ids are uint32 (what the stock client sends). lib0 reads an over-long varint as a huge number, Infinity or
 * NaN without complaint, and writing Infinity back never ends (measured: one such entry hung the server), so an entry
 * must have a uint32 id and a safe-integer clock to be read at all.
 */
function isUint32(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0xffff_ffff;
}

/**
 * The one entry of an awareness update this connection may set: its own Yjs client id's. The stock y-websocket
 * client echoes every awareness change it hears, so its frames often carry other clients' entries too; those are
 * ignored, not errors. The client id is bound by the first single-entry update (a client's own local change always
 * travels alone) whose state is a presence naming the connection's own member; that no other connection owns the id
 * is the caller's to check first (YJS6, awarenessOwners.ts). The entry's state must be small and either null
 * (leaving) or such a presence; only a facilitator's may carry a drag on the wall.
 */
export function ownAwarenessEntry(
  entries: readonly AwarenessEntry[],
  boundClientId: number | null,
  memberId: string,
  role: Role,
): { ok: true; entry: AwarenessEntry } | { ok: false; reason: string } {
  const entry = boundClientId === null ? (entries.length === 1 ? entries[0] : undefined) : entries.find((e) => e.clientId === boundClientId);
  if (!entry) return { ok: false, reason: boundClientId === null ? 'no single entry to bind the client id' : 'only other clients\' entries' };
  if (entry.json.length > AWARENESS_STATE_MAX_BYTES) return { ok: false, reason: 'awareness state too large' };
  let state: unknown;
  try {
    state = JSON.parse(entry.json);
  } catch {
    return { ok: false, reason: 'awareness state is not JSON' };
  }
  if (state === null && boundClientId !== null) return { ok: true, entry };
  const presence = presenceSchema.safeParse(state);
  if (!presence.success || presence.data.memberId !== memberId) return { ok: false, reason: 'awareness presence for another member' };
  if (presence.data.drag && role !== 'facilitator') return { ok: false, reason: 'a drag on the wall from a participant' };
  return { ok: true, entry };
}

/** An awareness update holding exactly one entry, to apply what `ownAwarenessEntry` accepted and nothing else. */
export function encodeAwarenessEntry(entry: AwarenessEntry): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, entry.clientId);
  encoding.writeVarUint(encoder, entry.clock);
  encoding.writeVarString(encoder, entry.json);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Step 2 for a client's state vector. Throws MalformedMessageError if the state vector is unreadable. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  try {
    syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  } catch (error) {
    throw new MalformedMessageError(error instanceof Error ? error.message : 'unreadable state vector');
  }
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clientIds: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clientIds));
  return encoding.toUint8Array(encoder);
}
