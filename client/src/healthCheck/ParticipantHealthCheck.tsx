import { lazy, Suspense } from 'react';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { participantHealthCheck } from './healthCheckStage';

// The health check's code loads only once there is a round to show, keeping the phone's first load small.
const HealthCheckSection = lazy(() => import('./HealthCheckSection').then((m) => ({ default: m.HealthCheckSection })));

/** The partnership health check in the participant view: the open round, or the current session's. */
export function ParticipantHealthCheck() {
  const { workshop } = useLiveWorkshop();
  const check = participantHealthCheck(workshop);
  if (!check) return null;
  return (
    <Suspense fallback={null}>
      <HealthCheckSection check={check} />
    </Suspense>
  );
}
