import { lazy, Suspense } from 'react';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { planHasBegun } from './planStatus';

// The plan's code loads only once there is a plan to show, keeping the phone's first load small.
const ActionPlanSection = lazy(() => import('./ActionPlanSection').then((m) => ({ default: m.ActionPlanSection })));

/** The action plan in the participant view, from session four on or as soon as the facilitators start it. */
export function ParticipantPlan() {
  const { workshop } = useLiveWorkshop();
  if (!planHasBegun(workshop)) return null;
  return (
    <Suspense fallback={null}>
      <ActionPlanSection />
    </Suspense>
  );
}
