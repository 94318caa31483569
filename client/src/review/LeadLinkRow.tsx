import type { LeadSlot } from '@roundtable/shared/plan/plan';
import type { LeadLinkInfo } from '@roundtable/shared/protocol/rest';
import { CopyField } from '../console/CopyField';
import { ConfirmButton } from '../forms/ConfirmButton';
import { useT } from '../i18n/t';
import { shareLinkTime } from '../plan/shareLinkList';
import { liveLeadLink } from './leadLinkList';
import type { ActionReview } from './planReview';
import '../plan/plan.css';
import './review.css';

export interface LeadLinkRowProps {
  item: ActionReview;
  slot: LeadSlot;
  links: readonly LeadLinkInfo[];
  newUrl: string | null;
  making: boolean;
  actionShort: string;
  onMake(name: string): void;
  onRevoke(linkId: string): void;
}

/** The lead's most recently revoked link, for a lead who has no live one; null when none was ever revoked. */
function lastRevoked(links: readonly LeadLinkInfo[], actionId: string, slot: LeadSlot): (LeadLinkInfo & { revokedAt: string }) | null {
  let last: (LeadLinkInfo & { revokedAt: string }) | null = null;
  for (const link of links) {
    const { revokedAt } = link;
    if (link.actionId !== actionId || link.slot !== slot || revokedAt === null) continue;
    if (!last || revokedAt > last.revokedAt) last = { ...link, revokedAt };
  }
  return last;
}

/**
 * One lead of one action: who, their live link's date (or when their last link was revoked, or none yet), Make
 * link / New link, Revoke, and a new link to copy.
 */
export function LeadLinkRow({ item, slot, links, newUrl, making, actionShort, onMake, onRevoke }: LeadLinkRowProps) {
  const t = useT();
  const ll = t.review.leadLinks;
  const lead = item.leads[slot];
  const name = lead?.name ?? t.plan.lead.left;
  const slotWords = t.review.slotInSentence[slot];
  const live = liveLeadLink(links, item.action.id, slot);
  const revoked = live ? null : lastRevoked(links, item.action.id, slot);
  const when = (timestamp: string) => shareLinkTime(t.locale, timestamp);
  const id = `${item.action.id}-${slot}`;
  return (
    <li className="lead-links__lead">
      <p className="lead-links__who">
        <span className="lead-links__slot">{t.review.slot[slot]}</span>{' '}
        {lead ? (
          <>
            <strong>{name}</strong>
            {lead.organisation && <span className="lead-links__org">, {lead.organisation}</span>}
          </>
        ) : (
          <span className="plan-none">{ll.noLead}</span>
        )}
      </p>
      <p className="lead-links__state">
        {live ? (
          <>
            <span className="tag tag--agreed">{ll.live}</span> {ll.madeOn(when(live.createdAt))}
          </>
        ) : revoked ? (
          <>
            <span className="tag">{ll.revokedTag}</span> {ll.revokedWhen(when(revoked.revokedAt))}
          </>
        ) : (
          <span className="tag">{ll.none}</span>
        )}
      </p>
      {lead && (
        <div className="button-row">
          <button
            type="button"
            id={`lead-link-make-${id}`}
            className={live ? 'button button--small' : 'button button--small button--primary'}
            aria-busy={making}
            aria-label={live ? ll.makeNewLabel(slotWords, actionShort) : ll.makeLabel(slotWords, actionShort)}
            onClick={() => onMake(name)}
          >
            {making ? ll.making : live ? ll.makeNew : ll.make}
          </button>
          {live && (
            <ConfirmButton
              label={ll.revoke}
              accessibleLabel={ll.revokeLabel(name, actionShort)}
              question={ll.revokeConfirm}
              confirmLabel={ll.revokeYes}
              onConfirm={() => onRevoke(live.linkId)}
              danger
            />
          )}
        </div>
      )}
      {newUrl && (
        <div id={`lead-link-new-${id}`} className="lead-links__new">
          <CopyField label={ll.newLink(name)} hint={ll.newLinkHint} value={newUrl} copyLabel={ll.copyNewLink(name)} />
        </div>
      )}
    </li>
  );
}
