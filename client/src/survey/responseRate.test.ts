import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages.en';
import { responseRate, responseRateText } from './responseRate';

describe('[SURV4] responseRate', () => {
  it('gives the whole per cent of those who could answer', () => {
    expect(responseRate(7, 12)).toEqual({ responded: 7, eligible: 12, percent: 58 });
    expect(responseRate(58, 110)).toEqual({ responded: 58, eligible: 110, percent: 53 });
  });

  it('has no per cent when nobody could answer', () => {
    expect(responseRate(0, 0)).toEqual({ responded: 0, eligible: 0, percent: null });
  });

  it('never goes over 100 % when someone who answered has left since', () => {
    expect(responseRate(5, 4)).toEqual({ responded: 5, eligible: 5, percent: 100 });
  });
});

describe('responseRateText', () => {
  it('reads "7 of 12 participants (58%)"', () => {
    expect(responseRateText(messagesEn, 7, 12)).toBe('7 of 12 participants (58%)');
  });

  it('says "participant" for one, and leaves out the per cent when nobody could answer', () => {
    expect(responseRateText(messagesEn, 1, 1)).toBe('1 of 1 participant (100%)');
    expect(responseRateText(messagesEn, 0, 0)).toBe('0 of 0 participants');
  });
});
