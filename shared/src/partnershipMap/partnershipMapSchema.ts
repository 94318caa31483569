import { z } from 'zod';
import { recordById } from '../ids/ids';
import { SECTORS } from '../members/sector';
import { MAP_RINGS, type MapOrganisationId } from './partnershipMap';

/*
 * The partnership map's part of the shared state's zod schema (workshop/workshopSchema.ts assembles the whole), apart
 * from its types so that browser code that only reads a workshop does not load zod. It reads back as an empty map
 * from a doc written before the map existed (MAP1), with no new doc layout.
 */

const mapOrganisationSchema = z.object({
  id: z.string().transform((s) => s as MapOrganisationId),
  name: z.string(),
  sector: z.enum(SECTORS),
  ring: z.enum(MAP_RINGS).nullable(),
  suggested: z.boolean(),
  createdAt: z.iso.datetime(),
});

export const partnershipMapStateParts = {
  mapOrganisations: recordById(mapOrganisationSchema).default({}),
};
