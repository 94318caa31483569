import { useMemo } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { todayOnServer } from '../plan/timescaleInput';
import { planReview } from './planReview';
import { ReviewBody } from './ReviewBody';

/** The review of progress as a participant reads it: the same as the facilitators', without changing anything. */
export function ReviewSection() {
  const t = useT();
  const p = t.review.participant;
  const { workshop, clockOffsetMs } = useLiveWorkshop();
  const today = todayOnServer(clockOffsetMs);
  const review = useMemo(() => planReview(workshop, today), [workshop, today]);
  if (!review) return null;
  return (
    <section className="card review" aria-labelledby="participant-review-heading">
      <h2 id="participant-review-heading">{p.heading}</h2>
      <p>{p.intro}</p>
      <ReviewBody review={review} idPrefix="participant-review" />
    </section>
  );
}
