import type { MeResponse } from '@roundtable/shared/protocol/rest';
import type { MemberId } from '@roundtable/shared/ids/ids';
import type { Member } from '@roundtable/shared/members/member';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/** This browser's member record, once the doc holds it. */
export function selfIn(workshop: WorkshopState, me: MeResponse): Member | null {
  return workshop.members[me.memberId as MemberId] ?? null;
}
