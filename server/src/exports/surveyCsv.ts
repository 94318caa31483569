import { SURVEY_SCALE, SURVEY_SCALE_LABELS, type SurveyItem, type SurveyResults } from '@roundtable/shared/survey/survey';
import { csvSafe } from './planCsv';

/**
 * [SURV9] The survey's results as a spreadsheet: one row per rated question with how many chose each answer, how many
 * left it blank, and "Helpful or very helpful" as a whole percentage of those who answered it (blank when nobody
 * did); then one row per written answer, in the published (random) order, without names or sectors. Every row has
 * the same columns. RFC 4180 (every field quoted, quotes doubled, CRLF between records) in UTF-8 with a byte order
 * mark, and a cell a spreadsheet would run as a formula starts with an apostrophe, as in the plan's CSV.
 */
export const SURVEY_CSV_COLUMNS = ['Question', ...SURVEY_SCALE.map((a) => SURVEY_SCALE_LABELS[a]), 'Left blank', 'Helpful or very helpful (%)', 'Written answer'] as const;

const BOM = '\ufeff';

const field = (text: string) => `"${csvSafe(text).replace(/"/g, '""')}"`;

export function surveyCsv(items: readonly SurveyItem[], results: SurveyResults): Buffer {
  const question = new Map(items.map((item) => [item.id as string, item.text]));
  const rows: string[][] = [[...SURVEY_CSV_COLUMNS]];
  const blanks = SURVEY_SCALE.map(() => '');
  for (const scale of results.scale) {
    const share = scale.helpfulShare === null ? '' : String(Math.round(scale.helpfulShare * 100));
    rows.push([question.get(scale.itemId) ?? '', ...SURVEY_SCALE.map((a) => String(scale.counts[a])), String(scale.skipped), share, '']);
  }
  for (const text of results.text) {
    for (const answer of text.answers) rows.push([question.get(text.itemId) ?? '', ...blanks, '', '', answer]);
  }
  return Buffer.from(BOM + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n', 'utf8');
}
