import { text, command } from '../command/payload';
import { memberIdSchema } from '../ids/ids';
import { ORGANISATION_MAX_CHARS, PERSON_NAME_MAX_CHARS } from './memberLimits';
import { sectorSchema } from './memberSchema';

/* The payload schemas of the members' commands. */

export const MEMBER_PAYLOADS = {
  'member:remove': command({ memberId: memberIdSchema }),
  'member:updateProfile': command({
    name: text(PERSON_NAME_MAX_CHARS, 'Your name').optional(),
    organisation: text(ORGANISATION_MAX_CHARS, 'Your organisation', 0).optional(),
    sector: sectorSchema.optional(),
  }),
} as const;
