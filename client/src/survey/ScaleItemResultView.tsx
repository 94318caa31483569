import type { ScaleItemResult, SurveyItem } from '@roundtable/shared/survey/survey';
import { useId } from 'react';
import { useT } from '../i18n/t';
import { ANSWERS_MOST_HELPFUL_FIRST, resultGroups } from './resultGroups';
import { StackedBar } from './StackedBar';

/**
 * One scale item's results: a bar per group (everyone, then each sector when split) drawn for the eye only, and a
 * table with every number in it — "Helpful or very helpful" in bold first, then each answer, as a share of those
 * who answered and how many that was.
 */
export function ScaleItemResultView({ result, item, level }: { result: ScaleItemResult; item: SurveyItem; level: 4 | 5 }) {
  const t = useT();
  const headingId = useId();
  const Heading = `h${level}` as const;
  const groups = resultGroups(t, result);
  const percent = (value: number | undefined) => (value === undefined ? '–' : `${value}%`);

  return (
    <li className="survey-result">
      <Heading id={headingId} className="survey-result__item">
        {item.text}
      </Heading>
      {groups[0]?.shares === null ? (
        <p>{t.survey.nobodyAnswered}</p>
      ) : (
        <>
          <div className="survey-result__bars" aria-hidden="true">
            {groups.map((group) => (
              <div key={group.key} className="survey-result__bar-row">
                <p className="survey-result__bar-label">
                  {group.label}
                  {group.shares && (
                    <>
                      {': '}
                      <strong>{t.survey.helpfulSummary(group.shares.helpfulPercent)}</strong>
                    </>
                  )}
                </p>
                {group.shares && <StackedBar counts={group.counts} shares={group.shares} />}
              </div>
            ))}
          </div>
          {/* [A11Y3] Wider than a phone (a split by sector), the table scrolls in its own box; the page does not. */}
          <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
            <table className="survey-table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t.survey.answerColumn}</th>
                  {groups.map((group) => (
                    <th key={group.key} scope="col">
                      {group.column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr className="survey-table__helpful">
                  <th scope="row">{t.survey.helpfulOrVery}</th>
                  {groups.map((group) => (
                    <td key={group.key}>
                      <strong>{percent(group.shares?.helpfulPercent)}</strong>
                      <span className="survey-table__count"> ({group.counts.helpful + group.counts.very_helpful})</span>
                    </td>
                  ))}
                </tr>
                {ANSWERS_MOST_HELPFUL_FIRST.map((answer) => (
                  <tr key={answer}>
                    <th scope="row">{t.survey.answers[answer]}</th>
                    {groups.map((group) => (
                      <td key={group.key}>
                        {percent(group.shares?.percent[answer])}
                        <span className="survey-table__count"> ({group.counts[answer]})</span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t.survey.answeredRow}</th>
                  {groups.map((group) => (
                    <td key={group.key}>{group.shares?.answered ?? 0}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">{t.survey.skippedRow}</th>
                  {groups.map((group) => (
                    <td key={group.key}>{group.skipped}</td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </li>
  );
}
