import { SECTORS, type Sector } from '@roundtable/shared/members/sector';
import type { Member } from '@roundtable/shared/members/member';

export interface SectorCount {
  /** null: members without a sector (facilitators may have none). */
  sector: Sector | null;
  total: number;
  online: number;
}

/** Counts per sector in the fixed order of SECTORS, then "no sector" if anyone has none; empty sectors included. */
export function countBySector(members: readonly Member[], onlineMemberIds: ReadonlySet<string>): SectorCount[] {
  const counts: SectorCount[] = [...SECTORS, null].map((sector) => ({ sector, total: 0, online: 0 }));
  for (const member of members) {
    const entry = counts.find((c) => c.sector === member.sector);
    if (!entry) continue;
    entry.total += 1;
    if (onlineMemberIds.has(member.id)) entry.online += 1;
  }
  return counts.filter((c) => c.sector !== null || c.total > 0);
}
