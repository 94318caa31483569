import { z } from 'zod';
import { recordById, memberIdSchema } from '../ids/ids';
import { sectorSchema } from '../workshop/workshopSchema';

/* The plan's zod schemas: its part of the hidden state (workshop/hiddenStateSchema.ts assembles the whole). */

/** The room's answers when the plan is put to them, validated when read back from storage (DOC3). */
export const planHiddenParts = {
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
};
