import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { AwarenessMode } from './benchOptions';
import type { BenchParticipant } from './benchParticipant';
import { DisconnectLog } from './disconnectLog';
import { sendOwnAwarenessOnly } from './sendOwnAwarenessOnly';
import { whenProviderSynced } from '../src/testing/workshopClient';

/**
 * A client of the bare reference server: the stock y-websocket provider on `ws`, writing the doc directly.
 * Its "command" sets `organisations.<memberId>` to the marker; others see it when their docs have it.
 * Presence is set in awareness as Roundtable's clients do, so both servers carry the same awareness traffic.
 */
export class ReferenceParticipant implements BenchParticipant {
  private readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private readonly organisations = this.doc.getMap<string>('organisations');
  readonly disconnects = new DisconnectLog();

  constructor(
    url: string,
    room: string,
    private readonly memberId: string,
    awareness: AwarenessMode,
  ) {
    this.provider = new WebsocketProvider(url.replace(/^http/, 'ws'), room, this.doc, {
      WebSocketPolyfill: WebSocket as never,
      disableBc: true,
      maxBackoffTime: 500,
    });
    if (awareness === 'own') sendOwnAwarenessOnly(this.provider);
    this.provider.awareness.setLocalState({ memberId, boardId: null });
    this.disconnects.watchProvider(this.provider);
  }

  ready(timeoutMs: number): Promise<void> {
    return whenProviderSynced(this.provider, timeoutMs);
  }

  send(marker: string): Promise<{ ok: true }> {
    this.organisations.set(this.memberId, marker);
    return Promise.resolve({ ok: true });
  }

  onMarker(listener: (marker: string) => void): void {
    this.organisations.observe((event) => {
      for (const key of event.keysChanged) {
        const value = this.organisations.get(key);
        if (value !== undefined) listener(value);
      }
    });
  }

  close(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
