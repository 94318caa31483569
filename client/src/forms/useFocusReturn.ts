import { useEffect, useRef } from 'react';

/**
 * For a button that opens something in its place (an edit form): when that closes, focus goes back to the
 * button rather than being lost with the form. Attach the returned ref to the button.
 */
export function useFocusReturn<T extends HTMLElement>(open: boolean) {
  const trigger = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return trigger;
}
