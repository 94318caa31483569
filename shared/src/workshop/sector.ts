import { z } from 'zod';

/** The sector a participant speaks for. Cards and results carry the sector, never the person. */
export const SECTORS = ['local_authority', 'third_sector', 'other_public', 'other'] as const;
export type Sector = (typeof SECTORS)[number];
export const sectorSchema = z.enum(SECTORS, { error: 'Choose a sector: local_authority, third_sector, other_public or other.' });
