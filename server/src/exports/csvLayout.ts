/**
 * What every CSV export shares: RFC 4180 (every field quoted, quotes doubled, CRLF between records) in UTF-8 with a
 * byte order mark, which Excel needs to read it as UTF-8, and no cell a spreadsheet would run as a formula. A field
 * keeps its line breaks inside its quotes.
 */

const BOM = '\ufeff';

/**
 * A spreadsheet evaluates a cell that starts with = + - @ (or a tab or carriage return) as a formula, so typed text
 * such as "=HYPERLINK(…)" could run when the file is opened: such a cell gets a leading apostrophe, which shows the
 * text as typed.
 */
export function csvSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(text: string): string {
  return `"${csvSafe(text).replace(/"/g, '""')}"`;
}

/** The file: a header row, then the records, every record with the same columns. */
export function csvFile(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(BOM + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n', 'utf8');
}
