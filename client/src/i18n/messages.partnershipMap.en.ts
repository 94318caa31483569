import type { MapRing } from '@roundtable/shared/partnershipMap/partnershipMap';

const RING_NAMES: Record<MapRing, string> = { lead: 'Lead partner', core: 'Core partners', wider: 'Wider partners' };
const RING_WORDS: Record<MapRing, string> = { lead: 'the lead ring', core: 'the core ring', wider: 'the wider ring' };
/** A ring's name, or what was given when it is no ring (the catalogue's own test calls every text with samples). */
const ringName = (ring: MapRing) => RING_NAMES[ring] ?? String(ring);
const ringWords = (ring: MapRing) => RING_WORDS[ring] ?? String(ring);

/** The partnership map's text: the facilitators' list view, the phone's suggestions and the gaps (plugged into messagesEn). */
export const partnershipMapMessagesEn = {
  heading: 'Partnership map',
  source: 'Lead, core and wider partners, as the Help through Crisis learning paper describes partnerships.',
  consoleIntro:
    'Who is in our local partnership? The lead partner holds the grant and answers for delivery; core partners have a key or strategic role in delivery; wider partners are engaged more loosely. Place the organisations participants suggest, and add your own.',
  participantIntro: 'Which organisations make up partnership working here? Suggest one, and the facilitators will place it on the map.',
  rings: RING_NAMES,
  ringOption: { lead: 'Lead', core: 'Core', wider: 'Wider' } satisfies Record<MapRing, string>,
  ringCount: (ring: MapRing, n: number) => `${ringName(ring)} (${n})`,
  emptyRing: 'None yet.',
  emptyMap: 'No organisations on the map yet.',
  represented: 'In the room',
  notRepresented: 'Nobody in the room',
  representedRule: 'An organisation is “in the room” when someone here gave it as their organisation (capitals, punctuation and a leading “The” aside).',
  suggestedMark: 'suggested by a participant',

  // Suggesting (phones).
  suggestHeading: 'Suggest an organisation',
  nameLabel: 'Organisation',
  sectorLabel: 'Sector',
  ringLabel: 'Ring',
  suggest: 'Suggest it',
  suggested: (name: string) => `Thank you: “${name}” is waiting for the facilitators.`,
  waitingHeading: 'Waiting to be placed',

  // Facilitators.
  suggestionsHeading: (n: number) => `Suggestions to place (${n})`,
  noSuggestions: 'No suggestions waiting.',
  place: 'Place',
  placeLabel: (name: string) => `Place ${name} on the map`,
  placeRingLabel: (name: string) => `Ring for ${name}`,
  placeSectorLabel: (name: string) => `Sector of ${name}`,
  dismiss: 'Dismiss',
  dismissLabel: (name: string) => `Dismiss the suggestion ${name}`,
  addHeading: 'Add an organisation',
  add: 'Add to the map',
  added: (name: string) => `${name} added to the map.`,
  moveTo: (ring: MapRing) => `To ${ring}`,
  moveLabel: (name: string, ring: MapRing) => `Move ${name} to ${ring}`,
  moved: (name: string, ring: MapRing) => `${name} moved to ${ringWords(ring)}.`,
  edit: 'Edit',
  editLabel: (name: string) => `Edit ${name}`,
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name} from the map`,
  removed: (name: string) => `${name} removed from the map.`,

  // The gaps (MAP6).
  gapsHeading: 'Gaps',
  noGaps: 'No gaps: every expected sector is in the room, every lead and core partner too, and every plan lead’s organisation is on the map.',
  sectorsMissing: 'Sectors with nobody in the room',
  centreNotRepresented: 'Lead and core partners with nobody in the room',
  planLeadsOffMap: 'Plan leads from organisations not on the map',
  planLeadOffMap: (name: string, organisation: string, action = '') => `${name} (${organisation}), a lead of “${action}”`,
};
