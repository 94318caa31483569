import { z } from 'zod';
import { boardStateParts } from '../board/boardSchema';
import { boardIdSchema, sessionIdSchema, workshopIdSchema } from '../ids/ids';
import { memberStateParts } from '../members/memberSchema';
import { planStateParts } from '../plan/planSchema';
import { sharingStateParts } from '../programme/sharingSchema';
import { progressStateParts } from '../review/progressSchema';
import { sessionStateParts } from '../sessions/sessionSchema';
import { surveyStateParts } from '../survey/surveySchema';
import { healthCheckStateParts } from '../healthCheck/healthCheckSchema';
import { partnershipMapStateParts } from '../partnershipMap/partnershipMapSchema';
import type { WorkshopState } from './workshop';

/*
 * The workshop's zod schema, assembled from each concept's part, apart from its types so that browser code that only
 * reads a workshop does not load zod.
 */

const isoDateTime = z.iso.datetime();

/** The workshop's schema as an object of parts, for validating only the parts a change touched (stateChange.ts). */
export const workshopStateParts = z.object({
  meta: z.object({
    id: workshopIdSchema,
    title: z.string(),
    area: z.string(),
    joinCode: z.string(),
    createdAt: isoDateTime,
    currentSessionId: sessionIdSchema.nullable(),
    focusBoardId: boardIdSchema.nullable(),
    focusAt: isoDateTime.nullable(),
  }),
  ...sessionStateParts,
  ...boardStateParts,
  ...memberStateParts,
  ...planStateParts,
  ...progressStateParts,
  ...surveyStateParts,
  ...healthCheckStateParts,
  ...partnershipMapStateParts,
  ...sharingStateParts,
});

/** [DOC3] What a workshop's doc must hold to be loaded. */
export const workshopStateSchema = workshopStateParts as unknown as z.ZodType<WorkshopState>;
