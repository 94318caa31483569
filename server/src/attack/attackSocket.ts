import { io, type Socket } from 'socket.io-client';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { PROTOCOL_VERSION } from '@roundtable/shared/protocol/events';

/** What became of one emit: the ack, or why there was none. */
export type EmitOutcome =
  | { kind: 'ack'; ack: Ack<unknown> }
  /** Sent without an ack: nothing to wait for. */
  | { kind: 'sent' }
  | { kind: 'noAnswer'; afterMs: number }
  | { kind: 'disconnected'; reason: string }
  | { kind: 'notSent'; reason: string };

/**
 * A raw Socket.io client of one workshop, as a script would open it (token in the handshake): it sends whatever it is
 * given — any event name, any number of arguments, with or without an ack — which the app's own client never would.
 */
export class AttackSocket {
  readonly socket: Socket;
  /** Set when the server says this member was removed (the socket then stays closed). */
  removed = false;
  /** The server's last refusal of the handshake (`data` carries its code, e.g. `{ code: 'unauthorized' }`). */
  refusal: { message: string; data?: { code?: string } } | null = null;

  /** `token` undefined: no credentials at all. */
  constructor(baseUrl: string, workshopId: string, token: string | undefined) {
    this.socket = io(baseUrl, {
      auth: { workshopId, protocolVersion: PROTOCOL_VERSION, ...(token === undefined ? {} : { token }) },
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 200,
    });
    this.socket.on('member:removed', () => {
      this.removed = true;
    });
    this.socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      this.refusal = { message: err.message, data: err.data };
    });
  }

  /** Resolves once connected; rejects with the server's refusal (its `data`, e.g. `{ code: 'unauthorized' }`). */
  whenConnected(timeoutMs = 5_000): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error('not connected in time')), timeoutMs);
      const onConnect = () => finish(null);
      const onError = (err: Error & { data?: unknown }) => finish(Object.assign(new Error(err.message), { data: err.data }));
      const finish = (error: Error | null) => {
        clearTimeout(timer);
        this.socket.off('connect', onConnect);
        this.socket.off('connect_error', onError);
        if (error) reject(error);
        else resolve();
      };
      this.socket.once('connect', onConnect);
      this.socket.once('connect_error', onError);
    });
  }

  /**
   * Emits `event` with `args` and, if `withAck`, an ack function last. An answer that does not come within
   * `timeoutMs`, or a connection that closes first, is reported as such rather than thrown.
   */
  async emit(event: string, args: readonly unknown[], withAck: boolean, timeoutMs: number): Promise<EmitOutcome> {
    if (!this.socket.connected) {
      try {
        await this.whenConnected(2_000);
      } catch (error) {
        return { kind: 'notSent', reason: `not connected: ${(error as Error).message}` };
      }
    }
    if (!withAck) {
      try {
        this.socket.emit(event, ...args);
        return { kind: 'sent' };
      } catch (error) {
        return { kind: 'notSent', reason: (error as Error).message };
      }
    }
    return new Promise((resolve) => {
      const started = Date.now();
      const finish = (outcome: EmitOutcome) => {
        clearTimeout(timer);
        this.socket.off('disconnect', onDisconnect);
        resolve(outcome);
      };
      const onDisconnect = (reason: string) => finish({ kind: 'disconnected', reason });
      const timer = setTimeout(() => finish({ kind: 'noAnswer', afterMs: Date.now() - started }), timeoutMs);
      this.socket.on('disconnect', onDisconnect);
      try {
        this.socket.emit(event, ...args, (ack: Ack<unknown>) => finish({ kind: 'ack', ack }));
      } catch (error) {
        finish({ kind: 'notSent', reason: (error as Error).message });
      }
    });
  }

  close(): void {
    this.socket.close();
  }
}
