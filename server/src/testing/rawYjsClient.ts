import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { YJS_PATH_PREFIX } from '@roundtable/shared/protocol/events';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from '../realtime/yjsMessages';

/** For tests: one awareness entry as a client writes it; `state` is JSON-encoded unless it is already raw text. */
export interface RawAwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
  /** The state's text as sent, instead of `JSON.stringify(state)` (for text that is not JSON). */
  rawJson?: string;
}

export function frameOf(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** An awareness message holding exactly these entries, in this order. */
export function awarenessFrame(entries: readonly RawAwarenessEntry[]): Uint8Array {
  const update = frameOf((e) => {
    encoding.writeVarUint(e, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(e, entry.clientId);
      encoding.writeVarUint(e, entry.clock);
      encoding.writeVarString(e, entry.rawJson ?? JSON.stringify(entry.state));
    }
  });
  return frameOf((e) => (encoding.writeVarUint(e, MESSAGE_AWARENESS), encoding.writeVarUint8Array(e, update)));
}

/** Sync step 1 for an (encoded) state vector; the server answers it with one sync step 2. */
export function syncStep1Frame(stateVector: Uint8Array): Uint8Array {
  return frameOf((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

/** The encoded state vector of an empty doc: no clients. */
export const EMPTY_STATE_VECTOR = Uint8Array.of(0);

/**
 * For tests: a raw websocket on the Yjs endpoint, to send frames the stock client never would, and to know when the
 * server has handled them. `connect` resolves once the server has sent its own sync step 1, which it does only after
 * it listens to the connection's frames.
 */
export class RawYjsClient {
  readonly received: Uint8Array[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private repliesExpected = 0;
  private repliesReceived = 0;
  private onReply: (() => void) | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.binaryType = 'nodebuffer';
    this.closed = new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on('error', () => undefined);
    ws.on('message', (data: Buffer) => {
      const bytes = new Uint8Array(data);
      this.received.push(bytes);
      if (bytes[0] === MESSAGE_SYNC && bytes[1] === syncProtocol.messageYjsSyncStep2) {
        this.repliesReceived += 1;
        this.onReply?.();
      }
    });
  }

  static connect(baseUrl: string, workshopId: string, token: string): Promise<RawYjsClient> {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${YJS_PATH_PREFIX}/${workshopId}`, { headers: { authorization: `Bearer ${token}` } });
    const client = new RawYjsClient(ws);
    return new Promise((resolve, reject) => {
      const onMessage = (data: Buffer) => {
        if (data[0] !== MESSAGE_SYNC || data[1] !== syncProtocol.messageYjsSyncStep1) return;
        ws.off('message', onMessage);
        resolve(client);
      };
      ws.on('message', onMessage);
      void client.closed.then(({ code, reason }) => reject(new Error(`closed before the server's sync step 1: ${code} ${reason}`)));
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Sends a frame; `answered` says it is a well-formed sync step 1, which the server answers with a step 2. */
  send(frame: Uint8Array, answered = false): void {
    if (!this.isOpen) return;
    if (answered) this.repliesExpected += 1;
    this.ws.send(frame);
  }

  /**
   * Resolves once the server has handled every frame sent so far, or the connection closed. A socket's frames are
   * handled in order, so the answer to one more sync step 1 (after all earlier ones) means all before it were.
   */
  settled(): Promise<void> {
    this.send(syncStep1Frame(EMPTY_STATE_VECTOR), true);
    return new Promise((resolve) => {
      const check = () => {
        if (this.repliesReceived < this.repliesExpected && this.isOpen) return;
        this.onReply = null;
        resolve();
      };
      this.onReply = check;
      void this.closed.then(check);
      check();
    });
  }

  /** Closes with a handshake: when it resolves, the server has handled every frame sent before. */
  async close(): Promise<{ code: number; reason: string }> {
    if (this.ws.readyState === WebSocket.CONNECTING || this.ws.readyState === WebSocket.OPEN) this.ws.close(1000);
    return this.closed;
  }

  terminate(): void {
    this.ws.terminate();
  }
}
