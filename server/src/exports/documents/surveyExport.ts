import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { access, defineExport } from '../exportDocument';
import { surveyCsv, type SurveyResultsDocument } from '../surveyCsv';
import { SURVEY_WORDING } from '../surveyWording';

/** The survey's published results, once it has closed; read from the committed doc, which holds results, never answers. */
function surveyResults(state: WorkshopState): SurveyResultsDocument | null {
  const { survey } = state;
  return survey.status === 'closed' && survey.results ? { title: state.meta.title, items: survey.items, results: survey.results } : null;
}

/** [SURV9] The feedback survey's results as CSV, for any member once the survey has closed (before then 409 `wrong_phase`). */
export const SURVEY_EXPORT = defineExport({
  name: 'survey',
  formats: { csv: surveyCsv },
  fileName: SURVEY_WORDING.fileName,
  access: {
    member: access({
      noun: SURVEY_WORDING.noun,
      build: surveyResults,
      unavailable: () => ({ code: 'wrong_phase', message: SURVEY_WORDING.notClosedYet }),
    }),
  },
});
