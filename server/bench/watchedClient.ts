import { WorkshopClient } from '../src/testing/workshopClient';
import type { AwarenessMode } from './benchOptions';
import { DisconnectLog } from './disconnectLog';
import { sendOwnAwarenessOnly } from './sendOwnAwarenessOnly';

/**
 * The real test client (Socket.io commands through the shared Outbox, the stock y-websocket provider on `ws` for the
 * read-only doc) as every Roundtable benchmark connects it: presence as `awareness` says, every lost connection
 * counted by cause, and a clear error when the server closes the doc connection for good.
 */
export class WatchedClient {
  readonly client: WorkshopClient;
  readonly disconnects = new DisconnectLog();
  /** The last close the server gave the doc connection, for a useful error if it never syncs. */
  private lastClose = '';
  /** Rejects when the server closes the doc connection with a code the provider does not retry (4400-4499). */
  private readonly closedForGood: Promise<never>;

  constructor(url: string, workshopId: string, memberId: string, token: string, awareness: AwarenessMode) {
    this.client = new WorkshopClient(url, workshopId, memberId, token, { ackTimeoutMs: 30_000 });
    if (awareness === 'own') sendOwnAwarenessOnly(this.client.provider);
    this.client.provider.on('connection-close', (event) => {
      if (event) this.lastClose = ` (last close: ${event.code} ${event.reason})`;
    });
    this.closedForGood = new Promise((_resolve, reject) => {
      this.client.provider.on('closed', ({ code, reason }) => reject(new Error(`the server closed the doc connection for good: ${code} ${reason}`)));
    });
    this.closedForGood.catch(() => undefined);
    this.client.socket.on('disconnect', (reason) => this.disconnects.count(`commands: ${reason}`));
    this.disconnects.watchProvider(this.client.provider);
  }

  /** Resolves once the doc has synced and the command socket is connected. */
  async ready(timeoutMs: number): Promise<void> {
    try {
      await Promise.race([Promise.all([this.client.whenSynced(timeoutMs), this.client.whenConnected(timeoutMs)]), this.closedForGood]);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}${this.lastClose}`);
    }
  }

  close(): void {
    this.client.close();
  }
}
