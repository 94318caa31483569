import type { Role } from '../command/actor';
import type { MemberId } from '../ids/ids';
import type { WorkshopState } from '../workshop/workshop';
import type { Sector } from './sector';

/** A person in the workshop: a facilitator, or a participant who joined with the code. */
export interface Member {
  id: MemberId;
  role: Role;
  name: string;
  organisation: string;
  /** Facilitators may have no sector. */
  sector: Sector | null;
  /** When they first came in; null for a seat made for someone who has not opened their link yet. */
  joinedAt: string | null;
  /** Set when a facilitator removes the member; their token stops working. */
  removedAt: string | null;
}

/** Whether a member has come in (a co-facilitator's seat waits until they open their link). */
export function hasArrived(member: Member): boolean {
  return member.joinedAt !== null;
}

/** Members who have not been removed, facilitators first, then by name. */
export function activeMembers(state: WorkshopState): Member[] {
  return Object.values(state.members)
    .filter((m) => m.removedAt === null)
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'facilitator' ? -1 : 1));
}
