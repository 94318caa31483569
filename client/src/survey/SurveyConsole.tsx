import { useState } from 'react';
import type { SurveyStatus } from '@roundtable/shared/survey/survey';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { SurveyControls } from './SurveyControls';
import { SurveyEditor } from './SurveyEditor';
import { SurveyResultsView } from './SurveyResultsView';
import { surveyShown } from './surveyStage';
import './survey.css';

/**
 * The feedback survey in the facilitator console: before it opens, its questions to edit and the button that opens
 * it; while open, how many have answered and the button that closes it; once closed, the results. Folded away
 * until session five or until the survey has been opened, unless a facilitator opens it.
 */
export function SurveyConsole() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const [unfolded, setUnfolded] = useState<boolean | null>(null);
  const open = unfolded ?? surveyShown(workshop);
  const { survey } = workshop;

  return (
    <section className="card survey survey--console" aria-labelledby="survey-console-title">
      <h2>
        <SurveyDisclosure status={survey.status} open={open} onToggle={() => setUnfolded(!open)} />
      </h2>
      {open && (
        <div id="survey-console-body">
          <p>{t.survey.consoleIntro}</p>
          {survey.status === 'not_started' && <SurveyEditor />}
          <SurveyControls />
          {survey.status === 'closed' && survey.results && <SurveyResultsView results={survey.results} items={survey.items} level={3} />}
        </div>
      )}
    </section>
  );
}

/**
 * The button that folds the survey away, named whole ("Feedback survey, Not started"): a visually hidden separator
 * between two spans was read as "Feedback survey , Not started", because browsers pad an absolutely positioned
 * element with spaces when they compute a name.
 */
export function SurveyDisclosure({ status, open, onToggle }: { status: SurveyStatus; open: boolean; onToggle: () => void }) {
  const t = useT();
  return (
    <button type="button" className="disclosure" aria-expanded={open} aria-controls="survey-console-body" aria-label={t.survey.headingWithStatus(t.survey.status[status])} onClick={onToggle}>
      <span className="disclosure__icon" aria-hidden="true" />
      <span id="survey-console-title">{t.survey.heading}</span>{' '}
      <span className={`tag survey-status-tag survey-status-tag--${status}`}>{t.survey.status[status]}</span>
    </button>
  );
}
