import { useState } from 'react';
import { TextField } from '../forms/TextField';
import { useDraft } from '../forms/useDraft';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { myAnswerNow, type PlanAnswer } from './responseTally';
import { PROPOSAL_TEXT_MAX_CHARS } from '@roundtable/shared/plan/planLimits';
import './planProposals.css';

/**
 * [PLAN4] "Do you agree with this plan?" while the plan is with the room: I agree, or I have a concern, with an
 * optional comment. My answer in this round is shown (and announced); answering again replaces it.
 */
export function ResponsePanel() {
  const t = useT();
  const r = t.plan.respond;
  const { workshop, personal, submit } = useLiveWorkshop();
  const round = workshop.plan.consultationRound;
  const mine = myAnswerNow(personal, round);
  // My earlier comment (it may arrive after the page loads) until I start typing another.
  const comment = useDraft(mine?.comment ?? '');
  const [sending, setSending] = useState<PlanAnswer | null>(null);
  const answerText = (answer: PlanAnswer) => (answer === 'agree' ? r.agree : r.concern);

  async function answer(response: PlanAnswer) {
    if (sending) return;
    setSending(response);
    const trimmed = comment.value.trim();
    await submit('plan:respond', trimmed ? { round, response, comment: trimmed } : { round, response });
    setSending(null);
  }

  return (
    <section className="plan-respond" aria-labelledby="plan-respond-heading">
      <h3 id="plan-respond-heading">{r.heading}</h3>
      <p>{r.intro}</p>
      <p className="plan-respond__mine" role="status">
        {mine ? (mine.comment ? r.yoursWithComment(answerText(mine.response), mine.comment) : r.yours(answerText(mine.response))) : r.none}
      </p>
      <TextField label={r.comment} hint={r.commentHint} multiline value={comment.value} onChange={comment.set} maxLength={PROPOSAL_TEXT_MAX_CHARS} />
      <div className="button-row">
        {(['agree', 'concern'] as const).map((response) => (
          <button
            key={response}
            type="button"
            className={mine?.response === response ? 'button button--primary' : 'button'}
            aria-pressed={mine?.response === response}
            aria-busy={sending === response}
            onClick={() => void answer(response)}
          >
            {answerText(response)}
          </button>
        ))}
      </div>
      {mine && <p className="field__hint">{r.again}</p>}
    </section>
  );
}
