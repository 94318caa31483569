import type { Sector } from '../members/sector';
import type { WorkshopState } from '../workshop/workshop';
import { isRepresented, MAP_RINGS, organisationsInRoom, placedOrganisations, type MapRing } from './partnershipMap';
import { mapGaps } from './partnershipMapGaps';

/**
 * [MAP8] The partnership map as the documents print it: its placed organisations ring by ring (name, sector, whether
 * anyone from it is in the room) and its gaps. Suggestions waiting to be placed are not part of it; no person's name
 * but a plan lead's, which the plan prints too.
 */
export interface PartnershipMapDocumentOrganisation {
  name: string;
  sector: Sector;
  ring: MapRing;
  represented: boolean;
}

export interface PartnershipMapDocument {
  rings: { ring: MapRing; organisations: PartnershipMapDocumentOrganisation[] }[];
  sectorsMissing: Sector[];
  centreNotRepresented: string[];
  planLeadsOffMap: { name: string; organisation: string; action: string }[];
}

/** The map for the documents, or null while it has no placed organisation. */
export function partnershipMapDocument(state: Pick<WorkshopState, 'members' | 'mapOrganisations' | 'actions'>): PartnershipMapDocument | null {
  const placed = placedOrganisations(state);
  if (placed.length === 0) return null;
  const inRoom = organisationsInRoom(state);
  const gaps = mapGaps(state);
  return {
    rings: MAP_RINGS.map((ring) => ({
      ring,
      organisations: placed.filter((o) => o.ring === ring).map((o) => ({ name: o.name, sector: o.sector, ring, represented: isRepresented(o, inRoom) })),
    })),
    sectorsMissing: gaps.sectorsMissing,
    centreNotRepresented: gaps.centreNotRepresented.map((o) => o.name),
    planLeadsOffMap: gaps.planLeadsOffMap.map((l) => ({ name: l.name, organisation: l.organisation, action: l.actionText })),
  };
}
