import { z } from 'zod';
import { recordById, boardIdSchema, cardIdSchema, memberIdSchema } from '../ids/ids';
import { sectorSchema } from '../workshop/workshopSchema';
import type { HiddenState } from './hidden';

/** Validates the hidden state read back from storage (a trust boundary, like the shared doc: DOC3). */
const count = z.number().int().min(0);

/** The hidden state's schema as an object of parts, for validating only the parts a change touched. */
export const hiddenStateParts = z.object({
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
  undo: recordById(
    z.object({
      id: z.string(),
      seq: z.number().int(),
      command: z.string(),
      at: z.iso.datetime(),
      changes: z.array(z.object({ collection: z.string(), id: z.string(), field: z.string().nullable(), before: z.unknown().optional(), after: z.unknown().optional() })),
    }),
  ),
  planResponses: recordById(
    z.object({
      id: z.string(),
      round: z.number().int().min(1),
      memberId: memberIdSchema,
      sector: sectorSchema.nullable(),
      response: z.enum(['agree', 'concern']),
      comment: z.string(),
      at: z.iso.datetime(),
    }),
  ),
  // Absent in a hidden doc written before the survey existed.
  surveyRespondents: recordById(z.object({ memberId: memberIdSchema })).default({}),
});

export const hiddenStateSchema = hiddenStateParts as unknown as z.ZodType<HiddenState>;
