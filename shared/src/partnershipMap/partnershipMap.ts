import type { Sector } from '../members/sector';
import type { WorkshopState } from '../workshop/workshop';

/*
 * The partnership map (MAP1-MAP9): the organisations of the local partnership landscape, each in one of three rings
 * as the HtC learning paper describes partnerships — the lead partner (who holds the grant and answers for delivery),
 * core partners (with a key or strategic role in delivery) and wider partners (engaged more loosely) — with its sector.
 * Participants suggest organisations; a suggestion has no ring until a facilitator places it (or dismisses it).
 */

export type MapOrganisationId = string & { readonly __brand: 'MapOrganisationId' };

/** The rings, from the centre out. */
export const MAP_RINGS = ['lead', 'core', 'wider'] as const;
export type MapRing = (typeof MAP_RINGS)[number];

export interface MapOrganisation {
  id: MapOrganisationId;
  name: string;
  sector: Sector;
  /** null while it is a participant's suggestion waiting for the facilitators. */
  ring: MapRing | null;
  /** Whether a participant suggested it (a facilitator's own addition is placed at once). */
  suggested: boolean;
  createdAt: string;
}

/**
 * [MAP2] The form of an organisation's name that two spellings of it share: case and accents folded, "&" read as
 * "and", every run of anything but letters and digits one space, and a leading "the" dropped — so "The Darlington
 * CVS", "darlington cvs" and "Darlington C.V.S." are one organisation ("C.V.S." becomes "c v s", which is why dots
 * between letters are dropped before the rest).
 */
export function normaliseOrganisationName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Placed organisations, ring by ring from the centre, then by name. */
export function placedOrganisations(state: Pick<WorkshopState, 'mapOrganisations'>): MapOrganisation[] {
  return Object.values(state.mapOrganisations)
    .filter((o) => o.ring !== null)
    .sort((a, b) => MAP_RINGS.indexOf(a.ring!) - MAP_RINGS.indexOf(b.ring!) || a.name.localeCompare(b.name));
}

/** Participants' suggestions waiting for the facilitators, oldest first. */
export function pendingSuggestions(state: Pick<WorkshopState, 'mapOrganisations'>): MapOrganisation[] {
  return Object.values(state.mapOrganisations)
    .filter((o) => o.ring === null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** [MAP2] The normalised names of the organisations of the members in the room (not removed, and arrived). */
export function organisationsInRoom(state: Pick<WorkshopState, 'members'>): Set<string> {
  const names = new Set<string>();
  for (const m of Object.values(state.members)) {
    if (m.removedAt !== null || m.joinedAt === null) continue;
    const key = normaliseOrganisationName(m.organisation);
    if (key) names.add(key);
  }
  return names;
}

/** [MAP2] Whether someone from the organisation is in the room. */
export function isRepresented(organisation: Pick<MapOrganisation, 'name'>, inRoom: Set<string>): boolean {
  return inRoom.has(normaliseOrganisationName(organisation.name));
}
