import { z } from 'zod';
import { boardHiddenParts } from '../board/boardSchema';
import { recordById } from '../ids/ids';
import { planHiddenParts } from '../plan/planSchema';
import { surveyHiddenParts } from '../survey/surveySchema';
import { healthCheckHiddenParts } from '../healthCheck/healthCheckSchema';
import type { HiddenState } from './hiddenState';

/** Validates the hidden state read back from storage (a trust boundary, like the shared doc: DOC3). */

/** The hidden state's schema as an object of parts, one concept's after another, for validating only the parts a change touched. */
export const hiddenStateParts = z.object({
  ...boardHiddenParts,
  undo: recordById(
    z.object({
      id: z.string(),
      seq: z.number().int(),
      command: z.string(),
      at: z.iso.datetime(),
      changes: z.array(z.object({ collection: z.string(), id: z.string(), field: z.string().nullable(), before: z.unknown().optional(), after: z.unknown().optional() })),
    }),
  ),
  ...planHiddenParts,
  ...surveyHiddenParts,
  ...healthCheckHiddenParts,
});

export const hiddenStateSchema = hiddenStateParts as unknown as z.ZodType<HiddenState>;
