import { PROGRESS_STATUSES } from '@roundtable/shared/review/progress';
import type { StatusTally } from '@roundtable/shared/review/progressSummary';
import { summaryGroups } from '@roundtable/shared/review/reviewDocument';
import { Fragment } from 'react';
import { useT } from '../i18n/t';
import type { PlanReview } from './planReview';
import { StatusBadge } from './StatusBadge';
import './review.css';

/**
 * [REV4] How many actions are in each status: each action once at its latest status, and by lead sector each lead
 * once at the status they last reported. A table with a caption and header cells, so it reads as one anywhere; on a
 * phone it may scroll sideways in its own box (a keyboard can scroll it too).
 */
export function ReviewSummaryTable({ summary, idPrefix }: { summary: PlanReview['summary']; idPrefix: string }) {
  const t = useT();
  const s = t.review.summary;
  const groups = summaryGroups(summary);
  const tallies: { key: string; heading: string; tally: StatusTally }[] = [
    { key: 'all', heading: s.all, tally: summary.overall },
    ...groups.map((g) => ({ key: g, heading: s.bySector[g], tally: summary.bySector[g] })),
  ];
  const anyNotReported = tallies.some(({ tally }) => tally.notReported > 0);
  const counts = (count: (tally: StatusTally) => number) =>
    tallies.map(({ key, tally }) => (
      <td key={key} className="review-summary__count">
        {count(tally)}
      </td>
    ));
  return (
    <section className="review-summary" aria-labelledby={`${idPrefix}-summary-heading`}>
      <h3 id={`${idPrefix}-summary-heading`}>{s.heading}</h3>
      <div className="review-summary__scroll" role="region" aria-labelledby={`${idPrefix}-summary-caption`} tabIndex={0}>
        <table className="review-summary__table">
          <caption id={`${idPrefix}-summary-caption`}>{s.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.status}</th>
              {tallies.map(({ key, heading }) => (
                <th key={key} scope="col" className="review-summary__count">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PROGRESS_STATUSES.map((status) => (
              <Fragment key={status}>
                <tr>
                  <th scope="row">
                    <StatusBadge status={status} />
                  </th>
                  {counts((tally) => tally.counts[status])}
                </tr>
                {status === 'not_started' && anyNotReported && (
                  <tr className="review-summary__subrow">
                    <th scope="row">{s.notReported}</th>
                    {counts((tally) => tally.notReported)}
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{s.total}</th>
              {counts((tally) => tally.total)}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="field__hint">{s.explain}</p>
    </section>
  );
}
