import type { MyWorkshop } from '@roundtable/shared/accounts/accountRest';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/**
 * [ACC11] One line of "My workshops", read from the workshop's state as its members see it: title, area, the session
 * it is on, the next date set on or after `today` (YYYY-MM-DD), and how many participants each sector has (removed
 * members not counted; other public bodies count with "other").
 */
export function myWorkshopOf(state: WorkshopState, url: string, today: string): MyWorkshop {
  const current = state.meta.currentSessionId ? state.sessions[state.meta.currentSessionId] : undefined;
  const dates = Object.values(state.sessions)
    .map((s) => s.date)
    .filter((d): d is string => d !== null && d >= today)
    .sort();
  const participantsBySector = { council: 0, thirdSector: 0, other: 0 };
  for (const member of Object.values(state.members)) {
    if (member.role !== 'participant' || member.removedAt !== null) continue;
    if (member.sector === 'local_authority') participantsBySector.council += 1;
    else if (member.sector === 'third_sector') participantsBySector.thirdSector += 1;
    else participantsBySector.other += 1;
  }
  return {
    workshopId: state.meta.id,
    title: state.meta.title,
    area: state.meta.area,
    currentSession: current ? { number: current.number, title: current.title } : null,
    nextDate: dates[0] ?? null,
    participantsBySector,
    url,
  };
}
