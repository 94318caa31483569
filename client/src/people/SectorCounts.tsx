import type { Member } from '@roundtable/shared/workshop/workshop';
import { useId } from 'react';
import { useT } from '../i18n/t';
import { countBySector } from './sectorCounts';
import { SectorBadge } from './SectorBadge';

/** How many people per sector, and how many of them are online now. Sits under an h2. */
export function SectorCounts({ members, onlineMemberIds }: { members: readonly Member[]; onlineMemberIds: ReadonlySet<string> }) {
  const t = useT();
  const headingId = useId();
  const counts = countBySector(members, onlineMemberIds);
  const online = members.filter((m) => onlineMemberIds.has(m.id)).length;
  return (
    <div className="sector-counts" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.people.bySector}</h3>
      <p className="sector-counts__total">{t.people.total(members.length, online)}</p>
      <dl className="sector-counts__list">
        {counts.map(({ sector, total, online: here }) => (
          <div key={sector ?? 'none'} className="sector-counts__item">
            <dt>
              <SectorBadge sector={sector} decorative /> {sector ? t.sectors[sector] : t.noSector}
            </dt>
            <dd>{t.people.sectorCount(total, here)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
