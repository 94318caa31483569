import { timescaleEnd, type Timescale } from '@roundtable/shared/plan/plan';

/**
 * The timescale picker's fields as typed or chosen: which kind, and the parts of each kind (a date from the date
 * field; a month or a quarter from selects with a year). Kept separately so switching kind loses nothing.
 */
export type TimescaleKind = 'none' | Timescale['kind'];
export const TIMESCALE_KINDS: readonly TimescaleKind[] = ['date', 'month', 'quarter', 'none'];

export interface TimescaleInput {
  kind: TimescaleKind;
  /** YYYY-MM-DD, as the date field gives it. */
  date: string;
  /** "2027". */
  year: string;
  /** "1"-"12". */
  month: string;
  /** "1"-"4". */
  quarter: string;
}

export type TimescaleProblem = 'missing' | 'invalid' | 'passed';
export type TimescaleParse = { ok: true; timescale: Timescale | null } | { ok: false; problem: TimescaleProblem };

const pad = (n: number) => String(n).padStart(2, '0');

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The fields for a timescale already set, or sensible starting values (this month, this quarter) for a new one. */
export function timescaleInputFrom(timescale: Timescale | null, today: string): TimescaleInput {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const input: TimescaleInput = { kind: 'none', date: '', year: String(year), month: String(month), quarter: String(Math.ceil(month / 3)) };
  if (!timescale) return input;
  if (timescale.kind === 'date') return { ...input, kind: 'date', date: timescale.date };
  if (timescale.kind === 'month') {
    const [y, m] = timescale.month.split('-');
    return { ...input, kind: 'month', year: y ?? input.year, month: String(Number(m)) };
  }
  const [y, q] = timescale.quarter.split('-Q');
  return { ...input, kind: 'quarter', year: y ?? input.year, quarter: q ?? input.quarter };
}

/** [PLAN5] The timescale the fields describe; one that has already ended is refused here as the server would. */
export function parseTimescaleInput(input: TimescaleInput, today: string): TimescaleParse {
  let timescale: Timescale;
  if (input.kind === 'none') return { ok: true, timescale: null };
  if (input.kind === 'date') {
    if (!input.date.trim()) return { ok: false, problem: 'missing' };
    if (!isCalendarDate(input.date.trim())) return { ok: false, problem: 'invalid' };
    timescale = { kind: 'date', date: input.date.trim() };
  } else {
    const year = Number(input.year);
    if (!Number.isInteger(year) || year < 2000 || year > 9999) return { ok: false, problem: 'invalid' };
    if (input.kind === 'month') {
      const month = Number(input.month);
      if (!Number.isInteger(month) || month < 1 || month > 12) return { ok: false, problem: 'invalid' };
      timescale = { kind: 'month', month: `${year}-${pad(month)}` };
    } else {
      const quarter = Number(input.quarter);
      if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return { ok: false, problem: 'invalid' };
      timescale = { kind: 'quarter', quarter: `${year}-Q${quarter}` };
    }
  }
  if (timescaleEnd(timescale) < today) return { ok: false, problem: 'passed' };
  return { ok: true, timescale };
}

export function sameTimescale(a: Timescale | null, b: Timescale | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Years to offer: this one and the next five, and a year already chosen outside them. */
export function yearChoices(today: string, chosen: string): string[] {
  const first = Number(today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(first + i));
  return chosen && !years.includes(chosen) ? [chosen, ...years].sort() : years;
}

/** Today's calendar date by the server's clock (UTC, as the server checks PLAN5). */
export function todayOnServer(clockOffsetMs: number): string {
  return new Date(Date.now() + clockOffsetMs).toISOString().slice(0, 10);
}
