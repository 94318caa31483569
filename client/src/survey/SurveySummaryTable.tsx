import type { ScaleItemResult, SurveyItem } from '@roundtable/shared/survey/survey';
import { useId } from 'react';
import { useT } from '../i18n/t';
import { answerShares } from './answerShares';

const OTHER_COLUMNS = ['neither', 'partially_helpful', 'not_helpful'] as const;

/**
 * Every scale item in one table, as the PIP report prints it: "Helpful or very helpful" in bold, then "Neither",
 * "Partially" and "Not helpful", as shares of those who answered the item, and how many answered. Where there is no
 * room for all of them (a phone), only the bold column and the count are shown; each item's own table has the rest.
 * [A11Y3] Should it still be wider than the screen, it scrolls sideways in its own labelled box, which a keyboard
 * can reach and scroll, and the page does not.
 */
export function SurveySummaryTable({ rows }: { rows: readonly { result: ScaleItemResult; item: SurveyItem }[] }) {
  const t = useT();
  const captionId = useId();
  return (
    <div className="survey-summary table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="survey-table survey-table--summary">
        <caption id={captionId}>{t.survey.summaryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.survey.questionColumn}</th>
            <th scope="col" className="survey-summary__helpful">
              {t.survey.helpfulOrVery}
            </th>
            {OTHER_COLUMNS.map((answer) => (
              <th key={answer} scope="col" className="survey-summary__more">
                {t.survey.answers[answer]}
              </th>
            ))}
            <th scope="col">{t.survey.answeredRow}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ result, item }) => {
            const shares = answerShares(result.counts);
            return (
              <tr key={item.id}>
                <th scope="row">{item.text}</th>
                <td>
                  <strong>{shares ? `${shares.helpfulPercent}%` : '–'}</strong>
                </td>
                {OTHER_COLUMNS.map((answer) => (
                  <td key={answer} className="survey-summary__more">
                    {shares ? `${shares.percent[answer]}%` : '–'}
                  </td>
                ))}
                <td>{shares?.answered ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
