import { z } from 'zod';
import { command } from '../command/payload';
import { safeIdText } from '../ids/ids';
import { SHARING_SCOPES } from './sharing';

/* The payload schema of the sharing marking's one command. */

export const SHARING_PAYLOADS = {
  /**
   * [PROG4] Marks the whole area, one board or one item as shared with the programme or not. `targetId` names the
   * board or the item; the area needs none.
   */
  'programme:share': command({
    scope: z.enum(SHARING_SCOPES, { error: 'Say what to mark: the area, a board or an item.' }),
    targetId: safeIdText.optional(),
    shared: z.boolean({ error: 'Say whether it is shared with the programme.' }),
  }),
} as const;
