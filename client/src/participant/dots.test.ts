import { describe, expect, it } from 'vitest';
import { testBoard } from '../testing/workshopFixture';
import { canAddDot, canTakeDot, dotsLeft, dotsSpent, withPending } from './dots';

const voting = testBoard({ phase: 'vote', votesPerParticipant: 3, votesPerItemMax: 2 });

describe('my dots', () => {
  it('counts what I have left of the board’s dots', () => {
    expect(dotsLeft(voting, {})).toBe(3);
    expect(dotsLeft(voting, { a: 2 })).toBe(1);
    expect(dotsLeft(voting, { a: 2, b: 1 })).toBe(0);
    expect(dotsLeft(voting, { a: 2, b: 2 })).toBe(0);
    expect(dotsSpent({ a: 2, b: 1 })).toBe(3);
  });

  it('adds the dots I have sent and the server has not yet confirmed, dropping items back to none', () => {
    expect(withPending({ a: 1 }, { a: 1, b: 1 })).toEqual({ a: 2, b: 1 });
    expect(withPending({ a: 1 }, { a: -1 })).toEqual({});
  });

  it('[VOTE1] allows another dot while I have dots left and the item is under its cap', () => {
    expect(canAddDot(voting, {}, 'a')).toBe(true);
    expect(canAddDot(voting, { a: 2 }, 'a')).toBe(false);
    expect(canAddDot(voting, { a: 2, b: 1 }, 'c')).toBe(false);
  });

  it('[VOTE2] allows taking back a dot I placed', () => {
    expect(canTakeDot(voting, { a: 1 }, 'a')).toBe(true);
    expect(canTakeDot(voting, { a: 1 }, 'b')).toBe(false);
  });

  it('allows neither outside the vote or while the board is paused', () => {
    expect(canAddDot({ ...voting, phase: 'results' }, {}, 'a')).toBe(false);
    expect(canAddDot({ ...voting, locked: true }, {}, 'a')).toBe(false);
    expect(canTakeDot({ ...voting, locked: true }, { a: 1 }, 'a')).toBe(false);
  });
});
