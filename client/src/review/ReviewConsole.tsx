import { useMemo, useState } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { todayOnServer } from '../plan/timescaleInput';
import { LeadLinksPanel } from './LeadLinksPanel';
import { planReview } from './planReview';
import { ReviewBody } from './ReviewBody';
import { reviewOpensUnfolded } from './reviewVisibility';
import '../plan/plan.css';

/**
 * Session five in the facilitator console: the agreed plan's progress as its leads reported it (REV2–REV5), with
 * "Revise wording" on each action leading to the plan editor, and the links the leads report with. There from the
 * first agreement on; folded until session five or the first report, unless a facilitator opens it.
 */
export function ReviewConsole({ onRevise }: { onRevise(actionId: string): void }) {
  const t = useT();
  const c = t.review.console;
  const { workshop, clockOffsetMs } = useLiveWorkshop();
  const today = todayOnServer(clockOffsetMs);
  const review = useMemo(() => planReview(workshop, today), [workshop, today]);
  const [unfolded, setUnfolded] = useState<boolean | null>(null);
  if (!review) return null;
  const open = unfolded ?? reviewOpensUnfolded(workshop);
  return (
    <section className="card review review--console" aria-labelledby="review-heading">
      <h2 id="review-heading" className="plan__heading">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls="review-body" onClick={() => setUnfolded(!open)}>
          <span className="disclosure__icon" aria-hidden="true" />
          <span>{c.heading}</span>
        </button>
      </h2>
      {open && (
        <div id="review-body">
          <p>{c.intro}</p>
          <ReviewBody review={review} idPrefix="review" onRevise={onRevise} />
          <LeadLinksPanel review={review} />
        </div>
      )}
    </section>
  );
}
