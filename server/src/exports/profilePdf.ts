import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PartnershipProfile, ProfileItem } from '@roundtable/shared/profile/profile';
import { printableProfile, PROFILE_WORDING as words } from './profileWording';
import { healthCheckPdf } from './healthCheckPdf';
import { partnershipMapPdf } from './partnershipMapPdf';
import { headingPt, type HeadingStyle, LINE_PT, linesOf, MUTED, mutedLine, pdfPage, renderPdf, ROW_PT, SAFETY_PT, TABLE_LAYOUT } from './pdfLayout';

/*
 * What the start of a section needs below its heading's top, so the heading never sits alone at the foot of a
 * page: the heading and question, then the table's header row and first row (or the first objective, or "Nothing
 * agreed yet"). Lines are counted from characters, generously (Roboto at 10 pt sets about 60 in the item column).
 */
const QUESTION_PT = LINE_PT + 6;
const ITEM_CHARS_PER_LINE = 48;
const RAISED_BY_CHARS_PER_LINE = 22;
const OBJECTIVE_CHARS_PER_LINE = 80;

function sectionStartPt(headingStyle: HeadingStyle, firstItem: ProfileItem | undefined, as: 'table' | 'list'): number {
  const top = headingPt(headingStyle) + QUESTION_PT;
  if (!firstItem) return top + LINE_PT + SAFETY_PT;
  if (as === 'list') return top + linesOf(firstItem.wording, OBJECTIVE_CHARS_PER_LINE) * LINE_PT + SAFETY_PT;
  const firstRow = Math.max(linesOf(firstItem.wording, ITEM_CHARS_PER_LINE), linesOf(words.raisedByText(firstItem.sectors), RAISED_BY_CHARS_PER_LINE)) * LINE_PT + ROW_PT;
  return top + LINE_PT + ROW_PT + firstRow + SAFETY_PT;
}

function itemTable(items: readonly ProfileItem[]): Content {
  const header: TableCell[] = words.itemColumns.map((text, i) => ({ text, style: 'tableHeader', alignment: i === 2 ? 'right' : 'left' }));
  const rows: TableCell[][] = items.map((item) => [item.wording, { text: words.raisedByText(item.sectors), color: MUTED }, { text: words.dotsText(item.votes), alignment: 'right' }]);
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: ['*', 140, 36], body: [header, ...rows] },
    layout: TABLE_LAYOUT,
  };
}

function objectiveList(items: readonly ProfileItem[], noObjectives: string): Content {
  if (items.length === 0) return mutedLine(noObjectives);
  return { ol: items.map((item) => ({ style: 'objective', text: [item.wording, { text: words.objectiveRaisedByText(item.sectors), color: MUTED }] })), margin: [0, 2, 0, 0] };
}

export interface PdfSections {
  content: Content[];
  /** The room each section's heading needs below it (see `headingsKeepTheirStart`), by heading id. */
  startRoom: Map<string, number>;
}

/**
 * The profile's sections, four dimensions and the objectives, each under a heading of `headingStyle` whose id is
 * `<idPrefix><n>`: the body of the profile's own PDF, and the action plan's appendix (which says what stands in for
 * objectives none agreed).
 */
export function profilePdfSections(typed: PartnershipProfile, headingStyle: HeadingStyle, idPrefix: string, noObjectives: string = words.nothingAgreed): PdfSections {
  const profile = printableProfile(typed);
  const startRoom = new Map<string, number>();
  const section = (n: number, title: string, question: string, body: Content, firstItem: ProfileItem | undefined, as: 'table' | 'list'): Content[] => {
    const id = `${idPrefix}${n}`;
    startRoom.set(id, sectionStartPt(headingStyle, firstItem, as));
    return [{ text: title, style: headingStyle, headlineLevel: 1, id }, mutedLine(question, 'question'), body];
  };
  const content = [
    ...profile.dimensions.flatMap((d, i) => section(i, d.title, d.question, d.items.length === 0 ? mutedLine(words.nothingAgreed) : itemTable(d.items), d.items[0], 'table')),
    ...section(profile.dimensions.length, words.objectivesTitle, words.objectivesQuestion, objectiveList(profile.objectives, noObjectives), profile.objectives[0], 'list'),
  ];
  return { content, startRoom };
}

/** Who the profile speaks for: the lines under its title. */
export function profilePdfIntro(typed: PartnershipProfile): Content[] {
  const profile = printableProfile(typed);
  const organisations = words.organisationsText(profile);
  return [
    { text: words.agreedLine(profile), margin: [0, 0, 0, 4] },
    { text: words.takingPartText(profile), color: MUTED },
    ...(organisations ? [{ text: organisations, color: MUTED }] : []),
  ];
}

function profilePdfDefinition(typed: PartnershipProfile): TDocumentDefinitions {
  const profile = printableProfile(typed);
  const sections = profilePdfSections(profile, 'heading', 'section-');
  return pdfPage({
    ...words.pages(profile),
    footer: `${profile.title} · ${profile.area}`,
    startRoom: sections.startRoom,
    content: [{ text: profile.title, style: 'title' }, { text: words.subtitle(profile), style: 'subtitle' }, ...profilePdfIntro(profile), ...sections.content, ...healthCheckPdf(profile.healthCheck, false), ...partnershipMapPdf(profile.partnershipMap)],
  });
}

/** The partnership profile as an A4 PDF: title, a heading and table per dimension, the workshop's name and page numbers on every page. */
export function profilePdf(typed: PartnershipProfile): Promise<Buffer> {
  return renderPdf(profilePdfDefinition(typed));
}
