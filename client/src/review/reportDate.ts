/**
 * The day a report was made, in the reader's language and time zone ("3 Mar 2027"); the timestamp as it came when it
 * is not one.
 */
export function reportDate(locale: string, timestamp: string): string {
  const parsed = new Date(timestamp);
  if (Number.isNaN(parsed.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(parsed);
}
