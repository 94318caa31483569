import type { MapRing } from '@roundtable/shared/partnershipMap/partnershipMap';
import type { PartnershipMapDocument } from '@roundtable/shared/partnershipMap/partnershipMapDocument';
import { EXPORT_WORDING, fileSlug, printable } from './exportWording';

/**
 * The words of the partnership map in the profile's documents and in its own CSV (MAP8). The CSV's column names are its
 * contract with spreadsheets: name, sector, ring, represented.
 */
export const PARTNERSHIP_MAP_WORDING = {
  title: 'Partnership map',
  source: 'Lead, core and wider partners, as the Help through Crisis learning paper describes partnerships; “in the room” means someone at the workshop gave the organisation as theirs.',
  rings: { lead: 'Lead partner', core: 'Core partners', wider: 'Wider partners' } satisfies Record<MapRing, string>,
  ringWords: { lead: 'lead', core: 'core', wider: 'wider' } satisfies Record<MapRing, string>,
  columns: ['Organisation', 'Sector', 'In the room'] as const,
  csvColumns: ['name', 'sector', 'ring', 'represented'] as const,
  pictureDescription: 'The partnership map as three rings, lead partner at the centre, core partners around it and wider partners outside; each organisation a mark in its ring, filled when someone from it is in the room. The tables below list the same.',
  keyRepresented: 'Someone from it is in the room',
  keyNotRepresented: 'Nobody from it is in the room',
  yes: 'Yes',
  no: 'No',
  emptyRing: 'None.',
  gapsTitle: 'Gaps',
  noGaps: 'No gaps: every expected sector and every lead and core partner is in the room, and every plan lead’s organisation is on the map.',
  sectorsMissing: (names: string[]) => `Sectors with nobody in the room: ${names.join(', ')}.`,
  centreNotRepresented: (names: string[]) => `Lead and core partners with nobody in the room: ${names.join(', ')}.`,
  planLeadsOffMap: (leads: string[]) => `Plan leads from organisations not on the map: ${leads.join('; ')}.`,
  planLead: (l: { name: string; organisation: string; action: string }) => `${l.name} (${l.organisation}), “${l.action}”`,
  noun: 'partnership map',
  fileName: (doc: { title: string }, extension: string) => `${fileSlug(doc.title)}-partnership-map.${extension}`,
  empty: 'The partnership map has no organisations placed yet.',
} as const;

/** The gaps' sentences, the names people typed made printable. */
export function mapGapLines(doc: PartnershipMapDocument): string[] {
  const w = PARTNERSHIP_MAP_WORDING;
  const lines: string[] = [];
  if (doc.sectorsMissing.length > 0) lines.push(w.sectorsMissing(doc.sectorsMissing.map((s) => EXPORT_WORDING.sectorNames[s])));
  if (doc.centreNotRepresented.length > 0) lines.push(w.centreNotRepresented(doc.centreNotRepresented.map(printable)));
  if (doc.planLeadsOffMap.length > 0) lines.push(w.planLeadsOffMap(doc.planLeadsOffMap.map((l) => w.planLead({ name: printable(l.name), organisation: printable(l.organisation), action: printable(l.action) }))));
  return lines.length > 0 ? lines : [w.noGaps];
}

/** One organisation's row in the documents' tables: name, sector, in the room. */
export const mapRow = (o: { name: string; sector: keyof typeof EXPORT_WORDING.sectorNames; represented: boolean }) => [printable(o.name), EXPORT_WORDING.sectorNames[o.sector], o.represented ? PARTNERSHIP_MAP_WORDING.yes : PARTNERSHIP_MAP_WORDING.no];
