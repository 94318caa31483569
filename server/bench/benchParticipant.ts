import type { DisconnectLog } from './disconnectLog';

/** What the simulator needs of one simulated participant, whichever server it talks to. */
export interface BenchParticipant {
  /** Resolves once the doc has synced (and, for Roundtable, the command socket is connected). */
  ready(timeoutMs: number): Promise<void>;
  /**
   * Makes this participant's marker `marker`: a command for Roundtable, resolving with its ack;
   * a direct doc write for the reference, resolving at once.
   */
  send(marker: string): Promise<{ ok: true } | { ok: false; code: string }>;
  /** Calls `listener` with every marker that becomes visible in this client's doc, from any participant. */
  onMarker(listener: (marker: string) => void): void;
  /** Connections lost, by cause (Socket.io and y-websocket). */
  readonly disconnects: DisconnectLog;
  close(): void;
}
