import { text, command } from '../command/payload';
import { sessionIdSchema } from '../ids/ids';
import { SESSION_AGENDA_MAX_CHARS, SESSION_TITLE_MAX_CHARS } from './sessionLimits';
import { calendarDateSchema } from './sessionSchema';

/* The payload schemas of the sessions' commands. */

export const SESSION_PAYLOADS = {
  'session:update': command({
    sessionId: sessionIdSchema,
    title: text(SESSION_TITLE_MAX_CHARS, 'The session title').optional(),
    agenda: text(SESSION_AGENDA_MAX_CHARS, 'The agenda', 0).optional(),
    date: calendarDateSchema.nullable().optional(),
  }),
  'session:open': command({ sessionId: sessionIdSchema }),
} as const;
