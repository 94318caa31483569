import { readWorkshopUnchecked } from '@roundtable/shared/doc/workshopDoc';
import { YJS_PATH_PREFIX } from '@roundtable/shared/protocol/events';
import { onlineMemberIds, type Presence } from '@roundtable/shared/presence/presence';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { createDragPresence, type DragPresence } from './dragPresence';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { isPermanentDocClose, stopReasonFromDocClose, type StopReason } from './stopReason';

export interface DocChannelListener {
  onWorkshop(workshop: WorkshopState | null): void;
  onOnlineMembers(memberIds: Set<string>): void;
  onConnected(connected: boolean): void;
  onStop(reason: StopReason): void;
}

/** The doc is empty until the first sync; a workshop is there once its meta has an id. */
function workshopIn(doc: Y.Doc): WorkshopState | null {
  const state = readWorkshopUnchecked(doc);
  return typeof state.meta?.id === 'string' ? state : null;
}

/**
 * The read side: the workshop's Y.Doc over the stock y-websocket client, and presence over its awareness.
 * We never write to the doc (the server drops client updates anyway); every change is a command. A drag on the
 * wall is presence too (`dragPresence`).
 */
export function openDocChannel(wsOrigin: string, workshopId: string, memberId: string, listener: DocChannelListener): { close(): void; dragPresence: DragPresence } {
  const doc = new Y.Doc();
  // No BroadcastChannel between tabs: the server is the only source of the doc and of presence.
  const provider = new WebsocketProvider(`${wsOrigin}${YJS_PATH_PREFIX}`, workshopId, doc, { disableBc: true });
  const presence: Presence = { memberId, boardId: null } as Presence;
  provider.awareness.setLocalState(presence);

  doc.on('update', () => listener.onWorkshop(workshopIn(doc)));
  provider.awareness.on('change', () => listener.onOnlineMembers(onlineMemberIds(provider.awareness.getStates().values())));
  provider.on('status', ({ status }) => listener.onConnected(status === 'connected'));
  provider.on('connection-close', (event) => {
    if (!event || !isPermanentDocClose(event.code)) return;
    // Outside the provider's own close handling, which is still on the stack.
    queueMicrotask(() => provider.disconnect());
    listener.onStop(stopReasonFromDocClose(event.code));
  });

  return {
    dragPresence: createDragPresence(provider.awareness),
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}
