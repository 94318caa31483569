import { FACILITATORS } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import { accepted, rejected } from '../command/transitionResult';
import type { SESSION_PAYLOADS } from './sessionPayloads';

/* The sessions' commands (rule ids refer to docs/spec.md). */

const missingSession = () => rejected('not_found', 'That session is not in this workshop.');

export const SESSION_COMMANDS = {
  'session:update': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const session = state.sessions[p.sessionId];
      if (!session) return missingSession();
      const next = {
        ...session,
        title: p.title ?? session.title,
        agenda: p.agenda ?? session.agenda,
        date: p.date === undefined ? session.date : p.date,
      };
      return accepted({ ...state, sessions: { ...state.sessions, [session.id]: next } }, null);
    },
  },

  // [SES1] Opening a session makes it the one every participant's view shows.
  'session:open': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      if (!state.sessions[p.sessionId]) return missingSession();
      return accepted({ ...state, meta: { ...state.meta, currentSessionId: p.sessionId } }, null);
    },
  },
} satisfies RulesFor<typeof SESSION_PAYLOADS>;
