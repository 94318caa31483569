import { lazy, Suspense } from 'react';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { participantsSeeReview } from './reviewVisibility';

// The review's code loads only once there is progress to show, keeping the phone's first load small.
const ReviewSection = lazy(() => import('./ReviewSection').then((m) => ({ default: m.ReviewSection })));

/** The review of progress in the participant view, from session five on or from a lead's first report. */
export function ParticipantReview() {
  const { workshop } = useLiveWorkshop();
  if (!participantsSeeReview(workshop)) return null;
  return (
    <Suspense fallback={null}>
      <ReviewSection />
    </Suspense>
  );
}
