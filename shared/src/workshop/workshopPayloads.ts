import { text, command } from '../command/payload';
import { AREA_MAX_CHARS, WORKSHOP_TITLE_MAX_CHARS } from './workshopLimits';

/* The payload schemas of the workshop's own commands (its title and area, the join code, undo). */

export const WORKSHOP_PAYLOADS = {
  'workshop:update': command({
    title: text(WORKSHOP_TITLE_MAX_CHARS, 'The title').optional(),
    area: text(AREA_MAX_CHARS, 'The area').optional(),
  }),
  'joinCode:rotate': command({}),
  /** Undoes the last facilitator action, if nothing it touched has changed since. */
  'facilitator:undo': command({}),
} as const;
