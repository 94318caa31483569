import { z } from 'zod';
import { ROLES } from '../command/actor';
import { recordById, memberIdSchema } from '../ids/ids';
import { SECTORS } from './sector';

/* The members' zod schemas, apart from their types so that browser code that only reads a workshop does not load zod. */

export const sectorSchema = z.enum(SECTORS, { error: 'Choose a sector: local_authority, third_sector, other_public or other.' });

const isoDateTime = z.iso.datetime();

/** The members' part of the workshop's stored state (DOC3; workshop/workshopSchema.ts assembles the whole). */
export const memberStateParts = {
  members: recordById(
    z.object({
      id: memberIdSchema,
      role: z.enum(ROLES),
      name: z.string(),
      organisation: z.string(),
      sector: sectorSchema.nullable(),
      joinedAt: isoDateTime.nullable(),
      removedAt: isoDateTime.nullable(),
    }),
  ),
};
