import type { ActionId, ObjectiveId } from '@roundtable/shared/ids/ids';
import type { Proposal } from '@roundtable/shared/plan/plan';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { useEffect, useRef, useState } from 'react';
import { shortText } from '../board/boardColumns';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import './plan.css';
import './planProposals.css';

/** The words of what a proposal is about, or null once it has left the plan. */
export function proposalTargetText(state: WorkshopState, proposal: Proposal): string | null {
  const target = proposal.targetKind === 'objective' ? state.objectives[proposal.targetId as ObjectiveId] : state.actions[proposal.targetId as ActionId];
  return target ? shortText(target.text) : null;
}

/** [PLAN9] What I have suggested and what the facilitators did with it; a decision is announced when it comes. */
export function MyProposals() {
  const t = useT();
  const p = t.plan.proposals;
  const { workshop, me } = useLiveWorkshop();
  const mine = Object.values(workshop.proposals)
    .filter((proposal) => proposal.authorId === me.memberId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef(new Map(mine.map((proposal) => [proposal.id as string, proposal.status])));

  useEffect(() => {
    for (const proposal of Object.values(workshop.proposals)) {
      if (proposal.authorId !== me.memberId) continue;
      const before = seen.current.get(proposal.id);
      seen.current.set(proposal.id, proposal.status);
      if (before === 'open' && proposal.status !== 'open') {
        setAnnouncement(p.decided(proposalTargetText(workshop, proposal) ?? p.removedTarget, p.status[proposal.status]));
      }
    }
  }, [workshop, me.memberId, p]);

  return (
    <section className="plan-mine" aria-labelledby="plan-mine-heading">
      <h3 id="plan-mine-heading">{p.mineHeading}</h3>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {mine.length === 0 ? (
        <p className="plan-none">{p.mineNone}</p>
      ) : (
        <ul className="plan-mine__list">
          {mine.map((proposal) => {
            const target = proposalTargetText(workshop, proposal) ?? p.removedTarget;
            return (
              <li key={proposal.id} className="plan-mine__item">
                <p className="plan-mine__what">
                  <strong>{proposal.kind === 'wording' ? p.wordingFor(target) : p.commentFor(target)}</strong>{' '}
                  <span className={`tag tag--proposal-${proposal.status}`}>{p.status[proposal.status]}</span>
                </p>
                <p className="plan-mine__text">{proposal.text}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
