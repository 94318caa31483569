import { describe, expect, it } from 'vitest';
import { parseTimescaleInput, sameTimescale, timescaleInputFrom, yearChoices } from './timescaleInput';

const TODAY = '2026-09-15';
const blank = timescaleInputFrom(null, TODAY);

describe('the timescale picker', () => {
  it('starts a new timescale at this month and quarter', () => {
    expect(blank).toEqual({ kind: 'none', date: '', year: '2026', month: '9', quarter: '3' });
  });

  it('reads each kind of timescale back into its fields', () => {
    expect(timescaleInputFrom({ kind: 'date', date: '2027-01-31' }, TODAY)).toMatchObject({ kind: 'date', date: '2027-01-31' });
    expect(timescaleInputFrom({ kind: 'month', month: '2027-03' }, TODAY)).toMatchObject({ kind: 'month', year: '2027', month: '3' });
    expect(timescaleInputFrom({ kind: 'quarter', quarter: '2027-Q2' }, TODAY)).toMatchObject({ kind: 'quarter', year: '2027', quarter: '2' });
  });

  it('makes a date, a month or a quarter from the fields', () => {
    expect(parseTimescaleInput({ ...blank, kind: 'date', date: '2027-01-31' }, TODAY)).toEqual({ ok: true, timescale: { kind: 'date', date: '2027-01-31' } });
    expect(parseTimescaleInput({ ...blank, kind: 'month', year: '2027', month: '3' }, TODAY)).toEqual({ ok: true, timescale: { kind: 'month', month: '2027-03' } });
    expect(parseTimescaleInput({ ...blank, kind: 'quarter', year: '2027', quarter: '2' }, TODAY)).toEqual({ ok: true, timescale: { kind: 'quarter', quarter: '2027-Q2' } });
    expect(parseTimescaleInput(blank, TODAY)).toEqual({ ok: true, timescale: null });
  });

  it('says what is wrong with a date that is missing or not a real day', () => {
    expect(parseTimescaleInput({ ...blank, kind: 'date' }, TODAY)).toEqual({ ok: false, problem: 'missing' });
    expect(parseTimescaleInput({ ...blank, kind: 'date', date: '2027-02-30' }, TODAY)).toEqual({ ok: false, problem: 'invalid' });
    expect(parseTimescaleInput({ ...blank, kind: 'month', month: '13' }, TODAY)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('[PLAN5] refuses a timescale that has already ended, but allows the month and quarter we are in', () => {
    expect(parseTimescaleInput({ ...blank, kind: 'date', date: '2026-09-14' }, TODAY)).toEqual({ ok: false, problem: 'passed' });
    expect(parseTimescaleInput({ ...blank, kind: 'month', year: '2026', month: '8' }, TODAY)).toEqual({ ok: false, problem: 'passed' });
    expect(parseTimescaleInput({ ...blank, kind: 'month', year: '2026', month: '9' }, TODAY).ok).toBe(true);
    expect(parseTimescaleInput({ ...blank, kind: 'quarter', year: '2026', quarter: '3' }, TODAY).ok).toBe(true);
    expect(parseTimescaleInput({ ...blank, kind: 'date', date: TODAY }, TODAY).ok).toBe(true);
  });

  it('compares timescales and offers this year and the next five', () => {
    expect(sameTimescale({ kind: 'month', month: '2027-03' }, { kind: 'month', month: '2027-03' })).toBe(true);
    expect(sameTimescale({ kind: 'month', month: '2027-03' }, null)).toBe(false);
    expect(yearChoices(TODAY, '2026')).toEqual(['2026', '2027', '2028', '2029', '2030', '2031']);
    expect(yearChoices(TODAY, '2035')).toEqual(['2026', '2027', '2028', '2029', '2030', '2031', '2035']);
  });
});
