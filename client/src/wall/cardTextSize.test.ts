import { describe, expect, it } from 'vitest';
import { CARD_TEXT_SIZES, fitStep } from './cardTextSize';

describe('fitStep: fitting a card’s text into its card', () => {
  it('[WALLV6] keeps a text that fits at the size tried, uncut', () => {
    expect(fitStep('large', 66, 76, 22)).toEqual({ done: true, size: 'large', lines: null });
    expect(fitStep('large', 76, 76, 22)).toEqual({ done: true, size: 'large', lines: null });
    expect(fitStep('smallest', 72, 76, 12)).toEqual({ done: true, size: 'smallest', lines: null });
  });

  it('[WALLV6] tries the next smaller type, in order, for a text that does not fit', () => {
    expect(fitStep('large', 88, 76, 22)).toEqual({ done: false, size: 'medium' });
    expect(fitStep('medium', 90, 76, 18)).toEqual({ done: false, size: 'small' });
    expect(fitStep('small', 90, 76, 15)).toEqual({ done: false, size: 'smallest' });
    expect(CARD_TEXT_SIZES).toEqual(['large', 'medium', 'small', 'smallest']);
  });

  it('[WALLV6] cuts a text too long for the smallest type after its last whole line, never part of one', () => {
    // 76 px of room at 12 px a line: 6 whole lines (72 px); the 7th, which would show 4 px of itself, is cut.
    expect(fitStep('smallest', 300, 76, 12)).toEqual({ done: true, size: 'smallest', lines: 6 });
    expect(fitStep('smallest', 300, 72, 12)).toEqual({ done: true, size: 'smallest', lines: 6 });
    expect(fitStep('smallest', 300, 71.9, 12)).toEqual({ done: true, size: 'smallest', lines: 5 });
  });

  it('[WALLV6] keeps at least one line, however little room the card has', () => {
    expect(fitStep('smallest', 300, 5, 12)).toEqual({ done: true, size: 'smallest', lines: 1 });
  });
});
