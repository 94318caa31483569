import type { Timescale } from '@roundtable/shared/plan/plan';
import { timescaleText } from '../plan/timescaleText';

/**
 * What an action is due by, for "Overdue: due by …": a day as the plan shows it ("31 Mar 2027"), or the end of a month
 * or a quarter ("end of March 2027", "end of Q2 2027"). `endOf` words the period ("end of …").
 */
export function dueByText(locale: string, timescale: Timescale, endOf: (period: string) => string): string {
  const text = timescaleText(locale, timescale);
  return timescale.kind === 'date' ? text : endOf(text);
}

/**
 * The same from a label the server printed (a lead's page gets "30 April 2027", "March 2027" or "Q2 2027"): a day
 * starts with its number; anything else is a period.
 */
export function dueByLabel(label: string, endOf: (period: string) => string): string {
  return /^\d/.test(label.trim()) ? label.trim() : endOf(label.trim());
}
