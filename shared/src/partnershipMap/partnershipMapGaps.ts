import { hasArrived } from '../members/member';
import type { Sector } from '../members/sector';
import type { WorkshopState } from '../workshop/workshop';
import { isRepresented, normaliseOrganisationName, organisationsInRoom, placedOrganisations, type MapOrganisation } from './partnershipMap';

/*
 * [MAP6] The gaps the map shows: the partnership's sectors with nobody in the room, the organisations at its centre
 * (the lead and core rings) with nobody in the room, and the action plan's leads whose organisations are not on the map.
 */

/** The sectors a cross-sector partnership expects at the table; "other" is a gap only when the map holds one of it. */
/** An action's two lead slots (plan/plan.ts LEAD_SLOTS, named here so that the map does not import the plan, whose document imports the profile, which prints the map). */
const LEAD_SLOTS = ['councilLead', 'thirdSectorLead'] as const satisfies readonly (keyof WorkshopState['actions'][keyof WorkshopState['actions']])[];
type LeadSlot = (typeof LEAD_SLOTS)[number];

export const EXPECTED_SECTORS: readonly Sector[] = ['local_authority', 'third_sector', 'other_public'];

export interface PlanLeadOffMap {
  actionId: string;
  actionText: string;
  slot: LeadSlot;
  name: string;
  organisation: string;
}

export interface MapGaps {
  /** Expected sectors, and any sector of a placed organisation, that no member in the room speaks for. */
  sectorsMissing: Sector[];
  /** Lead- and core-ring organisations with nobody from them in the room. */
  centreNotRepresented: MapOrganisation[];
  /** Leads of the plan's actions whose organisation is on no placed organisation of the map. */
  planLeadsOffMap: PlanLeadOffMap[];
}

type MapInput = Pick<WorkshopState, 'members' | 'mapOrganisations' | 'actions'>;

/** [MAP6] The sectors of the room: those of members who have arrived and were not removed. */
export function sectorsInRoom(state: Pick<WorkshopState, 'members'>): Set<Sector> {
  const sectors = new Set<Sector>();
  for (const m of Object.values(state.members)) if (m.removedAt === null && hasArrived(m) && m.sector !== null) sectors.add(m.sector);
  return sectors;
}

export function mapGaps(state: MapInput): MapGaps {
  const placed = placedOrganisations(state);
  const inRoom = organisationsInRoom(state);
  const present = sectorsInRoom(state);
  const wanted = new Set<Sector>(EXPECTED_SECTORS);
  for (const o of placed) wanted.add(o.sector);
  const order: Sector[] = ['local_authority', 'third_sector', 'other_public', 'other'];
  const sectorsMissing = order.filter((s) => wanted.has(s) && !present.has(s));
  const centreNotRepresented = placed.filter((o) => (o.ring === 'lead' || o.ring === 'core') && !isRepresented(o, inRoom));
  const onMap = new Set(placed.map((o) => normaliseOrganisationName(o.name)));
  const planLeadsOffMap: PlanLeadOffMap[] = [];
  const actions = Object.values(state.actions).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  for (const action of actions) {
    for (const slot of LEAD_SLOTS) {
      const lead = action[slot];
      if (!lead) continue;
      const person = lead.kind === 'member' ? state.members[lead.memberId] : lead;
      if (!person) continue;
      const key = normaliseOrganisationName(person.organisation);
      if (!key || onMap.has(key)) continue;
      planLeadsOffMap.push({ actionId: action.id, actionText: action.text, slot, name: person.name, organisation: person.organisation });
    }
  }
  return { sectorsMissing, centreNotRepresented, planLeadsOffMap };
}
