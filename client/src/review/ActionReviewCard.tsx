import { LEAD_SLOTS } from '@roundtable/shared/plan/plan';
import { shortText } from '../board/boardColumns';
import { useT } from '../i18n/t';
import { timescaleText } from '../plan/timescaleText';
import { OverdueFlag } from './OverdueFlag';
import type { ActionReview } from './planReview';
import { ProgressHistory } from './ProgressHistory';
import { StatusBadge } from './StatusBadge';
import { UpdateView } from './UpdateView';
import '../plan/planActions.css';
import './review.css';

/**
 * One agreed action in the review: its latest status (with words and a shape), whether it is overdue, its two leads
 * and timescale, the latest report in full and the history since agreement folded below; for facilitators, a way to
 * revise its wording in the plan editor.
 */
export function ActionReviewCard({ item, idPrefix, onRevise }: { item: ActionReview; idPrefix: string; onRevise?(actionId: string): void }) {
  const t = useT();
  const r = t.review;
  const o = r.objectives;
  const { action, latest } = item;
  const headingId = `${idPrefix}-action-${action.id}-heading`;
  return (
    <article className={item.overdue ? 'review-action review-action--overdue' : 'review-action'} id={`${idPrefix}-action-${action.id}`} aria-labelledby={headingId}>
      <h5 id={headingId} className="review-action__heading">
        <span className="review-action__number">{o.actionNumber(item.number)}</span> <span className="review-action__text">{action.text}</span>
      </h5>
      <p className="review-action__status">
        <span className="visually-hidden">{o.latest}: </span>
        <StatusBadge status={latest?.status ?? null} />
        {item.overdue && action.timescale && (
          <>
            {' '}
            <OverdueFlag timescale={action.timescale} />
          </>
        )}
      </p>
      <dl className="review-action__facts">
        {LEAD_SLOTS.map((slot) => {
          const lead = item.leads[slot];
          return (
            <div key={slot}>
              <dt>{r.slot[slot]}</dt>
              <dd>
                {lead ? (
                  <>
                    {lead.name ?? t.plan.lead.left}
                    {lead.organisation && <span className="plan-lead__org">, {lead.organisation}</span>}
                  </>
                ) : (
                  t.plan.lead.none
                )}
              </dd>
            </div>
          );
        })}
        <div>
          <dt>{o.timescale}</dt>
          <dd>{action.timescale ? timescaleText(t.locale, action.timescale) : r.noTimescale}</dd>
        </div>
      </dl>
      {latest && <UpdateView update={latest} showStatus={false} />}
      <ProgressHistory updates={item.history} actionText={shortText(action.text)} />
      {onRevise &&
        (item.inCurrentPlan ? (
          <div className="review-action__revise">
            <button type="button" className="button button--small" aria-label={r.console.reviseLabel(shortText(action.text))} onClick={() => onRevise(action.id)}>
              {r.console.revise}
            </button>
          </div>
        ) : (
          <p className="field__hint">{r.console.notInDraft}</p>
        ))}
    </article>
  );
}
