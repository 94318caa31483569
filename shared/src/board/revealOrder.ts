import type { BoardId, CardId } from '../ids/ids';

/**
 * [ANON2] The order in which an anonymous board's drafts are revealed: by a hash of the board and card ids, which
 * says nothing of who wrote a card or when (card ids are random; the clock plays no part). The server fixes the
 * order once, as the cards' positions, so every client and every reload shows the same wall.
 */
export function revealOrder<T extends { id: CardId }>(boardId: BoardId, cards: readonly T[]): T[] {
  const keyed = cards.map((card) => ({ card, key: fnv1a32(`${boardId}:${card.id}`) }));
  keyed.sort((a, b) => a.key - b.key || (a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0));
  return keyed.map((k) => k.card);
}

/** 32-bit FNV-1a over the string's UTF-16 code units: a fixed, well-spread order, not a secret. */
function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
