import { LEAD_SLOTS, type LeadSlot } from '@roundtable/shared/plan/plan';
import { useState } from 'react';
import { restFailureText } from '../api/restFailureText';
import { shortText } from '../board/boardColumns';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { focusSoon } from '../plan/focusSoon';
import { LeadLinkRow } from './LeadLinkRow';
import type { PlanReview } from './planReview';
import { useLeadLinks } from './useLeadLinks';
import '../plan/plan.css';
import '../plan/planVersions.css';
import './review.css';

/**
 * "Links for the leads": for each agreed action, its two leads, each with their live link's date, a button to make a
 * link (or a new one, which stops the old one working), the new link shown once to copy, and revoking with a
 * confirmation.
 */
export function LeadLinksPanel({ review }: { review: PlanReview }) {
  const t = useT();
  const ll = t.review.leadLinks;
  const { workshop } = useLiveWorkshop();
  const state = useLeadLinks(workshop.meta.id);
  const [announcement, setAnnouncement] = useState('');
  const actions = review.objectives.flatMap((o) => o.actions);

  async function onMake(actionId: string, slot: LeadSlot, name: string) {
    if (!(await state.make(actionId, slot))) return;
    setAnnouncement(ll.made(name));
    focusSoon(`lead-link-new-${actionId}-${slot}`);
  }

  async function onRevoke(linkId: string, actionId: string, slot: LeadSlot) {
    // The Revoke button goes with the live link: focus goes to the lead's Make button instead.
    focusSoon(`lead-link-make-${actionId}-${slot}`);
    if (await state.revoke(linkId)) setAnnouncement(ll.revoked);
  }

  return (
    <section className="lead-links" aria-labelledby="lead-links-heading">
      <h3 id="lead-links-heading">{ll.heading}</h3>
      <p>{ll.intro}</p>
      {state.failure && (
        <div className="plan-share__failure">
          <p role="alert" className="field__error">
            {restFailureText(t, state.failure)}
          </p>
          {state.links === null && (
            <button type="button" className="button" onClick={state.reload}>
              {ll.tryAgain}
            </button>
          )}
        </div>
      )}
      {state.links === null ? (
        !state.failure && <p className="plan-none">{ll.loading}</p>
      ) : (
        <ol className="lead-links__actions">
          {actions.map((item) => (
            <li key={item.action.id} className="lead-links__action">
              <h4 className="lead-links__action-heading">
                <span className="review-action__number">{item.number}</span> {item.action.text}
              </h4>
              <ul className="lead-links__leads" aria-label={ll.caption(item.number)}>
                {LEAD_SLOTS.map((slot) => (
                  <LeadLinkRow
                    key={slot}
                    item={item}
                    slot={slot}
                    links={state.links ?? []}
                    newUrl={state.newUrls[`${item.action.id}:${slot}`] ?? null}
                    making={state.making === `${item.action.id}:${slot}`}
                    actionShort={shortText(item.action.text)}
                    onMake={(name) => void onMake(item.action.id, slot, name)}
                    onRevoke={(linkId) => void onRevoke(linkId, item.action.id, slot)}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
