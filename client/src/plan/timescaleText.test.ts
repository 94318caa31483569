import { describe, expect, it } from 'vitest';
import { timescaleText } from './timescaleText';

describe('a timescale as the plan shows it', () => {
  it('gives a date as a short calendar day, a month and a quarter by name', () => {
    expect(timescaleText('en-GB', { kind: 'date', date: '2027-01-31' })).toBe('31 Jan 2027');
    expect(timescaleText('en-GB', { kind: 'month', month: '2027-03' })).toBe('March 2027');
    expect(timescaleText('en-GB', { kind: 'quarter', quarter: '2027-Q2' })).toBe('Q2 2027');
  });
});
