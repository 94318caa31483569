import type { PresenceDrag } from '@roundtable/shared/presence/presence';

/** How often a drag in progress is published at most: smooth enough to follow, light on the room's presence traffic. */
export const DRAG_PUBLISH_INTERVAL_MS = 100;

export interface DragPublisher {
  /** The card is now here (called on every pointer move of the drag). */
  move(drag: PresenceDrag): void;
  /** The drag ended (dropped or cancelled): say so at once, and drop any move still waiting. */
  end(): void;
}

/**
 * [WALLV2] Throttles a drag's presence: the first move goes at once, then at most one every `intervalMs`, always
 * ending with the latest place; `end` publishes null right away.
 */
export function createDragPublisher(publish: (drag: PresenceDrag | null) => void, intervalMs = DRAG_PUBLISH_INTERVAL_MS): DragPublisher {
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let waiting: PresenceDrag | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dragging = false;

  const send = () => {
    timer = null;
    if (!waiting) return;
    publish(waiting);
    waiting = null;
    lastSentAt = Date.now();
  };

  return {
    move(drag) {
      dragging = true;
      waiting = drag;
      if (timer) return;
      const wait = lastSentAt + intervalMs - Date.now();
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    },
    end() {
      if (timer) clearTimeout(timer);
      timer = null;
      waiting = null;
      if (!dragging) return;
      dragging = false;
      publish(null);
    },
  };
}
