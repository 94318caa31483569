import { z } from 'zod';
import { recordById, memberIdSchema } from '../ids/ids';

/* The survey's zod schemas: its part of the hidden state (workshop/hiddenStateSchema.ts assembles the whole). */

/** Who has answered, validated when read back from storage (DOC3). */
export const surveyHiddenParts = {
  // Absent in a hidden doc written before the survey existed.
  surveyRespondents: recordById(z.object({ memberId: memberIdSchema })).default({}),
};
