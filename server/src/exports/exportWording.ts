import type { Sector } from '@roundtable/shared/members/sector';

/**
 * What every export's words have in common: how text people typed is made printable, how a day and a sector read,
 * how a file is named, and the few phrases more than one document says. Each document's own words are one object in
 * its `<document>Wording.ts` (PROFILE_WORDING, PLAN_WORDING, REVIEW_WORDING, SURVEY_WORDING), which its Markdown, Word,
 * PDF and CSV renderers all read, so the formats of one document say the same things. Exports name sectors in plain
 * words and never a person.
 */

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

const SECTOR_NAMES: Readonly<Record<Sector, string>> = {
  local_authority: 'Council',
  third_sector: 'Third sector',
  other_public: 'Other public body',
  other: 'Other',
};

/** What every page of a Word or PDF file says about the document, besides its content. */
export interface PageWords {
  /** The file's own title and subject (its document properties). */
  title: string;
  subject: string;
  /**
   * The running header: the workshop, what the document is, and for a plan or a review its version or day (the
   * marking a draft carries, in bold red).
   */
  header: { workshop: string; label: string; status?: string };
  /** A draft also has DRAFT across every PDF page. */
  draft: boolean;
}

/** The words more than one document says. */
export const EXPORT_WORDING = {
  sectorNames: SECTOR_NAMES,
  /** Under a plan's and a review's vision. */
  principlesTitle: 'Key principles',
  /** A board or list with no agreed item (a sentence adds its full stop). */
  nothingAgreed: 'Nothing agreed yet',
  /** The feedback survey's headline share, as in the PIP report's tables. */
  helpfulShareTitle: 'Helpful or very helpful',
  generatedText: (doc: { generatedAt: string }) => `Generated on ${dayText(doc.generatedAt)}.`,
  objectiveHeading: (objective: { number: number; text: string }) => `Objective ${objective.number}: ${objective.text}`,
  /** The 404 for an extension a document does not come in: "The review report can be downloaded as .docx, .pdf or .md." */
  downloadableAsText: (noun: string, extensions: readonly string[]): string => {
    const listed = extensions.map((e) => `.${e}`);
    const last = listed.pop() ?? '';
    return `The ${noun} can be downloaded as ${listed.length > 0 ? `${listed.join(', ')} or ${last}` : last}.`;
  },
  /** [CAP3] The 503 while every renderer is busy and the queue is full (with Retry-After in seconds). */
  renderersBusy: (seconds: number) => `Many documents are being made just now. Please try again in ${seconds === 1 ? 'a second' : `${seconds} seconds`}.`,
  /** [CAP4] The 500 when a renderer failed; nothing was changed, and asking again renders it afresh. */
  renderFailed: 'This document could not be made just now. Please try again in a moment.',
} as const;
