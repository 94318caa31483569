import { createContext, useContext } from 'react';
import { messagesEn, type Messages } from './messages.en';

/**
 * The catalogues the client ships. Adding a language is adding its catalogue here (typed `Messages`, so the
 * compiler lists every missing text); components only ever call `useT()`.
 */
const CATALOGUES: Readonly<Record<string, Messages>> = { en: messagesEn };
const DEFAULT_LANGUAGE = 'en';

/** The catalogue for the first of the preferred languages we have, else English. */
export function messagesFor(preferredLanguages: readonly string[]): Messages {
  for (const tag of preferredLanguages) {
    const catalogue = CATALOGUES[tag.toLowerCase().split('-')[0] ?? ''];
    if (catalogue) return catalogue;
  }
  return CATALOGUES[DEFAULT_LANGUAGE] ?? messagesEn;
}

export const MessagesContext = createContext<Messages>(messagesEn);

/** The current catalogue: `const t = useT(); t.home.join`. */
export function useT(): Messages {
  return useContext(MessagesContext);
}
