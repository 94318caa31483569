import { useId } from 'react';
import { useT } from '../i18n/t';
import { countBySector } from './sectorCounts';
import { SectorBadge } from './SectorBadge';
import type { Member } from '@roundtable/shared/members/member';
import './people.css';

/**
 * How many participants per sector, and how many of them are online now: the room's balance between sectors.
 * Facilitators are left out (they speak for no sector); the roster lists them. Sits under an h2.
 */
export function SectorCounts({ members, onlineMemberIds }: { members: readonly Member[]; onlineMemberIds: ReadonlySet<string> | null }) {
  const t = useT();
  const headingId = useId();
  const participants = members.filter((m) => m.role === 'participant');
  const counts = countBySector(participants, onlineMemberIds ?? new Set());
  const online = onlineMemberIds === null ? null : participants.filter((m) => onlineMemberIds.has(m.id)).length;
  return (
    <div className="sector-counts" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.people.bySector}</h3>
      <p className="sector-counts__total">{online === null ? t.people.totalOnly(participants.length) : t.people.total(participants.length, online)}</p>
      <dl className="sector-counts__list">
        {counts.map(({ sector, total, online: here }) => (
          <div key={sector ?? 'none'} className="sector-counts__item">
            <dt>
              <SectorBadge sector={sector} decorative /> {sector ? t.sectors[sector] : t.noSector}
            </dt>
            <dd>{online === null ? total : t.people.sectorCount(total, here)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
