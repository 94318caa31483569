import { useState } from 'react';
import { SentThanks } from '../forms/SentThanks';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { SurveyForm } from './SurveyForm';
import { SurveyResultsView } from './SurveyResultsView';
import './survey.css';

/**
 * The survey as a participant sees it: that it has not started; while open, the form, or thanks once they have
 * answered (from `surveyAnswered`, so it holds after a reload or on another device); once closed, the results.
 */
export function SurveySection() {
  const t = useT();
  const { workshop, personal } = useLiveWorkshop();
  const { survey } = workshop;
  // The server's personal view follows the acknowledgement; thanks are shown at once.
  const [sentHere, setSentHere] = useState(false);
  const answered = personal.surveyAnswered || sentHere;

  return (
    <section className="card survey" aria-labelledby="survey-heading">
      <h2 id="survey-heading">{t.survey.heading}</h2>
      {survey.status === 'not_started' && <p>{t.survey.notStarted}</p>}
      {survey.status === 'open' && (answered ? <SentThanks focus={sentHere} title={t.survey.thanks} detail={t.survey.thanksResults} /> : <SurveyForm onSent={() => setSentHere(true)} />)}
      {survey.status === 'closed' && (survey.results ? <SurveyResultsView results={survey.results} items={survey.items} level={3} /> : <p>{t.survey.closedUnanswered}</p>)}
    </section>
  );
}
