import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages.en';
import { dueByLabel, dueByText } from './dueText';

const r = messagesEn.review;
const overdue = (due: string) => r.overdue(due);

describe('what an overdue action was due by', () => {
  it('[REV5] says the end of a month or a quarter, and a day as the plan shows it', () => {
    expect(overdue(dueByText('en-GB', { kind: 'month', month: '2027-03' }, r.dueEndOf))).toBe('Overdue: due by end of March 2027');
    expect(overdue(dueByText('en-GB', { kind: 'quarter', quarter: '2027-Q1' }, r.dueEndOf))).toBe('Overdue: due by end of Q1 2027');
    expect(overdue(dueByText('en-GB', { kind: 'date', date: '2027-03-31' }, r.dueEndOf))).toBe('Overdue: due by 31 Mar 2027');
  });

  it('reads the label the server prints for a lead the same way', () => {
    expect(dueByLabel('March 2027', r.dueEndOf)).toBe('end of March 2027');
    expect(dueByLabel('Q2 2027', r.dueEndOf)).toBe('end of Q2 2027');
    expect(dueByLabel('30 April 2027', r.dueEndOf)).toBe('30 April 2027');
    expect(dueByLabel(' 2027-04-30 ', r.dueEndOf)).toBe('2027-04-30');
  });
});
