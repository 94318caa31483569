import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { EMPTY_PERSONAL_VIEW, type PersonalView } from '@roundtable/shared/workshop/personalView';
import { readWorkshopUnchecked } from '@roundtable/shared/doc/workshopDoc';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { PROTOCOL_VERSION, YJS_PATH_PREFIX, type ClientToServerEvents, type ServerToClientEvents } from '@roundtable/shared/protocol/events';
import { Outbox, type OutboxStorage, type PendingCommand } from '@roundtable/shared/protocol/outbox';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { memberIdOf } from './restClient';
import type { CommandData } from '@roundtable/shared/workshop/commands';
import type { CommandInput, CommandName } from '@roundtable/shared/workshop/commandSchemas';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Outbox storage in memory; pass the same instance to a new client to model a reload. */
export class MemoryOutboxStorage implements OutboxStorage {
  saved: PendingCommand[] = [];
  load(): PendingCommand[] {
    return [...this.saved];
  }
  save(pending: readonly PendingCommand[]): void {
    this.saved = [...pending];
  }
}

/** The stock y-websocket client authenticating like a script: `Authorization: Bearer`. */
function bearerWebSocket(token: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { Authorization: `Bearer ${token}` } });
    }
  } as typeof WebSocket;
}

export interface WorkshopClientOptions {
  storage?: OutboxStorage;
  /** Set presence in awareness (default true). */
  presence?: boolean;
  ackTimeoutMs?: number;
}

/**
 * A real client of a workshop, as the browser app is: Socket.io for commands through the shared Outbox,
 * the stock y-websocket provider for state. For integration tests, the durability test and the benchmark.
 */
export class WorkshopClient {
  readonly doc = new Y.Doc();
  readonly socket: ClientSocket;
  readonly provider: WebsocketProvider;
  readonly outbox: Outbox;
  readonly settled: { command: PendingCommand; ack: Ack<unknown> }[] = [];
  /** This member's own part of the hidden state, as last sent by the server. */
  personal: PersonalView = EMPTY_PERSONAL_VIEW;
  /** Every personal view received, in order. */
  readonly personalViews: PersonalView[] = [];

  constructor(
    readonly baseUrl: string,
    readonly workshopId: string,
    readonly memberId: string,
    token: string,
    options: WorkshopClientOptions = {},
  ) {
    const ackTimeoutMs = options.ackTimeoutMs ?? 5_000;
    this.socket = io(baseUrl, {
      auth: { workshopId, protocolVersion: PROTOCOL_VERSION, token },
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
    });
    this.outbox = new Outbox({
      storage: options.storage ?? new MemoryOutboxStorage(),
      newId: randomUUID,
      send: (name, payload) => (this.socket.timeout(ackTimeoutMs) as unknown as Socket).emitWithAck(name, payload) as Promise<Ack<unknown>>,
      retryDelay: () => new Promise((resolve) => setTimeout(resolve, 100)),
      onSettled: (command, ack) => this.settled.push({ command, ack }),
    });
    this.socket.on('connect', () => this.outbox.connected());
    this.socket.on('disconnect', () => this.outbox.disconnected());
    this.socket.on('personal:view', (view) => {
      this.personal = view;
      this.personalViews.push(view);
    });
    const wsBase = baseUrl.replace(/^http/, 'ws') + YJS_PATH_PREFIX;
    this.provider = new WebsocketProvider(wsBase, workshopId, this.doc, {
      WebSocketPolyfill: bearerWebSocket(token) as never,
      disableBc: true,
      maxBackoffTime: 500,
    });
    if (options.presence !== false) this.provider.awareness.setLocalState({ memberId, boardId: null });
  }

  send<K extends CommandName>(name: K, input: Omit<CommandInput<K>, 'commandId'>): Promise<Ack<CommandData[K]>> {
    return this.outbox.submit(name, input);
  }

  state(): WorkshopState {
    return readWorkshopUnchecked(this.doc);
  }

  /** Resolves once the doc satisfies `predicate` (checked on every update). */
  waitFor(predicate: (state: WorkshopState) => boolean, timeoutMs = 10_000): Promise<WorkshopState> {
    return waitForDoc(this.doc, () => predicate(this.state()), timeoutMs).then(() => this.state());
  }

  /** Resolves once this member's personal view satisfies `predicate`. */
  waitForPersonal(predicate: (view: PersonalView) => boolean, timeoutMs = 10_000): Promise<PersonalView> {
    if (predicate(this.personal)) return Promise.resolve(this.personal);
    return new Promise((resolve, reject) => {
      const onView = (view: PersonalView) => {
        if (!predicate(view)) return;
        clearTimeout(timer);
        this.socket.off('personal:view', onView);
        resolve(view);
      };
      const timer = setTimeout(() => {
        this.socket.off('personal:view', onView);
        reject(new Error('the personal view did not reach the expected state in time'));
      }, timeoutMs);
      this.socket.on('personal:view', onView);
    });
  }

  whenSynced(timeoutMs = 10_000): Promise<void> {
    return whenProviderSynced(this.provider, timeoutMs);
  }

  whenConnected(timeoutMs = 10_000): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket not connected in time')), timeoutMs);
      this.socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  close(): void {
    this.socket.close();
    this.provider.destroy();
    this.doc.destroy();
  }
}

export function waitForDoc(doc: Y.Doc, check: () => boolean, timeoutMs: number): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onUpdate = () => {
      if (!check()) return;
      clearTimeout(timer);
      doc.off('update', onUpdate);
      resolve();
    };
    const timer = setTimeout(() => {
      doc.off('update', onUpdate);
      reject(new Error('the doc did not reach the expected state in time'));
    }, timeoutMs);
    doc.on('update', onUpdate);
  });
}

/** Resolves once the provider has synced with the server (at once if it has). */
export function whenProviderSynced(provider: WebsocketProvider, timeoutMs: number): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A new client's view of the workshop once synced: the committed state. */
export async function readCommitted(baseUrl: string, workshopId: string, token: string): Promise<WorkshopState> {
  const reader = new WorkshopClient(baseUrl, workshopId, await memberIdOf(baseUrl, workshopId, token), token, { presence: false });
  try {
    await reader.whenSynced();
    return reader.state();
  } finally {
    reader.close();
  }
}
