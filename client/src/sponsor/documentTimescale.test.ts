import { describe, expect, it } from 'vitest';
import { documentTimescaleText } from './documentTimescale';

describe("a plan document's timescale", () => {
  it('shows a date in the reader’s language, on the same calendar day', () => {
    expect(documentTimescaleText('en-GB', '2027-01-31')).toBe('31 Jan 2027');
  });

  it('leaves a month, a quarter, an empty or an odd label as it is', () => {
    expect(documentTimescaleText('en-GB', 'March 2027')).toBe('March 2027');
    expect(documentTimescaleText('en-GB', 'Q2 2027')).toBe('Q2 2027');
    expect(documentTimescaleText('en-GB', '')).toBe('');
    expect(documentTimescaleText('en-GB', '2027-13-45')).toBe('2027-13-45');
  });
});
