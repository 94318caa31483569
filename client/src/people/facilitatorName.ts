import { CO_FACILITATOR_DEFAULT_NAME } from '@roundtable/shared/workshop/workshopTransitions';
import type { Member } from '@roundtable/shared/members/member';

/**
 * [LIVE4] Whether this member is a facilitator who has not yet said who they are: the co-facilitator's seat, made
 * with the workshop, carries a placeholder name until its holder gives theirs.
 */
export function asksForName(member: Member): boolean {
  return member.role === 'facilitator' && member.name.trim() === CO_FACILITATOR_DEFAULT_NAME;
}

/** Whether a name typed for that seat is a name of its own, not the placeholder again. */
export function isOwnName(name: string): boolean {
  return name.trim() !== '' && name.trim().toLowerCase() !== CO_FACILITATOR_DEFAULT_NAME.toLowerCase();
}
