import { SMALL_GROUP_MIN } from '@roundtable/shared/members/smallGroups';
import type { SurveyItem, SurveyResults } from '@roundtable/shared/survey/survey';
import { useId } from 'react';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { AnswerLegend } from './AnswerLegend';
import { responseRateText } from './responseRate';
import { ScaleItemResultView } from './ScaleItemResultView';
import { SurveyCsvDownload } from './SurveyCsvDownload';
import { SurveySummaryTable } from './SurveySummaryTable';
import { TextItemResultView } from './TextItemResultView';

/**
 * [SURV5] The published results, for everyone once the survey has closed, read like section 10 of the PIP report:
 * the response rate; per scale item the share of each answer with "helpful or very helpful" in bold, as a table
 * and a bar; split by council and third sector side by side only where the results carry the split (SURV6), else a
 * note saying why not; the free-text answers without names; and the CSV.
 */
export function SurveyResultsView({ results, items, level }: { results: SurveyResults; items: readonly SurveyItem[]; level: 3 | 4 }) {
  const t = useT();
  const headingId = useId();
  const Heading = `h${level}` as const;
  const byId = new Map(items.map((item) => [item.id as string, item]));
  const scale = results.scale.flatMap((r) => {
    const item = byId.get(r.itemId);
    return item ? [{ result: r, item }] : [];
  });
  const text = results.text.flatMap((r) => {
    const item = byId.get(r.itemId);
    return item ? [{ result: r, item }] : [];
  });
  const split = scale.some(({ result }) => result.bySector !== null);

  return (
    <section className="survey-results" aria-labelledby={headingId}>
      <Heading id={headingId}>{t.survey.resultsHeading}</Heading>
      <p>
        {t.survey.responses(responseRateText(t, results.responseCount, results.eligibleCount))} {t.survey.closedOn(formatCalendarDate(t.locale, results.closedAt.slice(0, 10)))}
      </p>
      <SurveyCsvDownload />
      {scale.length > 0 && (
        <>
          <SurveySummaryTable rows={scale} />
          <p className="survey-results__intro">{t.survey.resultsIntro}</p>
          {!split && <p className="survey-results__note">{t.survey.notBySector(SMALL_GROUP_MIN)}</p>}
          <AnswerLegend />
          <ol className="survey-results__items">
            {scale.map(({ result, item }) => (
              <ScaleItemResultView key={item.id} result={result} item={item} level={(level + 1) as 4 | 5} />
            ))}
          </ol>
        </>
      )}
      {text.map(({ result, item }) => (
        <TextItemResultView key={item.id} result={result} item={item} level={(level + 1) as 4 | 5} />
      ))}
    </section>
  );
}
