import * as Y from 'yjs';
import { WorkshopClient } from '../src/testing/workshopClient';
import type { BenchParticipant } from './benchParticipant';

/**
 * A participant of a Roundtable workshop: the real test client (Socket.io commands through the shared Outbox,
 * the stock y-websocket provider on `ws` for the doc). Its "command" is `member:updateProfile { organisation }`,
 * which others see as `members.<memberId>.organisation` in their docs.
 */
export class RoundtableParticipant implements BenchParticipant {
  private readonly client: WorkshopClient;
  disconnects = 0;

  constructor(url: string, workshopId: string, memberId: string, token: string) {
    this.client = new WorkshopClient(url, workshopId, memberId, token, { ackTimeoutMs: 30_000 });
    this.client.socket.on('disconnect', () => (this.disconnects += 1));
    this.client.provider.on('status', ({ status }) => {
      if (status === 'disconnected') this.disconnects += 1;
    });
  }

  async ready(timeoutMs: number): Promise<void> {
    await Promise.all([this.client.whenSynced(timeoutMs), this.client.whenConnected(timeoutMs)]);
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
