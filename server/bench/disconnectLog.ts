import type { WebsocketProvider } from 'y-websocket';

/** Connections a participant lost, counted by cause ("doc: 1006", "commands: ping timeout"…). */
export class DisconnectLog {
  private counts: Record<string, number> = {};

  count(cause: string): void {
    this.counts[cause] = (this.counts[cause] ?? 0) + 1;
  }

  /** The counts since the last call. */
  take(): Record<string, number> {
    const counts = this.counts;
    this.counts = {};
    return counts;
  }

  /** Counts each established y-websocket connection the provider loses, with the close code. */
  watchProvider(provider: WebsocketProvider): void {
    let cause = 'doc: closed';
    // 'connection-close' comes first, with the close event (null when the client gave up: no message for 30 s).
    provider.on('connection-close', (event) => (cause = event ? `doc: ${event.code}` : 'doc: silent for 30 s'));
    provider.on('status', ({ status }) => {
      if (status === 'disconnected') this.count(cause);
    });
  }
}
