import { useT } from '../i18n/t';
import { ActionReviewCard } from './ActionReviewCard';
import type { PlanReview } from './planReview';
import '../plan/plan.css';
import './review.css';

/** Per objective of the agreed plan, each of its actions with its progress. */
export function ReviewObjectives({ review, idPrefix, onRevise }: { review: PlanReview; idPrefix: string; onRevise?(actionId: string): void }) {
  const t = useT();
  const o = t.review.objectives;
  return (
    <section className="review-objectives" aria-labelledby={`${idPrefix}-objectives-heading`}>
      <h3 id={`${idPrefix}-objectives-heading`}>{o.heading}</h3>
      {onRevise && <p className="field__hint">{t.review.console.reviseHint}</p>}
      {review.objectives.length === 0 ? (
        <p className="plan-none">{o.none}</p>
      ) : (
        <ol className="review-objectives__list">
          {review.objectives.map(({ objective, number, actions }) => (
            <li key={objective.id} className="review-objective">
              <h4 className="plan-objective__heading">
                <span className="plan-objective__number">{t.plan.objectives.number(number)}</span>
                <span className="plan-objective__text">{objective.text}</span>
              </h4>
              {actions.length === 0 ? (
                <p className="plan-none">{o.noActions}</p>
              ) : (
                <ul className="review-objective__actions">
                  {actions.map((item) => (
                    <li key={item.action.id}>
                      <ActionReviewCard item={item} idPrefix={idPrefix} onRevise={onRevise} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
