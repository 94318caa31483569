/**
 * How large a card's text is drawn on the wall. Every card is the same size, so a longer text gets a smaller type
 * rather than being cut off: each card gets the largest type at which its whole text shows (measured in the page,
 * by `cardTextFit.ts`). Only a text too long for even the smallest type is cut, after its last whole line, with "…".
 */
export const CARD_TEXT_SIZES = ['large', 'medium', 'small', 'smallest'] as const;
export type CardTextSize = (typeof CARD_TEXT_SIZES)[number];

/** Where fitting a text starts: the largest type. */
export const FIRST_TEXT_SIZE: CardTextSize = CARD_TEXT_SIZES[0];

/** What to do after trying a size: try the next smaller one, or stop (cut at `lines` whole lines, or not at all). */
export type FitStep = { done: false; size: CardTextSize } | { done: true; size: CardTextSize; lines: number | null };

/**
 * One step of fitting a card's text into `room` pixels of height: `size` was tried, and the whole text took
 * `height` pixels at `lineHeight` pixels a line. A text that fits stays at that size; one that does not gets the next
 * smaller size; at the smallest, it is cut to as many whole lines as fit (at least one), so no part of a hidden line
 * shows under the ellipsis.
 */
export function fitStep(size: CardTextSize, height: number, room: number, lineHeight: number): FitStep {
  if (height <= room) return { done: true, size, lines: null };
  const next = CARD_TEXT_SIZES[CARD_TEXT_SIZES.indexOf(size) + 1];
  if (next) return { done: false, size: next };
  return { done: true, size, lines: Math.max(1, Math.floor(room / lineHeight)) };
}
