import { text, command } from '../command/payload';
import { boardIdSchema, itemIdSchema } from '../ids/ids';
import { CARD_TEXT_MAX_CHARS } from './boardLimits';

/* The payload schemas of voting and agreeing. */

export const VOTE_PAYLOADS = {
  'vote:cast': command({ boardId: boardIdSchema, itemId: itemIdSchema }),
  'vote:retract': command({ boardId: boardIdSchema, itemId: itemIdSchema }),
  /** Marks an item agreed, with the wording the room settled on (omitted: its own). */
  'item:agree': command({ itemId: itemIdSchema, text: text(CARD_TEXT_MAX_CHARS, 'The agreed wording').optional() }),
  'item:unagree': command({ itemId: itemIdSchema }),
} as const;
