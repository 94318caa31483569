import { useState } from 'react';

/**
 * Text being typed that should outlive the component showing it: a card half-written when the facilitators bring
 * everyone to another board is still there on coming back (for the life of the tab). Storage that refuses
 * (private mode, quota) only loses that, never the typing itself.
 */
export function useKeptText(key: string): [string, (text: string) => void] {
  const [text, setText] = useState(() => {
    try {
      return window.sessionStorage.getItem(key) ?? '';
    } catch {
      return '';
    }
  });
  function keep(next: string) {
    setText(next);
    try {
      if (next) window.sessionStorage.setItem(key, next);
      else window.sessionStorage.removeItem(key);
    } catch {
      // Kept in memory only.
    }
  }
  return [text, keep];
}
