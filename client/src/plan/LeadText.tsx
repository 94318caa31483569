import { SLOT_SECTOR, type Lead, type LeadSlot } from '@roundtable/shared/plan/plan';
import { leadName } from '@roundtable/shared/plan/planRules';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { SectorBadge } from '../people/SectorBadge';
import './planActions.css';

/** A lead as the plan shows them: name, organisation, and their sector when it is not the one the slot expects. */
export function LeadText({ lead, slot }: { lead: Lead | null; slot: LeadSlot }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  if (!lead) return <span className="plan-lead plan-lead--none">{t.plan.lead.none}</span>;
  const { name, organisation, sector } = leadName(workshop, lead);
  const left = lead.kind === 'member' && workshop.members[lead.memberId]?.removedAt != null;
  return (
    <span className="plan-lead">
      <span className="plan-lead__name">
        {name} {left && <span className="plan-lead__left">{t.plan.lead.left}</span>}
      </span>
      {organisation && <span className="plan-lead__org">{organisation}</span>}
      {sector !== SLOT_SECTOR[slot] && <SectorBadge sector={sector} />}
    </span>
  );
}
