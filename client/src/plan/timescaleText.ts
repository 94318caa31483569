import { timescaleLabel, type Timescale } from '@roundtable/shared/plan/plan';

/** A timescale as the plan shows it: "31 Jan 2027", "March 2027", "Q2 2027". Dates are read in UTC, as calendar days. */
export function timescaleText(locale: string, timescale: Timescale): string {
  if (timescale.kind !== 'date') return timescaleLabel(timescale);
  const parsed = new Date(`${timescale.date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return timescale.date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}
