import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';

const MESSAGE_AWARENESS = 1;

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * Makes a stock WebsocketProvider send only its own awareness state, not every awareness change it hears of.
 *
 * Why: the stock provider re-sends every change applied to its awareness, including the states it just received
 * from the server, so a client joining a room with N others sends back one frame listing all N. Roundtable's
 * Yjs endpoint treats an awareness frame of more than 16 entries as malformed and closes with 4400, which the
 * provider does not retry: from the 18th connected member on, a workshop's clients never sync (see
 * docs/performance.md, "Found while benchmarking"). The benchmark clients of both servers use this, so both
 * carry the same presence traffic: each client's own state on connect and every 15 s renewal.
 */
export function sendOwnAwarenessOnly(provider: WebsocketProvider): void {
  const stock = (provider as unknown as { _awarenessUpdateHandler: (change: AwarenessChange, origin: unknown) => void })._awarenessUpdateHandler;
  const { awareness } = provider;
  awareness.off('update', stock);
  awareness.on('update', ({ added, updated, removed }: AwarenessChange) => {
    const own = awareness.clientID;
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [own]));
    ws.send(encoding.toUint8Array(encoder));
  });
}
