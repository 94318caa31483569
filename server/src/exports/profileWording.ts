import type { PartnershipProfile, ProfileItem } from '@roundtable/shared/profile/profile';
import { EXPORT_WORDING, fileSlug, printable, type PageWords } from './exportWording';
import { SECTORS, type Sector } from '@roundtable/shared/members/sector';

const { sectorNames } = EXPORT_WORDING;

function subtitle(profile: PartnershipProfile): string {
  return `Partnership profile · ${profile.area}`;
}

/** Who raised an item: its sectors, or the whole group for an item only a facilitator scribed. */
function raisedByText(sectors: readonly Sector[]): string {
  return sectors.length === 0 ? 'Whole group' : sectors.map((s) => sectorNames[s]).join(', ');
}

/**
 * The words of the partnership profile's exports (PRO2), so its Markdown, Word and PDF files — and the action plan's
 * appendix, which sets the same sections — say the same things.
 */
export const PROFILE_WORDING = {
  noun: 'profile',
  subtitle,
  pages: (profile: PartnershipProfile): PageWords => ({
    title: `${profile.title}: partnership profile`,
    subject: subtitle(profile),
    header: { workshop: profile.title, label: 'Partnership profile' },
    draft: false,
  }),
  fileName: (profile: PartnershipProfile, extension: string) => `${fileSlug(profile.title)}-partnership-profile.${extension}`,

  /** Items a table or list shows, the same in every format. */
  itemColumns: ['Item', 'Raised by', 'Dots'] as const,
  nothingAgreed: EXPORT_WORDING.nothingAgreed,
  objectivesTitle: 'Improvement objectives',
  objectivesQuestion: 'The partnership improvement objectives agreed so far; they carry forward into the action plan.',

  agreedLine: (profile: PartnershipProfile) => `This partnership profile was agreed by the group. ${EXPORT_WORDING.generatedText(profile)}`,
  /** "5 participants: 2 Council, 3 Third sector" (sectors with nobody left out). */
  takingPartText: (profile: PartnershipProfile): string => {
    const total = SECTORS.reduce((n, s) => n + profile.participantsBySector[s], 0);
    if (total === 0) return 'Taking part: no participants yet.';
    const bySector = SECTORS.filter((s) => profile.participantsBySector[s] > 0).map((s) => `${profile.participantsBySector[s]} ${sectorNames[s]}`);
    return `Taking part: ${total} participant${total === 1 ? '' : 's'} (${bySector.join(', ')}).`;
  },
  organisationsText: (profile: PartnershipProfile) => (profile.organisations.length === 0 ? null : `Organisations: ${profile.organisations.join(', ')}`),
  raisedByText,
  /** After an objective: who raised it, or nothing when it was scribed for the whole group. */
  objectiveRaisedByText: (sectors: readonly Sector[]) => (sectors.length === 0 ? '' : ` (raised by: ${raisedByText(sectors)})`),
  /** An item's dots, or a dash when its board published no vote. */
  dotsText: (votes: number | null) => (votes === null ? '–' : String(votes)),
} as const;

function printableItem(item: ProfileItem): ProfileItem {
  return { ...item, wording: printable(item.wording) };
}

/** Every text of the profile that people typed, made printable; what each renderer renders. */
export function printableProfile(profile: PartnershipProfile): PartnershipProfile {
  return {
    ...profile,
    title: printable(profile.title),
    area: printable(profile.area),
    dimensions: profile.dimensions.map((d) => ({ ...d, items: d.items.map(printableItem) })),
    objectives: profile.objectives.map(printableItem),
    organisations: profile.organisations.map(printable),
  };
}
