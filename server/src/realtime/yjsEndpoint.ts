import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { removeAwarenessStates, applyAwarenessUpdate } from 'y-protocols/awareness';
import { workshopIdSchema, type MemberId, type WorkshopId } from '@roundtable/shared/ids/ids';
import { YJS_CLOSE, YJS_PATH_PREFIX } from '@roundtable/shared/protocol/events';
import type { Logger } from '../app/logger';
import { authenticate, tokenFromHeaders, type AccountSeats } from '../http/identity';
import { isAllowedOrigin } from '../http/origin';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopRoom } from '../workshops/workshopRoom';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { AwarenessOwners } from './awarenessOwners';
import {
  decodeClientMessage,
  encodeAwareness,
  encodeAwarenessEntry,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MalformedMessageError,
  ownAwarenessEntry,
} from './yjsMessages';
import type { Role } from '@roundtable/shared/command/actor';

const PING_INTERVAL_MS = 30_000;
/** Normal close codes the y-websocket client reconnects after. */
const CLOSE_SERVER_ERROR = 1011;
const CLOSE_SERVICE_RESTART = 1012;

interface DocConnection {
  ws: WebSocket;
  workshopId: WorkshopId;
  memberId: MemberId;
  /** Only a facilitator's presence may carry a drag on the wall. */
  role: Role;
  /** The Yjs client id this connection speaks for, bound by its first awareness update. */
  awarenessClientId: number | null;
  /** Its room's awareness client ids and the connections that own them (YJS6). */
  owners: AwarenessOwners<DocConnection>;
  droppedUpdates: number;
}

export interface YjsEndpointDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  logger: Logger;
  allowedOrigins: readonly string[];
  maxFrameBytes: number;
  /** Workshop access by facilitator account (the `rt_account` cookie); without it, links and workshop cookies only. */
  seats?: AccountSeats;
}

/**
 * The workshop doc over the y-websocket protocol (sync + awareness), read-only for clients:
 * - sync step 1 from a client is answered from committed state; a client's step 2 or update is dropped
 *   and the connection kept (the stock client sends an empty one after every sync);
 * - of each awareness update only the connection's own entry is applied (own client id and member, within a size
 *   limit); entries for ids nobody owns, such as the stale ones the stock client echoes, are ignored;
 * - an awareness update touching a client id another connection owns (a takeover, or the stock client's echo of
 *   others' changes) is dropped whole, neither applied nor relayed (YJS6); a connection's ids are removed from
 *   awareness, and freed, when it closes;
 * - a malformed frame closes that connection with 4400 and nothing else; an oversized one with 1009.
 * Rejections use close codes 4400-4499 after the upgrade, because an HTTP error makes the client retry forever.
 */
export class YjsEndpoint {
  private readonly wss: WebSocketServer;
  private readonly connections = new Map<WorkshopId, Set<DocConnection>>();
  private readonly roomOwners = new WeakMap<WorkshopRoom, AwarenessOwners<DocConnection>>();
  private readonly pinger: NodeJS.Timeout;

  constructor(private readonly deps: YjsEndpointDeps) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxFrameBytes });
    this.pinger = setInterval(() => this.ping(), PING_INTERVAL_MS);
    this.pinger.unref();
  }

  /** Whether this endpoint serves the upgrade's path. */
  static handles(pathname: string): boolean {
    return pathname.startsWith(`${YJS_PATH_PREFIX}/`);
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.accept(ws, req).catch((error: unknown) => {
        this.deps.logger.error({ err: error }, 'yjs connection failed');
        ws.close(CLOSE_SERVER_ERROR, 'server error');
      });
    });
  }

  connectionCount(): number {
    let n = 0;
    for (const set of this.connections.values()) n += set.size;
    return n;
  }

  /** Closes a removed member's connections. */
  closeMember(workshopId: WorkshopId, memberId: MemberId): void {
    for (const conn of this.connections.get(workshopId) ?? []) {
      if (conn.memberId === memberId) conn.ws.close(YJS_CLOSE.unauthorized, 'removed from the workshop');
    }
  }

  /** After a room was dropped: clients reconnect and resync from the store. */
  closeWorkshop(workshopId: WorkshopId): void {
    for (const conn of this.connections.get(workshopId) ?? []) conn.ws.close(CLOSE_SERVER_ERROR, 'workshop reloading');
  }

  /** Shutdown: tell every client to come back (1012 service restart), then stop. */
  close(): void {
    clearInterval(this.pinger);
    for (const set of this.connections.values()) for (const conn of set) conn.ws.close(CLOSE_SERVICE_RESTART, 'server restarting');
    this.wss.close();
  }

  private async accept(ws: WebSocket, req: IncomingMessage): Promise<void> {
    // Frames can arrive while we authenticate; keep them in order until the connection is set up.
    const early: RawData[] = [];
    const buffer = (data: RawData) => early.push(data);
    ws.on('message', buffer);
    ws.on('error', (error) => this.deps.logger.debug({ err: error }, 'yjs socket error'));

    if (!isAllowedOrigin(req, this.deps.allowedOrigins)) return ws.close(YJS_CLOSE.forbiddenOrigin, 'origin not allowed');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const idText = decodeURIComponent(url.pathname.slice(YJS_PATH_PREFIX.length + 1));
    const workshopId = workshopIdSchema.safeParse(idText);
    if (!workshopId.success) return ws.close(YJS_CLOSE.notFound, 'no such workshop');
    const seats = this.deps.seats;
    const member = await authenticate(this.deps.store, workshopId.data, tokenFromHeaders(req.headers, workshopId.data), seats && { seats, headers: req.headers });
    if (!member) return ws.close(YJS_CLOSE.unauthorized, 'not a member of this workshop');
    if (ws.readyState !== ws.OPEN) return;

    const room = await this.deps.rooms.acquire(workshopId.data);
    if (!room) return ws.close(YJS_CLOSE.notFound, 'no such workshop');
    if (ws.readyState !== ws.OPEN) return this.deps.rooms.release(workshopId.data);
    const owners = this.wire(room);

    const conn: DocConnection = {
      ws,
      workshopId: room.workshopId,
      memberId: member.memberId,
      role: member.role,
      awarenessClientId: null,
      owners,
      droppedUpdates: 0,
    };
    let set = this.connections.get(room.workshopId);
    if (!set) this.connections.set(room.workshopId, (set = new Set()));
    set.add(conn);
    (ws as WebSocket & { isAlive?: boolean }).isAlive = true;
    ws.on('pong', () => ((ws as WebSocket & { isAlive?: boolean }).isAlive = true));

    const stopUpdates = room.onUpdate((update) => send(ws, encodeUpdate(update)));
    ws.once('close', () => {
      stopUpdates();
      set.delete(conn);
      if (set.size === 0) this.connections.delete(room.workshopId);
      removeAwarenessStates(room.awareness, owners.release(conn), null);
      this.deps.rooms.release(room.workshopId);
    });

    const others = [...room.awareness.getStates().keys()];
    if (others.length > 0) send(ws, encodeAwareness(room.awareness, others));
    // Synchronously: the buffered frames, then live ones, so a client's frames are handled in order.
    ws.off('message', buffer);
    for (const data of early) this.onMessage(conn, room, data);
    ws.on('message', (data) => this.onMessage(conn, room, data));
    room.readCommitted(() => encodeSyncStep1(room.doc)).then((step1) => send(ws, step1), () => undefined);
  }

  /** Broadcasts a room's awareness changes to its connections, once per room; returns who owns its client ids. */
  private wire(room: WorkshopRoom): AwarenessOwners<DocConnection> {
    const wired = this.roomOwners.get(room);
    if (wired) return wired;
    const owners = new AwarenessOwners<DocConnection>(room.awareness.clientID, (conn) => conn.memberId);
    this.roomOwners.set(room, owners);
    room.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const changed = [...added, ...updated, ...removed];
      const message = encodeAwareness(room.awareness, changed);
      for (const conn of this.connections.get(room.workshopId) ?? []) send(conn.ws, message);
    });
    return owners;
  }

  private onMessage(conn: DocConnection, room: WorkshopRoom, data: RawData): void {
    const bytes = toBytes(data);
    let message;
    try {
      message = decodeClientMessage(bytes);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      this.deps.logger.info({ workshopId: conn.workshopId, reason: error.message }, 'closing yjs connection: malformed frame');
      conn.ws.close(YJS_CLOSE.malformed, 'malformed message');
      return;
    }
    switch (message.type) {
      case 'syncStep1':
        room
          .readCommitted(() => encodeSyncStep2(room.doc, message.stateVector))
          .then((reply) => send(conn.ws, reply))
          .catch(() => conn.ws.close(YJS_CLOSE.malformed, 'malformed state vector'));
        return;
      case 'clientUpdate':
        conn.droppedUpdates += 1;
        return;
      case 'queryAwareness':
        send(conn.ws, encodeAwareness(room.awareness, [...room.awareness.getStates().keys()]));
        return;
      case 'awareness': {
        if (!conn.owners.mayTouch(conn, message.entries.map((entry) => entry.clientId))) {
          this.deps.logger.debug({ workshopId: conn.workshopId }, 'awareness ignored: another connection\'s client id');
          return;
        }
        const own = ownAwarenessEntry(message.entries, conn.awarenessClientId, conn.memberId, conn.role);
        if (!own.ok) {
          this.deps.logger.debug({ workshopId: conn.workshopId, reason: own.reason }, 'awareness ignored');
          return;
        }
        conn.owners.bind(conn, own.entry.clientId);
        conn.awarenessClientId = own.entry.clientId;
        applyAwarenessUpdate(room.awareness, encodeAwarenessEntry(own.entry), conn);
        return;
      }
    }
  }

  private ping(): void {
    for (const set of this.connections.values()) {
      for (const conn of set) {
        const ws = conn.ws as WebSocket & { isAlive?: boolean };
        if (ws.isAlive === false) {
          ws.terminate();
          continue;
        }
        ws.isAlive = false;
        ws.ping();
      }
    }
  }
}

function send(ws: WebSocket, message: Uint8Array): void {
  if (ws.readyState === ws.OPEN) ws.send(message, (error) => error && ws.terminate());
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
