import { z } from 'zod';
import { boardIdSchema, safeIdText } from '../ids/ids';
import { WITHHELD_BOARDS_MAX, WITHHELD_ITEMS_MAX } from './sharingLimits';

/*
 * The sharing marking's part of the workshop's stored state (workshop/workshopSchema.ts assembles the whole), apart
 * from its types so that browser code that only reads a workshop does not load zod. A doc holds no `sharing` map until
 * a facilitator first marks something, so each field defaults to "shared" (no layout migration is needed).
 */
export const sharingStateParts = {
  sharing: z
    .object({
      areaWithheld: z.boolean().default(false),
      withheldBoardIds: z.array(boardIdSchema).max(WITHHELD_BOARDS_MAX).default([]),
      withheldItemIds: z.array(safeIdText).max(WITHHELD_ITEMS_MAX).default([]),
    })
    .default({ areaWithheld: false, withheldBoardIds: [], withheldItemIds: [] }),
};
