import { z } from 'zod';
import { recordById, actionIdSchema } from '../ids/ids';
import { sectorSchema } from '../members/memberSchema';
import { LEAD_SLOTS } from '../plan/plan';
import { PROGRESS_STATUSES } from './progress';

/* The progress reports' zod schema, apart from their types so that browser code that only reads a workshop does not load zod. */

const evidenceSchema = z.object({ text: z.string(), url: z.string().nullable() });

/** The leads' progress reports as the workshop's stored state holds them (DOC3; workshop/workshopSchema.ts assembles the whole). */
export const progressStateParts = {
  progressUpdates: recordById(
    z.object({
      id: z.string(),
      actionId: actionIdSchema,
      slot: z.enum(LEAD_SLOTS),
      sector: sectorSchema,
      status: z.enum(PROGRESS_STATUSES),
      note: z.string(),
      evidence: z.array(evidenceSchema),
      planVersion: z.number().int().min(1),
      at: z.iso.datetime(),
    }),
  ),
};
