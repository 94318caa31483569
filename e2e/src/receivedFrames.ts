import type { Page } from 'playwright-core';

/** Which of the app's two live connections a frame came over (anything else is a finding in itself). */
export type FrameChannel = 'yjs' | 'socket.io' | 'other';

/** One message the server sent a page, as the page received it. */
export interface ReceivedFrame {
  channel: FrameChannel;
  /** Socket.io may deliver over HTTP long-polling before it upgrades; those bodies count as received too. */
  transport: 'websocket' | 'polling';
  url: string;
  /** Text frames and polling bodies as text; binary websocket frames as bytes. */
  payload: string | Uint8Array;
}

export interface FrameRecorder {
  /** Every frame so far, in the order the page received them (per channel). */
  readonly frames: readonly ReceivedFrame[];
  /** Resolves once every polling body already received has been read into `frames`; rejects if one could not be read. */
  settled(): Promise<void>;
}

function channelOf(url: string): FrameChannel {
  const path = new URL(url).pathname;
  if (path.startsWith('/socket.io/')) return 'socket.io';
  if (path.startsWith('/yjs/')) return 'yjs';
  return 'other';
}

/**
 * Records everything the server sends `page` over its live connections, from this call on: every websocket frame
 * received (the Yjs doc channel and Socket.io), and the bodies of Socket.io's long-polling responses. Call it
 * before the page's first navigation so nothing is missed.
 */
export function recordReceivedFrames(page: Page): FrameRecorder {
  const frames: ReceivedFrame[] = [];
  const reading = new Set<Promise<void>>();
  const unread: string[] = [];
  page.on('websocket', (ws) => {
    const url = ws.url();
    const channel = channelOf(url);
    ws.on('framereceived', ({ payload }) => {
      frames.push({ channel, transport: 'websocket', url, payload: typeof payload === 'string' ? payload : new Uint8Array(payload) });
    });
  });
  page.on('requestfinished', (request) => {
    if (request.method() !== 'GET' || channelOf(request.url()) !== 'socket.io') return;
    const read = (async () => {
      const response = await request.response();
      if (!response) return;
      frames.push({ channel: 'socket.io', transport: 'polling', url: request.url(), payload: (await response.body()).toString('utf8') });
    })().catch((error: unknown) => {
      unread.push(`${request.url()}: ${error instanceof Error ? error.message : String(error)}`);
    });
    reading.add(read);
    void read.then(() => reading.delete(read));
  });
  return {
    frames,
    async settled() {
      await Promise.all([...reading]);
      // A body the page received but this recorder could not read would leave a gap in what is checked.
      if (unread.length > 0) throw new Error(`Could not read ${unread.length} Socket.io polling response(s): ${unread.join('; ')}`);
    },
  };
}
