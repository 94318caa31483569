import type { PartnershipProfile, ProfileItem } from '@roundtable/shared/profile/profile';
import { SECTORS, type Sector } from '@roundtable/shared/workshop/sector';

/**
 * The words every export uses, so the Markdown, Word and PDF files of one document say the same things.
 * Exports name sectors in plain words and never a person.
 */

export const SECTOR_NAMES: Readonly<Record<Sector, string>> = {
  local_authority: 'Council',
  third_sector: 'Third sector',
  other_public: 'Other public body',
  other: 'Other',
};

/**
 * Text people typed, as one printable line: line breaks become spaces and control characters (which a Word
 * document's XML cannot hold) are dropped.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Text people typed that may run to several lines (a vision, an action's notes): each line made printable, blank
 * lines dropped, the lines joined by "\n" for a renderer to set as paragraphs or line breaks.
 */
export function printableLines(text: string): string {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map(printable)
    .filter(Boolean)
    .join('\n');
}

function printableItem(item: ProfileItem): ProfileItem {
  return { ...item, wording: printable(item.wording) };
}

/** Every text of the profile that people typed, made printable; what each export renders. */
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

/** Who raised an item: its sectors, or the whole group for an item only a facilitator scribed. */
export function raisedByText(sectors: readonly Sector[]): string {
  return sectors.length === 0 ? 'Whole group' : sectors.map((s) => SECTOR_NAMES[s]).join(', ');
}

/** After an objective: who raised it, or nothing when it was scribed for the whole group. */
export function objectiveRaisedByText(sectors: readonly Sector[]): string {
  return sectors.length === 0 ? '' : ` (raised by: ${raisedByText(sectors)})`;
}

/** An item's dots, or a dash when its board published no vote. */
export function dotsText(votes: number | null): string {
  return votes === null ? '–' : String(votes);
}

/** The PIP runs in England: dates read as there ("12 November 2026"), whatever the server's time zone. */
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

export function dayText(iso: string): string {
  return DAY_FORMAT.format(new Date(iso));
}

/** Letters that do not decompose into a plain letter and an accent. */
const LETTERS_WITHOUT_ACCENTS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th' };

/** A file name part from a title: ASCII letters and digits joined by dashes ("St Helens PIP" → "st-helens-pip"). */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łøæœßđðþ]/g, (c) => LETTERS_WITHOUT_ACCENTS[c] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'workshop';
}

/** Items a table or list shows, the same in every format. */
export const ITEM_COLUMNS = ['Item', 'Raised by', 'Dots'] as const;

export const NOTHING_AGREED = 'Nothing agreed yet';

export const OBJECTIVES_TITLE = 'Improvement objectives';
export const OBJECTIVES_QUESTION = 'The partnership improvement objectives agreed so far; they carry forward into the action plan.';

export function profileSubtitle(profile: PartnershipProfile): string {
  return `Partnership profile · ${profile.area}`;
}

export function profileAgreedLine(profile: PartnershipProfile): string {
  return `This partnership profile was agreed by the group. Generated on ${dayText(profile.generatedAt)}.`;
}

/** "5 participants: 2 Council, 3 Third sector" (sectors with nobody left out). */
export function takingPartText(profile: PartnershipProfile): string {
  const total = SECTORS.reduce((n, s) => n + profile.participantsBySector[s], 0);
  if (total === 0) return 'Taking part: no participants yet.';
  const bySector = SECTORS.filter((s) => profile.participantsBySector[s] > 0).map((s) => `${profile.participantsBySector[s]} ${SECTOR_NAMES[s]}`);
  return `Taking part: ${total} participant${total === 1 ? '' : 's'} (${bySector.join(', ')}).`;
}

export function organisationsText(profile: PartnershipProfile): string | null {
  return profile.organisations.length === 0 ? null : `Organisations: ${profile.organisations.join(', ')}`;
}
