import { describe, expect, it } from 'vitest';
import { testBoard } from '../testing/workshopFixture';
import { canAddDot, canTakeDot, dotAnswered, dotSent, dotsLeft, dotsSpent, withPending } from './dots';

const voting = testBoard({ phase: 'vote', votesPerParticipant: 3, votesPerItemMax: 2 });

describe('my dots', () => {
  it('counts what I have left of the board’s dots', () => {
    expect(dotsLeft(voting, {})).toBe(3);
    expect(dotsLeft(voting, { a: 2 })).toBe(1);
    expect(dotsLeft(voting, { a: 2, b: 1 })).toBe(0);
    expect(dotsLeft(voting, { a: 2, b: 2 })).toBe(0);
    expect(dotsSpent({ a: 2, b: 1 })).toBe(3);
  });

  it('shows where the dots I have sent are going until each is answered, dropping items back to none', () => {
    let pending = dotSent({}, { a: 1 }, 'a', 1);
    pending = dotSent(pending, { a: 1 }, 'b', 1);
    expect(withPending({ a: 1 }, pending)).toEqual({ a: 2, b: 1 });
    expect(withPending({ a: 1 }, dotSent({}, { a: 1 }, 'a', -1))).toEqual({});
  });

  it('counts a dot once when the view confirming it arrives before its answer, and twice quick taps as two', () => {
    const confirmed = {};
    let pending = dotSent({}, confirmed, 'a', 1);
    pending = dotSent(pending, confirmed, 'a', 1);
    expect(withPending({}, pending)).toEqual({ a: 2 });
    // The server confirms the first dot, then answers it; the second is still on its way.
    expect(withPending({ a: 1 }, pending)).toEqual({ a: 2 });
    pending = dotAnswered(pending, 'a');
    expect(withPending({ a: 1 }, pending)).toEqual({ a: 2 });
    expect(withPending({ a: 2 }, pending)).toEqual({ a: 2 });
    pending = dotAnswered(pending, 'a');
    expect(pending).toEqual({});
    // A refused dot: once answered, the item shows what the server has.
    expect(withPending({ a: 2 }, dotAnswered(dotSent({}, { a: 2 }, 'b', 1), 'b'))).toEqual({ a: 2 });
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
