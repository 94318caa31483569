import { lazy, Suspense } from 'react';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { surveyShown } from './surveyStage';

// The survey's code loads only once there is a survey to show, keeping the phone's first load small.
const SurveySection = lazy(() => import('./SurveySection').then((m) => ({ default: m.SurveySection })));

/** The feedback survey in the participant view, from session five on or as soon as the facilitators open it. */
export function ParticipantSurvey() {
  const { workshop } = useLiveWorkshop();
  if (!surveyShown(workshop)) return null;
  return (
    <Suspense fallback={null}>
      <SurveySection />
    </Suspense>
  );
}
