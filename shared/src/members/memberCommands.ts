import { EVERYONE, FACILITATORS } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import { accepted, rejected } from '../command/transitionResult';
import type { MEMBER_PAYLOADS } from './memberPayloads';

/* The members' commands (rule ids refer to docs/spec.md). Joining is not a command: see workshop/workshopTransitions.ts. */

export const MEMBER_COMMANDS = {
  // [MEM2] A facilitator can remove a participant or the other facilitator, never themselves, so a
  // workshop always keeps a facilitator. The removed member's link stops working.
  'member:remove': {
    roles: FACILITATORS,
    apply: (state, p, actor, ctx) => {
      const member = state.members[p.memberId];
      if (!member || member.removedAt !== null) return rejected('not_found', 'That person is not in this workshop.');
      if (member.id === actor.memberId) return rejected('forbidden', 'You cannot remove yourself; the other facilitator can.');
      const removed = { ...member, removedAt: ctx.now };
      return accepted({ ...state, members: { ...state.members, [member.id]: removed } }, null, [{ type: 'memberRemoved', memberId: member.id }]);
    },
  },

  // [MEM1] Everyone can correct their own name, organisation and sector, and nobody else's.
  'member:updateProfile': {
    roles: EVERYONE,
    apply: (state, p, actor) => {
      const me = state.members[actor.memberId];
      if (!me || me.removedAt !== null) return rejected('forbidden', 'You are no longer in this workshop.');
      const next = { ...me, name: p.name ?? me.name, organisation: p.organisation ?? me.organisation, sector: p.sector ?? me.sector };
      return accepted({ ...state, members: { ...state.members, [me.id]: next } }, null);
    },
  },
} satisfies RulesFor<typeof MEMBER_PAYLOADS>;
