import { z } from 'zod';
import { recordById, boardIdSchema, cardIdSchema, memberIdSchema } from '../ids/ids';
import { sectorSchema } from '../workshop/workshopSchema';

/* The board's zod schemas: its part of the hidden state (workshop/hiddenStateSchema.ts assembles the whole). */

const count = z.number().int().min(0);

/** The board's part of the hidden state, validated when read back from storage (a trust boundary: DOC3). */
export const boardHiddenParts = {
  cards: recordById(
    z.object({
      id: cardIdSchema,
      boardId: boardIdSchema,
      authorIds: z.array(memberIdSchema),
      // A draft is a whole card; the shared doc's schema checks cards in detail, here its shape is enough.
      draft: z.object({ id: cardIdSchema, boardId: boardIdSchema, text: z.string() }).loose().nullable(),
      hiddenContent: z.object({ text: z.string(), mergedTexts: z.array(z.string()) }).nullable(),
    }),
  ),
  ballots: recordById(
    z.object({ id: z.string(), boardId: boardIdSchema, memberId: memberIdSchema, sector: sectorSchema.nullable(), dots: z.record(z.string(), count) }),
  ),
  notices: recordById(
    z.object({ id: z.string(), memberId: memberIdSchema, boardId: boardIdSchema, cardId: cardIdSchema, kind: z.literal('cardHidden'), excerpt: z.string(), at: z.iso.datetime() }),
  ),
};
