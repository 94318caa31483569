import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const PING_INTERVAL_MS = 30_000;

/** What the reference server prints once it listens; the benchmark reads the URL from it. */
export const REFERENCE_READY_PREFIX = 'Reference y-websocket server listening at ';

/**
 * One room: a Y.Doc, its awareness, and the connections with the awareness client ids each controls.
 * As y-websocket's server utils (WSSharedDoc): every doc update and awareness change goes to every connection.
 */
class SharedDoc extends Y.Doc {
  readonly conns = new Map<WebSocket, Set<number>>();
  readonly awareness = new awarenessProtocol.Awareness(this);

  constructor() {
    super({ gc: true });
    this.awareness.setLocalState(null);
    this.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      const controlled = this.conns.get(origin as WebSocket);
      if (controlled) {
        for (const id of added) controlled.add(id);
        for (const id of removed) controlled.delete(id);
      }
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
      this.broadcast(encoding.toUint8Array(encoder));
    });
    this.on('update', (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.broadcast(encoding.toUint8Array(encoder));
    });
  }

  broadcast(message: Uint8Array): void {
    for (const conn of this.conns.keys()) send(this, conn, message);
  }
}

function send(doc: SharedDoc, conn: WebSocket, message: Uint8Array): void {
  if (conn.readyState !== conn.CONNECTING && conn.readyState !== conn.OPEN) return closeConn(doc, conn);
  conn.send(message, (error) => error && closeConn(doc, conn));
}

function closeConn(doc: SharedDoc, conn: WebSocket): void {
  const controlled = doc.conns.get(conn);
  if (controlled) {
    doc.conns.delete(conn);
    awarenessProtocol.removeAwarenessStates(doc.awareness, [...controlled], null);
  }
  conn.close();
}

function onMessage(doc: SharedDoc, conn: WebSocket, data: RawData): void {
  const bytes = new Uint8Array(data as ArrayBuffer);
  const decoder = decoding.createDecoder(bytes);
  const encoder = encoding.createEncoder();
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE_SYNC) {
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.readSyncMessage(decoder, encoder, doc, conn);
    // Only a reply to step 1 has content beyond the message type.
    if (encoding.length(encoder) > 1) send(doc, conn, encoding.toUint8Array(encoder));
  } else if (type === MESSAGE_AWARENESS) {
    awarenessProtocol.applyAwarenessUpdate(doc.awareness, decoding.readVarUint8Array(decoder), conn);
  }
}

/**
 * The bare reference: the stock y-websocket protocol (sync + awareness) the way y-websocket's own server
 * utils implement it — rooms of Y.Docs by URL path, clients write the doc directly, every update is applied
 * and broadcast to the room. No persistence, no authentication, no validation. Only for the benchmark.
 */
export function startReferenceServer(host: string, port: number): Promise<{ server: Server; url: string }> {
  const docs = new Map<string, SharedDoc>();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('reference y-websocket server\n');
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
  wss.on('connection', (conn: WebSocket, req: { url?: string }) => {
    conn.binaryType = 'arraybuffer';
    const name = (req.url ?? '/').slice(1).split('?')[0] ?? '';
    let doc = docs.get(name);
    if (!doc) docs.set(name, (doc = new SharedDoc()));
    const room = doc;
    room.conns.set(conn, new Set());
    conn.on('message', (data) => {
      try {
        onMessage(room, conn, data);
      } catch (error) {
        console.error('reference server: bad message', error);
      }
    });

    let pongReceived = true;
    const pinger = setInterval(() => {
      if (!pongReceived) {
        closeConn(room, conn);
        clearInterval(pinger);
        return;
      }
      pongReceived = false;
      conn.ping();
    }, PING_INTERVAL_MS);
    conn.on('pong', () => (pongReceived = true));
    conn.on('close', () => {
      closeConn(room, conn);
      clearInterval(pinger);
    });

    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, room);
    send(room, conn, encoding.toUint8Array(encoder));
    const states = room.awareness.getStates();
    if (states.size > 0) {
      const awarenessEncoder = encoding.createEncoder();
      encoding.writeVarUint(awarenessEncoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(awarenessEncoder, awarenessProtocol.encodeAwarenessUpdate(room.awareness, [...states.keys()]));
      send(room, conn, encoding.toUint8Array(awarenessEncoder));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({ server, url: `http://${host}:${address.port}` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 0);
  startReferenceServer(process.env.HOST ?? '127.0.0.1', port).then(
    ({ url }) => {
      console.log(`${REFERENCE_READY_PREFIX}${url}`);
      // Nothing to save: stop at once, whoever is still connected.
      process.on('SIGTERM', () => process.exit(0));
      process.on('SIGINT', () => process.exit(0));
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
