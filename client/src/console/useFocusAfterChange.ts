import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { useEffect, useRef } from 'react';

/** A change this page is waiting to see in the doc, and what to do (focus, announce) once it has arrived. */
export interface AwaitedChange {
  arrived(state: WorkshopState): boolean;
  then(state: WorkshopState): void;
}

/**
 * Moving a card re-renders it elsewhere, so focus would be lost. The change arrives by the doc, not with the
 * command's acknowledgement (they travel separately), so the follow-up waits for the doc to show it.
 */
export function useFocusAfterChange(workshop: WorkshopState): { expect(change: AwaitedChange): void; cancel(): void } {
  const awaited = useRef<AwaitedChange | null>(null);
  useEffect(() => {
    const change = awaited.current;
    if (!change || !change.arrived(workshop)) return;
    awaited.current = null;
    change.then(workshop);
  }, [workshop]);
  return {
    expect: (change) => {
      awaited.current = change;
    },
    cancel: () => {
      awaited.current = null;
    },
  };
}
