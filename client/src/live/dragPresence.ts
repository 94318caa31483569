import type { PresenceDrag } from '@roundtable/shared/presence/presence';

/** Another facilitator's drag in progress on the wall, as their presence carries it. */
export interface RemoteDrag extends PresenceDrag {
  memberId: string;
}

/** What of y-protocols' Awareness this uses (so tests can hand in a stand-in). */
export interface AwarenessLike {
  clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  setLocalStateField(field: string, value: unknown): void;
  on(event: 'change', listener: () => void): void;
  off(event: 'change', listener: () => void): void;
}

/**
 * [WALLV2] Drags in progress on the wall travel as presence, never as commands: this publishes mine and tells who else
 * is dragging what. Outside React on purpose: a drag changes many times a second and must not re-render the page.
 */
export interface DragPresence {
  publish(drag: PresenceDrag | null): void;
  /** Other members' drags now. */
  current(): readonly RemoteDrag[];
  /** Called whenever `current()` changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

const isCoordinate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The drags in awareness states other than my own client's, well-formed ones only, in client order. */
export function remoteDrags(states: ReadonlyMap<number, unknown>, ownClientId: number): RemoteDrag[] {
  const drags: RemoteDrag[] = [];
  for (const [clientId, state] of [...states.entries()].sort(([a], [b]) => a - b)) {
    if (clientId === ownClientId || typeof state !== 'object' || state === null) continue;
    const { memberId, drag } = state as { memberId?: unknown; drag?: Partial<PresenceDrag> | null };
    if (typeof memberId !== 'string' || !drag || typeof drag !== 'object') continue;
    if (typeof drag.boardId !== 'string' || typeof drag.cardId !== 'string' || !isCoordinate(drag.x) || !isCoordinate(drag.y)) continue;
    drags.push({ memberId, boardId: drag.boardId, cardId: drag.cardId, x: drag.x, y: drag.y });
  }
  return drags;
}

export function createDragPresence(awareness: AwarenessLike): DragPresence {
  const listeners = new Set<() => void>();
  let drags: RemoteDrag[] = [];
  let key = '[]';
  const update = () => {
    const next = remoteDrags(awareness.getStates(), awareness.clientID);
    const nextKey = JSON.stringify(next);
    if (nextKey === key) return;
    drags = next;
    key = nextKey;
    for (const listener of [...listeners]) listener();
  };
  return {
    publish: (drag) => awareness.setLocalStateField('drag', drag),
    current: () => drags,
    subscribe(listener) {
      if (listeners.size === 0) {
        awareness.on('change', update);
        update();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) awareness.off('change', update);
      };
    },
  };
}

/** Before the doc channel is open: nobody else's drags, and mine go nowhere. */
export const NO_DRAG_PRESENCE: DragPresence = {
  publish: () => undefined,
  current: () => [],
  subscribe: () => () => undefined,
};
