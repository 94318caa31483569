import { describe, expect, it } from 'vitest';
import { fragmentWithoutToken, tokenFromFragment } from './linkFragment';

describe('link fragments', () => {
  it('reads the token from #token=…', () => {
    expect(tokenFromFragment('#token=abcDEF123_-xyz')).toBe('abcDEF123_-xyz');
    expect(tokenFromFragment('token=abc')).toBe('abc');
    expect(tokenFromFragment('#view=wall&token=t0k3n')).toBe('t0k3n');
  });

  it('finds no token in an empty, blank or unrelated fragment', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('#token=%20%20')).toBeNull();
    expect(tokenFromFragment('#main')).toBeNull();
  });

  it('removes only the token from the fragment', () => {
    expect(fragmentWithoutToken('#token=abc')).toBe('');
    expect(fragmentWithoutToken('#view=wall&token=abc')).toBe('#view=wall');
    expect(fragmentWithoutToken('')).toBe('');
  });
});
