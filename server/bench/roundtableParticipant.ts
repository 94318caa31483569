import * as Y from 'yjs';
import type { WorkshopClient } from '../src/testing/workshopClient';
import type { AwarenessMode } from './benchOptions';
import type { BenchParticipant } from './benchParticipant';
import type { DisconnectLog } from './disconnectLog';
import { WatchedClient } from './watchedClient';

/**
 * A participant of a Roundtable workshop: the real test client (Socket.io commands through the shared Outbox,
 * the stock y-websocket provider on `ws` for the doc). Its "command" is `member:updateProfile { organisation }`,
 * which others see as `members.<memberId>.organisation` in their docs.
 */
export class RoundtableParticipant implements BenchParticipant {
  private readonly watched: WatchedClient;
  private readonly client: WorkshopClient;
  readonly disconnects: DisconnectLog;

  constructor(url: string, workshopId: string, memberId: string, token: string, awareness: AwarenessMode) {
    this.watched = new WatchedClient(url, workshopId, memberId, token, awareness);
    this.client = this.watched.client;
    this.disconnects = this.watched.disconnects;
  }

  ready(timeoutMs: number): Promise<void> {
    return this.watched.ready(timeoutMs);
  }

  async send(marker: string): Promise<{ ok: true } | { ok: false; code: string }> {
    const ack = await this.client.send('member:updateProfile', { organisation: marker });
    return ack.ok ? { ok: true } : { ok: false, code: ack.error.code };
  }

  onMarker(listener: (marker: string) => void): void {
    this.client.doc.getMap<Y.Map<unknown>>('members').observeDeep((events) => {
      for (const event of events) {
        if (!(event.target instanceof Y.Map) || !(event as Y.YMapEvent<unknown>).keysChanged.has('organisation')) continue;
        const value = event.target.get('organisation');
        if (typeof value === 'string') listener(value);
      }
    });
  }

  close(): void {
    this.client.close();
  }
}
