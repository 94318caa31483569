import { useState } from 'react';
import { PartnershipProfile } from '../partnership/PartnershipProfile';
import { ActionPlanConsole, type ReviseRequest } from '../plan/ActionPlanConsole';
import { ReviewConsole } from '../review/ReviewConsole';

/**
 * [LIVE2] The plan and its review on one page, so "Revise wording" in the review opens that action in the plan
 * editor below it; then the partnership profile the plan grows from.
 */
export function PlanView() {
  const [revise, setRevise] = useState<ReviseRequest | null>(null);
  return (
    <>
      <ReviewConsole onRevise={(actionId) => setRevise({ actionId })} />
      <ActionPlanConsole revise={revise} />
      <PartnershipProfile />
    </>
  );
}
