import { useRef, useState } from 'react';

/**
 * Text being typed that should outlive the component showing it: a card half-written when the facilitators bring
 * everyone to another board is still there on coming back (for the life of the tab). Storage that refuses
 * (private mode, quota) only loses that, never the typing itself. The third element empties the text only if it
 * is still `sent`, so an answer that arrives late never wipes what was typed since.
 */
export function useKeptText(key: string): [string, (text: string) => void, (sent: string) => void] {
  const [text, setText] = useState(() => {
    try {
      return window.sessionStorage.getItem(key) ?? '';
    } catch {
      return '';
    }
  });
  const latest = useRef(text);
  function keep(next: string) {
    latest.current = next;
    setText(next);
    try {
      if (next) window.sessionStorage.setItem(key, next);
      else window.sessionStorage.removeItem(key);
    } catch {
      // Kept in memory only.
    }
  }
  const clearIfStill = (sent: string) => {
    if (latest.current === sent) keep('');
  };
  return [text, keep, clearIfStill];
}
