import { SURVEY_SCALE, SURVEY_SCALE_LABELS, type SurveyItem, type SurveyResults } from '@roundtable/shared/survey/survey';
import { csvFile } from './csvLayout';
import { EXPORT_WORDING } from './exportWording';

/** The feedback survey's published results (SURV5) with what its file needs: the workshop's title and the questions. */
export interface SurveyResultsDocument {
  title: string;
  items: readonly SurveyItem[];
  results: SurveyResults;
}

/**
 * [SURV9] The survey's results as a spreadsheet: one row per rated question with how many chose each answer, how many
 * left it blank, and "Helpful or very helpful" as a whole percentage of those who answered it (blank when nobody
 * did); then one row per written answer, in the published (random) order, without names or sectors. Every row has
 * the same columns (csvLayout.ts: quoting, byte order mark, formula guard).
 */
export const SURVEY_CSV_COLUMNS = ['Question', ...SURVEY_SCALE.map((a) => SURVEY_SCALE_LABELS[a]), 'Left blank', `${EXPORT_WORDING.helpfulShareTitle} (%)`, 'Written answer'] as const;

export function surveyCsv({ items, results }: SurveyResultsDocument): Buffer {
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
  return csvFile(rows);
}
