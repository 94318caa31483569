import { lazy, Suspense, useState } from 'react';
import { PartnershipProfile } from '../partnership/PartnershipProfile';
import { ActionPlanConsole, type ReviseRequest } from '../plan/ActionPlanConsole';
import { ReviewConsole } from '../review/ReviewConsole';

/** Loaded with this page only: its text is the programme pages' catalogue. */
const SharingControl = lazy(() => import('../programme/SharingControl').then((m) => ({ default: m.SharingControl })));

/**
 * [LIVE2] The plan and its review on one page, so "Revise wording" in the review opens that action in the plan
 * editor below it; then the partnership profile the plan grows from, and [PROG4] what of it a programme may see.
 */
export function PlanView() {
  const [revise, setRevise] = useState<ReviseRequest | null>(null);
  return (
    <>
      <ReviewConsole onRevise={(actionId) => setRevise({ actionId })} />
      <ActionPlanConsole revise={revise} />
      <PartnershipProfile />
      <section className="card">
        <Suspense fallback={null}>
          <SharingControl />
        </Suspense>
      </section>
    </>
  );
}
