import { fileSlug } from './exportWording';

/**
 * The words of the feedback survey's results as a file (SURV9). The CSV's column names are its contract with
 * spreadsheets, so they stay beside it (SURVEY_CSV_COLUMNS); its typed answers are kept as typed, quoted and with the
 * formula guard, as the plan's CSV.
 */
export const SURVEY_WORDING = {
  noun: 'survey results',
  fileName: (survey: { title: string }, extension: string) => `${fileSlug(survey.title)}-feedback-survey.${extension}`,
  notClosedYet: 'The survey results can be downloaded once the facilitators have closed the survey.',
} as const;
