import { describe, expect, it } from 'vitest';
import { formatClock, momentPassed, secondsLeft } from './countdown';

const END = '2026-09-01T10:05:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('the countdown', () => {
  it('[CTL2] counts whole seconds to the end on the server clock, rounding up, never below zero', () => {
    expect(secondsLeft(END, at('2026-09-01T10:00:00.000Z'))).toBe(300);
    expect(secondsLeft(END, at('2026-09-01T10:04:59.001Z'))).toBe(1);
    expect(secondsLeft(END, at('2026-09-01T10:05:00.000Z'))).toBe(0);
    expect(secondsLeft(END, at('2026-09-01T10:06:00.000Z'))).toBe(0);
  });

  it('is null when no countdown is set, or its end cannot be read', () => {
    expect(secondsLeft(null, 0)).toBeNull();
    expect(secondsLeft('not a date', 0)).toBeNull();
  });

  it('shows minutes and two-digit seconds', () => {
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(9)).toBe('0:09');
    expect(formatClock(3600)).toBe('60:00');
    expect(formatClock(-3)).toBe('0:00');
  });

  it('tells of one minute, ten seconds and the end only when it passes them', () => {
    expect(momentPassed(61, 60)).toBe('oneMinute');
    expect(momentPassed(75, 58)).toBe('oneMinute');
    expect(momentPassed(11, 10)).toBe('tenSeconds');
    expect(momentPassed(1, 0)).toBe('done');
    expect(momentPassed(30, 0)).toBe('done');
    expect(momentPassed(60, 59)).toBeNull();
    expect(momentPassed(5, 4)).toBeNull();
  });

  it('says nothing for a page that opens after the end, a restart, or no countdown', () => {
    expect(momentPassed(null, 0)).toBeNull();
    expect(momentPassed(0, 0)).toBeNull();
    expect(momentPassed(0, 180)).toBeNull();
    expect(momentPassed(5, null)).toBeNull();
  });
});
