import { useT } from '../i18n/t';
import { ANSWERS_MOST_HELPFUL_FIRST } from './resultGroups';

/** The key to the bars' fills, in the bars' order. Hidden from screen readers, like the bars it explains. */
export function AnswerLegend() {
  const t = useT();
  return (
    <div className="survey-legend" aria-hidden="true">
      <p className="survey-legend__title">{t.survey.legend}</p>
      <ul className="survey-legend__list">
        {ANSWERS_MOST_HELPFUL_FIRST.map((answer) => (
          <li key={answer} className="survey-legend__item">
            <span className={`survey-legend__swatch survey-fill--${answer}`} />
            {t.survey.answers[answer]}
          </li>
        ))}
      </ul>
    </div>
  );
}
