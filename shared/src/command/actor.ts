import type { MemberId } from '../ids/ids';

/** What a member of a workshop is: a facilitator runs it, a participant takes part. */
export const ROLES = ['facilitator', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: from the authenticated connection, never from a payload. */
export interface Actor {
  memberId: MemberId;
  role: Role;
}

/** Who may send a command (checked against the connection's identity before its transition runs). */
export const FACILITATORS = ['facilitator'] as const;
export const EVERYONE = ['facilitator', 'participant'] as const;
export const PARTICIPANTS = ['participant'] as const;
/** No member may send it: it comes through a personal link, and the server calls its transition itself. */
export const NOBODY = [] as const;
