import type { MemberId } from '@roundtable/shared/ids/ids';
import type { Proposal } from '@roundtable/shared/plan/plan';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { shortText } from '../board/boardColumns';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { focusSoon } from './focusSoon';
import { usePlanEditing } from './PlanEditingContext';
import './planProposals.css';

/** The suggestions still waiting for a decision on one objective or action, oldest first. */
export function openProposalsFor(state: WorkshopState, targetKind: Proposal['targetKind'], targetId: string): Proposal[] {
  return Object.values(state.proposals)
    .filter((p) => p.status === 'open' && p.targetKind === targetKind && p.targetId === targetId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * [PLAN9] The room's suggestions beside what they are about, for facilitators: who suggested what, and Accept
 * (a wording replaces the text, as an edit) or Decline, once.
 */
export function OpenProposals({ targetKind, targetId }: { targetKind: Proposal['targetKind']; targetId: string }) {
  const t = useT();
  const p = t.plan.proposals;
  const { workshop, submit } = useLiveWorkshop();
  const { announce } = usePlanEditing();
  const open = openProposalsFor(workshop, targetKind, targetId);
  if (open.length === 0) return null;

  async function decide(proposal: Proposal, accept: boolean) {
    const ack = await submit('proposal:decide', { proposalId: proposal.id, accept });
    if (!ack.ok) return;
    announce(accept ? p.accepted : p.declined);
    // The suggestion leaves the list: focus goes to what it was about.
    focusSoon(targetKind === 'action' ? `plan-action-${targetId}-edit` : `plan-objective-${targetId}-heading`);
  }

  return (
    <div className="plan-suggestions">
      <p className="plan-suggestions__heading">{p.openHeading}</p>
      <ul className="plan-suggestions__list">
        {open.map((proposal) => {
          const name = workshop.members[proposal.authorId as MemberId]?.name || p.someone;
          const short = shortText(proposal.text);
          return (
            <li key={proposal.id} className="plan-suggestions__item">
              <p className="plan-suggestions__who">{proposal.kind === 'wording' ? p.fromWording(name) : p.fromComment(name)}</p>
              <blockquote className="plan-suggestions__text">{proposal.text}</blockquote>
              <div className="button-row">
                <button type="button" className="button button--small" aria-label={p.acceptLabel(name, short)} onClick={() => void decide(proposal, true)}>
                  {p.accept}
                </button>
                <button type="button" className="button button--small" aria-label={p.declineLabel(name, short)} onClick={() => void decide(proposal, false)}>
                  {p.decline}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
