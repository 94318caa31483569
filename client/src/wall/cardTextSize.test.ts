import { describe, expect, it } from 'vitest';
import { cardTextSize } from './cardTextSize';

describe('cardTextSize', () => {
  it('gives short texts the large type and steps down as texts grow', () => {
    expect(cardTextSize('Shared pride in the borough')).toBe('large');
    expect(cardTextSize('x'.repeat(45))).toBe('large');
    expect(cardTextSize('x'.repeat(46))).toBe('medium');
    expect(cardTextSize('x'.repeat(90))).toBe('medium');
    expect(cardTextSize('x'.repeat(91))).toBe('small');
    expect(cardTextSize('x'.repeat(161))).toBe('smallest');
    expect(cardTextSize('x'.repeat(280))).toBe('smallest');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(cardTextSize('é'.repeat(45))).toBe('large');
    expect(cardTextSize('🙂'.repeat(45))).toBe('large');
  });
});
