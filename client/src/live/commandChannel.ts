import type { Ack, AppError } from '@roundtable/shared/protocol/errors';
import {
  PROTOCOL_VERSION,
  SOCKET_IO_PATH,
  type ClientToServerEvents,
  type HandshakeAuth,
  type ServerToClientEvents,
} from '@roundtable/shared/protocol/events';
import { backoffMs, Outbox, type OutboxStorage, type PendingCommand } from '@roundtable/shared/protocol/outbox';
import type { PersonalView } from '@roundtable/shared/workshop/personalView';
import { io, type Socket } from 'socket.io-client';
import { personalViewFrom } from './personalView';
import { stopReasonFromConnectError, type StopReason } from './stopReason';
import type { CommandData } from '@roundtable/shared/workshop/commands';
import type { CommandInput, CommandName } from '@roundtable/shared/workshop/commandSchemas';

/** How long a command may wait for its ack before the outbox resends it. */
const ACK_TIMEOUT_MS = 10_000;

export type Submit = <K extends CommandName>(name: K, input: Omit<CommandInput<K>, 'commandId'>) => Promise<Ack<CommandData[K]>>;

export interface CommandChannelListener {
  onConnected(connected: boolean): void;
  onPendingCount(count: number): void;
  onRejected(command: PendingCommand, error: AppError): void;
  /** This member's own private part of the workshop: on every connect, and after every change to it. */
  onPersonalView(view: PersonalView): void;
  /** The workshop's record is damaged and shown read-only (RESC1). */
  onReadOnly(): void;
  onStop(reason: StopReason): void;
}

/** The write side: commands go through the outbox, over Socket.io, and come back acknowledged. */
export function openCommandChannel(workshopId: string, storage: OutboxStorage, listener: CommandChannelListener): { submit: Submit; close(): void } {
  const auth: HandshakeAuth = { workshopId, protocolVersion: PROTOCOL_VERSION };
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ path: SOCKET_IO_PATH, auth, withCredentials: true });

  // The outbox sends any command name with its own payload; the per-event typing is checked at `submit`.
  type AnyEmitter = { emitWithAck(name: string, payload: Record<string, unknown>): Promise<Ack<unknown>> };
  const outbox = new Outbox({
    storage,
    send: (name, payload) => (socket.timeout(ACK_TIMEOUT_MS) as unknown as AnyEmitter).emitWithAck(name, payload),
    newId: () => crypto.randomUUID(),
    retryDelay: (attempt) => new Promise((resolve) => setTimeout(resolve, backoffMs(attempt))),
    onPendingChange: (count) => listener.onPendingCount(count),
    onSettled: (command, ack) => {
      if (!ack.ok) listener.onRejected(command, ack.error);
    },
  });
  listener.onPendingCount(outbox.pendingCommands().length);

  socket.on('connect', () => {
    listener.onConnected(true);
    outbox.connected();
  });
  socket.on('disconnect', () => {
    listener.onConnected(false);
    outbox.disconnected();
  });
  socket.on('connect_error', (error) => {
    const reason = stopReasonFromConnectError(error);
    if (reason) listener.onStop(reason);
  });
  socket.on('member:removed', () => listener.onStop({ kind: 'removed' }));
  socket.on('personal:view', (view) => listener.onPersonalView(personalViewFrom(view)));
  socket.on('workshop:readOnly', () => listener.onReadOnly());

  return {
    submit: (name, input) => outbox.submit(name, input),
    close() {
      outbox.disconnected();
      socket.removeAllListeners();
      socket.disconnect();
    },
  };
}
