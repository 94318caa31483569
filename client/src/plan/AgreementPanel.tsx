import { resultGroupOf } from '@roundtable/shared/board/board';
import { planProblems } from '@roundtable/shared/plan/planRules';
import { ConfirmButton } from '../forms/ConfirmButton';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { usePlanEditing } from './PlanEditingContext';
import { ResponseTallyView } from './ResponseTallyView';
import { namedAnswers } from './responseTally';
import './planProposals.css';

/**
 * [PLAN4] [PLAN7] Putting the plan to the room, watching the answers come in, and recording the agreed version. The
 * record button stays in place but disabled, with the reason, until the room has been asked and nothing is missing.
 */
export function AgreementPanel() {
  const t = useT();
  const a = t.plan.agreement;
  const { workshop, personal, submit } = useLiveWorkshop();
  const { announce } = usePlanEditing();
  const { plan } = workshop;
  const consulting = plan.status === 'consulting';
  const agreedUnchanged = plan.status === 'agreed';
  const problemCount = planProblems(workshop).length;
  const noObjectives = Object.keys(workshop.objectives).length === 0;
  const blockedBy = !consulting ? a.notAsked : problemCount > 0 ? a.notComplete(problemCount) : null;
  // [PLAN10] Concerns raised in this round: recording agreement over them asks first.
  const concerns = consulting ? namedAnswers(workshop, personal.planResponses, 'concern') : [];

  async function consult() {
    if (noObjectives) return;
    const ack = await submit('plan:consult', {});
    if (ack.ok) announce(a.consulted);
  }

  async function agree() {
    if (blockedBy) return;
    const ack = await submit('plan:agree', { version: plan.nextVersion });
    if (ack.ok) announce(a.recorded(ack.data.version));
  }

  if (agreedUnchanged) {
    // Nothing to ask or record until the plan changes: any change starts the next version's draft.
    return (
      <section className="plan-agreement" aria-labelledby="plan-agreement-heading">
        <h3 id="plan-agreement-heading">{a.heading}</h3>
        <p>{a.agreedUnchanged(plan.nextVersion - 1, plan.nextVersion)}</p>
      </section>
    );
  }

  return (
    <section className="plan-agreement" aria-labelledby="plan-agreement-heading">
      <h3 id="plan-agreement-heading">{a.heading}</h3>
      {consulting ? (
        <>
          <p>{a.withRoom(plan.consultationRound)}</p>
          <ResponseTallyView />
        </>
      ) : (
        <>
          <p>{a.consultIntro}</p>
          <div className="plan-agreement__action">
            <button type="button" className="button button--primary" aria-disabled={noObjectives} aria-describedby={noObjectives ? 'plan-consult-reason' : undefined} onClick={() => void consult()}>
              {a.consult}
            </button>
            {noObjectives && (
              <p id="plan-consult-reason" className="field__hint">
                {a.consultNeedsObjective}
              </p>
            )}
          </div>
        </>
      )}
      <div className="plan-agreement__action">
        {!blockedBy && concerns.length > 0 ? (
          <ConfirmButton
            label={a.record(plan.nextVersion)}
            question={a.recordWithConcerns(
              plan.nextVersion,
              concerns.map((c) => a.concernLine(t.resultGroups[resultGroupOf(c.sector)], c.comment)).join('; '),
            )}
            confirmLabel={a.recordAnyway}
            onConfirm={() => void agree()}
          />
        ) : (
          <button
            type="button"
            className={blockedBy ? 'button' : 'button button--primary'}
            aria-disabled={blockedBy !== null}
            aria-describedby={blockedBy ? 'plan-agree-reason' : undefined}
            onClick={() => void agree()}
          >
            {a.record(plan.nextVersion)}
          </button>
        )}
        {blockedBy && (
          <p id="plan-agree-reason" className="field__hint">
            {blockedBy}
          </p>
        )}
      </div>
    </section>
  );
}
