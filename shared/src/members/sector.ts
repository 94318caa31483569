/** The sector a participant speaks for. Cards and results carry the sector, never the person. */
export const SECTORS = ['local_authority', 'third_sector', 'other_public', 'other'] as const;
export type Sector = (typeof SECTORS)[number];
