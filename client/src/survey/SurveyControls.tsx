import { ConfirmButton } from '../forms/ConfirmButton';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { responseRateText } from './responseRate';
import { participantCount } from './surveyStage';

/**
 * [SURV2] Opening the survey (the questions are fixed from then on) and closing it (the results are published; it
 * cannot be reopened), each asked first; while open, the count of responses and the response rate — the number
 * only, never who or what (SURV4).
 */
export function SurveyControls() {
  const t = useT();
  const { workshop, submit } = useLiveWorkshop();
  const { survey } = workshop;

  if (survey.status === 'not_started') {
    return (
      <div className="survey-controls">
        <ConfirmButton
          label={t.survey.open}
          question={t.survey.openQuestion}
          confirmLabel={t.survey.openConfirm}
          onConfirm={() => void submit('survey:open', {})}
        />
      </div>
    );
  }
  if (survey.status === 'closed') return null;
  const openedAt = survey.openedAt ? new Intl.DateTimeFormat(t.locale, { timeStyle: 'short' }).format(new Date(survey.openedAt)) : null;
  return (
    <div className="survey-controls">
      <p className="survey-count" aria-live="polite">
        <span className="survey-count__label">{t.survey.answeredSoFar}</span> <strong className="survey-count__value">{responseRateText(t, survey.responseCount, participantCount(workshop))}</strong>
      </p>
      <p className="field__hint">
        {openedAt && `${t.survey.openedAt(openedAt)} `}
        {t.survey.countHint}
      </p>
      <ConfirmButton label={t.survey.close} question={t.survey.closeQuestion} confirmLabel={t.survey.closeConfirm} onConfirm={() => void submit('survey:close', {})} danger />
    </div>
  );
}
