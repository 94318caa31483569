import { z } from 'zod';
import { text, command } from '../command/payload';
import { boardIdSchema, sessionIdSchema } from '../ids/ids';
import { BOARD_PHASES, CONTRIBUTING_MODES, VOTE_LEVELS } from './board';
import { AGREE_COUNT_MAX, BOARD_PROMPT_MAX_CHARS, BOARD_TITLE_MAX_CHARS, TIMER_SECONDS_MAX, VOTES_PER_PARTICIPANT_MAX } from './boardLimits';
import { boardKindSchema } from './boardSchema';

/* The payload schemas of the boards' commands: a session's agenda of boards, and each board's settings and phase. */

export const BOARD_PAYLOADS = {
  'board:add': command({
    sessionId: sessionIdSchema,
    kind: boardKindSchema,
    title: text(BOARD_TITLE_MAX_CHARS, 'The board title'),
    prompt: text(BOARD_PROMPT_MAX_CHARS, 'The prompt', 0),
  }),
  'board:update': command({
    boardId: boardIdSchema,
    title: text(BOARD_TITLE_MAX_CHARS, 'The board title').optional(),
    prompt: text(BOARD_PROMPT_MAX_CHARS, 'The prompt', 0).optional(),
  }),
  'board:remove': command({ boardId: boardIdSchema }),
  'board:move': command({ boardId: boardIdSchema, toIndex: z.number().int().min(0).max(1_000) }),
  'board:configure': command({
    boardId: boardIdSchema,
    contributing: z.enum(CONTRIBUTING_MODES).optional(),
    anonymous: z.boolean().optional(),
    votesPerParticipant: z.number().int().min(1).max(VOTES_PER_PARTICIPANT_MAX).optional(),
    votesPerItemMax: z.number().int().min(1).max(VOTES_PER_PARTICIPANT_MAX).optional(),
    agreeCount: z.number().int().min(1).max(AGREE_COUNT_MAX).optional(),
    participantsCanGroup: z.boolean().optional(),
    /** What the room votes on once the board has clusters (VOTE5). */
    voteOn: z.enum(VOTE_LEVELS).optional(),
  }),
  /** `from` is the phase the sender saw: if the board has moved on, the command is refused (PH2). */
  'board:setPhase': command({ boardId: boardIdSchema, from: z.enum(BOARD_PHASES), to: z.enum(BOARD_PHASES) }),
  'board:lock': command({ boardId: boardIdSchema, locked: z.boolean() }),
  /** Starts a countdown of `seconds`, or stops it (null). */
  'board:timer': command({ boardId: boardIdSchema, seconds: z.number().int().min(10).max(TIMER_SECONDS_MAX).nullable() }),
  /** "Bring everyone here" (null lets everyone browse again). */
  'board:focus': command({ boardId: boardIdSchema.nullable() }),
} as const;
