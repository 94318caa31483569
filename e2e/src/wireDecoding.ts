import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';

/** A frame this check cannot read: treated as a finding, never skipped, so nothing unread passes unchecked. */
export class UnreadableFrameError extends Error {}

/** y-websocket message types: the first varUint of every frame on the doc channel. */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;

/** One y-websocket frame from the server, decoded. */
export type YjsFrame =
  | { kind: 'syncStep1' }
  /** The answer to the client's state vector: everything it lacks, the whole roster and board on first connect. */
  | { kind: 'syncStep2'; update: Uint8Array }
  /** One committed change, broadcast as it happens. */
  | { kind: 'update'; update: Uint8Array }
  /** Presence entries: each a client id and its state as JSON text. */
  | { kind: 'awareness'; states: string[] }
  | { kind: 'queryAwareness' };

export function decodeYjsFrame(bytes: Uint8Array): YjsFrame {
  try {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    let frame: YjsFrame;
    if (type === MESSAGE_SYNC) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) frame = { kind: 'syncStep1' };
      else if (syncType === syncProtocol.messageYjsSyncStep2) frame = { kind: 'syncStep2', update: payload };
      else if (syncType === syncProtocol.messageYjsUpdate) frame = { kind: 'update', update: payload };
      else throw new UnreadableFrameError(`unknown sync message type ${syncType}`);
    } else if (type === MESSAGE_AWARENESS) {
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const states: string[] = [];
      for (let n = decoding.readVarUint(update); n > 0; n -= 1) {
        decoding.readVarUint(update); // client id
        decoding.readVarUint(update); // clock
        states.push(decoding.readVarString(update));
      }
      frame = { kind: 'awareness', states };
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      frame = { kind: 'queryAwareness' };
    } else {
      throw new UnreadableFrameError(`unknown y-websocket message type ${type}`);
    }
    if (decoding.hasContent(decoder)) throw new UnreadableFrameError('trailing bytes after the message');
    return frame;
  } catch (error) {
    if (error instanceof UnreadableFrameError) throw error;
    throw new UnreadableFrameError(error instanceof Error ? error.message : 'unreadable y-websocket frame');
  }
}

/** A Socket.io packet from the server: an event with its name and arguments, or any other packet's JSON data. */
export type SocketIoMessage = { kind: 'event'; name: string; args: unknown[] } | { kind: 'other'; data: unknown };

/** Engine.IO v4 separates the packets of one polling body with this character. */
const POLLING_SEPARATOR = '\x1e';

/**
 * The Socket.io packets in one websocket text frame or one long-polling body, with their JSON parsed. Engine.IO
 * housekeeping (open, ping, pong, upgrade, noop) comes back as `other` with whatever data it carries. Binary
 * packets are refused: this app sends none, and an unread one could hide anything.
 */
export function decodeSocketIoPayload(payload: string, transport: 'websocket' | 'polling'): SocketIoMessage[] {
  const packets = transport === 'polling' ? payload.split(POLLING_SEPARATOR) : [payload];
  return packets.filter((p) => p !== '').map(decodeEngineIoPacket);
}

function decodeEngineIoPacket(packet: string): SocketIoMessage {
  const type = packet[0];
  const rest = packet.slice(1);
  if (type === '4') return decodeSocketIoPacket(rest);
  if (type === '0') return { kind: 'other', data: parseJson(rest) };
  if (type === '1' || type === '2' || type === '3' || type === '5' || type === '6') return { kind: 'other', data: rest };
  throw new UnreadableFrameError(`unreadable Engine.IO packet ${JSON.stringify(packet.slice(0, 40))}`);
}

/** `<type>[<attachments>-][<namespace>,][<ack id>][<json>]`, per the Socket.io v5 protocol. */
function decodeSocketIoPacket(packet: string): SocketIoMessage {
  const match = /^([0-6])(\d+-)?(\/[^,]*,)?(\d*)(.*)$/s.exec(packet);
  if (!match) throw new UnreadableFrameError(`unreadable Socket.io packet ${JSON.stringify(packet.slice(0, 40))}`);
  const [, type, attachments, , , json = ''] = match;
  if (attachments || type === '5' || type === '6') throw new UnreadableFrameError('binary Socket.io packet');
  const data = json === '' ? null : parseJson(json);
  if (type === '2') {
    if (!Array.isArray(data) || typeof data[0] !== 'string') throw new UnreadableFrameError(`Socket.io event without a name: ${json.slice(0, 40)}`);
    return { kind: 'event', name: data[0], args: data.slice(1) };
  }
  return { kind: 'other', data };
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UnreadableFrameError(`not JSON: ${text.slice(0, 40)}`);
  }
}
