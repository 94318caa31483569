import { FACILITATORS } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import { accepted, acceptedWithHidden, rejected } from '../command/transitionResult';
import { lastUndo, revert } from './undo';
import type { WORKSHOP_PAYLOADS } from './workshopPayloads';

/* The workshop's own commands: its title and area, its join code, and undo (rule ids refer to docs/spec.md). */

export const WORKSHOP_COMMANDS = {
  'workshop:update': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => accepted({ ...state, meta: { ...state.meta, title: p.title ?? state.meta.title, area: p.area ?? state.meta.area } }, null),
  },

  // [JOIN3] Rotating the join code stops the old code working at once; members already in stay in.
  'joinCode:rotate': {
    roles: FACILITATORS,
    apply: (state, _p, _actor, ctx) => {
      let joinCode = ctx.newJoinCode();
      while (joinCode === state.meta.joinCode) joinCode = ctx.newJoinCode();
      return accepted({ ...state, meta: { ...state.meta, joinCode } }, { joinCode }, [{ type: 'joinCodeChanged', joinCode }]);
    },
  },

  // [UNDO1] Undoes the last undoable facilitator action (of either facilitator). [UNDO2] Refused if anything it
  // touched has changed since.
  'facilitator:undo': {
    roles: FACILITATORS,
    apply: (state, _p, _actor, _ctx, hidden) => {
      const entry = lastUndo(hidden);
      if (!entry) return rejected('not_found', 'There is nothing to undo.');
      const reverted = revert({ state, hidden }, entry);
      if (!reverted.ok) return rejected('conflict', 'That can no longer be undone: something it changed has been changed again since.');
      return acceptedWithHidden(reverted.world.state, reverted.world.hidden, { undone: entry.command });
    },
  },
} satisfies RulesFor<typeof WORKSHOP_PAYLOADS>;
