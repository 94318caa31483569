const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A plan document's timescale as a reader wants it: a date ("2027-01-31") in their language ("31 Jan 2027"), read as
 * a calendar day in UTC; a month or a quarter ("March 2027", "Q2 2027") as it comes; '' stays ''.
 */
export function documentTimescaleText(locale: string, label: string): string {
  if (!CALENDAR_DATE.test(label)) return label;
  const parsed = new Date(`${label}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return label;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}
