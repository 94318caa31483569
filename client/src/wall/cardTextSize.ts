/**
 * How large a card's text is drawn on the wall: every card is the same size, so a longer text gets a smaller type
 * rather than being cut off. Short texts (most cards) get the large type a projector needs.
 */
export type CardTextSize = 'large' | 'medium' | 'small' | 'smallest';

export function cardTextSize(text: string): CardTextSize {
  const length = [...text].length;
  if (length <= 45) return 'large';
  if (length <= 90) return 'medium';
  if (length <= 160) return 'small';
  return 'smallest';
}
