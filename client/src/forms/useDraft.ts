import { useState } from 'react';

/**
 * A field's value while someone edits it: it follows `source` (the live doc) until the person types, then
 * holds what they typed until `reset()` (after the server accepted it). A rejected save keeps the draft.
 */
export function useDraft<T>(source: T): { value: T; dirty: boolean; set(value: T): void; reset(): void } {
  const [edited, setEdited] = useState<{ value: T } | null>(null);
  return {
    value: edited ? edited.value : source,
    dirty: edited !== null,
    set: (value) => setEdited({ value }),
    reset: () => setEdited(null),
  };
}
