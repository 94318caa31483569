/**
 * A calendar date (YYYY-MM-DD, no time zone) in the reader's language, e.g. "Tuesday 3 March 2026".
 * Formatted in UTC so the day never shifts with the browser's time zone.
 */
export function formatCalendarDate(locale: string, date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(parsed);
}
