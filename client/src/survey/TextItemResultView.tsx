import type { SurveyItem, TextItemResult } from '@roundtable/shared/survey/survey';
import { useId } from 'react';
import { useT } from '../i18n/t';

/** A free-text question's answers, as the server published them: without names or sectors, in no particular order. */
export function TextItemResultView({ result, item, level }: { result: TextItemResult; item: SurveyItem; level: 4 | 5 }) {
  const t = useT();
  const headingId = useId();
  const Heading = `h${level}` as const;
  return (
    <section className="survey-text-result" aria-labelledby={headingId}>
      <Heading id={headingId}>{item.text}</Heading>
      {result.answers.length === 0 ? (
        <p>{t.survey.noTextAnswers}</p>
      ) : (
        <>
          <p>{t.survey.textAnswers(result.answers.length)}</p>
          <ul className="survey-quotes">
            {result.answers.map((answer, index) => (
              <li key={index} className="survey-quotes__item">
                {answer}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
