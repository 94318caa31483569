import { useT } from '../i18n/t';
import { OverdueFlag } from './OverdueFlag';
import type { ActionReview } from './planReview';
import { StatusBadge } from './StatusBadge';
import '../plan/plan.css';
import './review.css';

/** [REV5] What is overdue against its timescale, each linked to its action further down. */
export function OverdueList({ overdue, idPrefix }: { overdue: readonly ActionReview[]; idPrefix: string }) {
  const t = useT();
  const o = t.review.overdueList;
  return (
    <section className="review-overdue" aria-labelledby={`${idPrefix}-overdue-heading`}>
      <h3 id={`${idPrefix}-overdue-heading`}>{o.heading}</h3>
      {overdue.length === 0 ? (
        <p className="plan-none">{o.none}</p>
      ) : (
        <>
          <p>{o.intro}</p>
          <ul className="review-overdue__list">
            {overdue.map((item) => (
              <li key={item.action.id}>
                <span className="review-action__number">{item.number}</span>
                <a href={`#${idPrefix}-action-${item.action.id}`}>{item.action.text}</a>
                <span className="review-overdue__facts">
                  {item.action.timescale && <OverdueFlag timescale={item.action.timescale} />} <StatusBadge status={item.latest?.status ?? null} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
