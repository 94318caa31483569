import { describe, expect, it } from 'vitest';
import { largeEnoughToShow, SMALL_GROUP_MIN } from './smallGroups';

describe('the small-group rule', () => {
  it('[SMALL1] a sector is shown on its own from five people, not below', () => {
    expect(SMALL_GROUP_MIN).toBe(5);
    expect([0, 1, 4, 5, 6, 40].map(largeEnoughToShow)).toEqual([false, false, false, true, true, true]);
  });
});
