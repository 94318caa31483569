import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PartnershipProfile, ProfileItem } from '@roundtable/shared/profile/profile';
import {
  dotsText,
  ITEM_COLUMNS,
  NOTHING_AGREED,
  objectiveRaisedByText,
  OBJECTIVES_QUESTION,
  OBJECTIVES_TITLE,
  organisationsText,
  printableProfile,
  profileAgreedLine,
  profileSubtitle,
  raisedByText,
  takingPartText,
} from './exportWording';

/**
 * PDFs are laid out by pdfmake with the Roboto fonts it ships (Latin, Greek and Cyrillic, so names such as
 * "Łódź" print as typed). Rendering reads only those font files and fetches nothing from the network.
 */
const FONT_DIR = dirname(createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
const FONTS = {
  Roboto: {
    normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
};

const INK = '#1f2933';
const MUTED = '#5f6b76';
const HEADER_FILL = '#e8eef4';
const RULE = '#bfc5cc';
const MARGIN_X = 56;
const FONT_SIZE_PT = 10;
const LINE_PT = FONT_SIZE_PT * 1.2;
const CELL_PADDING_PT = 5;

/*
 * What the start of a section needs below its heading's top, so the heading never sits alone at the foot of a
 * page: the heading and question, then the table's header row and first row (or the first objective, or "Nothing
 * agreed yet"). Lines are counted from characters, generously (Roboto at 10 pt sets about 60 in the item column).
 */
const HEADING_AND_QUESTION_PT = 15 * 1.2 + 2 + LINE_PT + 6;
const ROW_PT = 2 * CELL_PADDING_PT + 1;
const ITEM_CHARS_PER_LINE = 48;
const RAISED_BY_CHARS_PER_LINE = 22;
const OBJECTIVE_CHARS_PER_LINE = 80;
const SAFETY_PT = 12;

function sectionStartPt(firstItem: ProfileItem | undefined, as: 'table' | 'list'): number {
  if (!firstItem) return HEADING_AND_QUESTION_PT + LINE_PT + SAFETY_PT;
  const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));
  if (as === 'list') return HEADING_AND_QUESTION_PT + lines(firstItem.wording, OBJECTIVE_CHARS_PER_LINE) * LINE_PT + SAFETY_PT;
  const firstRow = Math.max(lines(firstItem.wording, ITEM_CHARS_PER_LINE), lines(raisedByText(firstItem.sectors), RAISED_BY_CHARS_PER_LINE)) * LINE_PT + ROW_PT;
  return HEADING_AND_QUESTION_PT + LINE_PT + ROW_PT + firstRow + SAFETY_PT;
}

/** pdfmake is configured on its one module instance; the settings are the same for every document, so setting them again is harmless. */
function configuredPdfmake(): typeof pdfmake {
  pdfmake.setFonts(FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR + sep));
  return pdfmake;
}

function itemTable(items: readonly ProfileItem[]): Content {
  const header: TableCell[] = ITEM_COLUMNS.map((text, i) => ({ text, style: 'tableHeader', alignment: i === 2 ? 'right' : 'left' }));
  const rows: TableCell[][] = items.map((item) => [item.wording, { text: raisedByText(item.sectors), color: MUTED }, { text: dotsText(item.votes), alignment: 'right' }]);
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: ['*', 140, 36], body: [header, ...rows] },
    layout: {
      fillColor: (row) => (row === 0 ? HEADER_FILL : null),
      hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.4),
      hLineColor: () => RULE,
      vLineWidth: () => 0,
      paddingTop: () => CELL_PADDING_PT,
      paddingBottom: () => CELL_PADDING_PT,
      paddingLeft: () => 6,
      paddingRight: () => 6,
    },
  };
}

/** A section; its heading's id is `section-<n>`, under which `startRoom` keeps the room its start needs. */
function section(id: string, title: string, question: string, body: Content): Content[] {
  return [
    { text: title, style: 'heading', headlineLevel: 1, id },
    { text: question, style: 'question' },
    body,
  ];
}

/** A new node each time: pdfmake writes its layout into the nodes it is given. */
function nothingAgreed(): Content {
  return { text: NOTHING_AGREED, style: 'nothing' };
}

function objectiveList(items: readonly ProfileItem[]): Content {
  if (items.length === 0) return nothingAgreed();
  return { ol: items.map((item) => ({ style: 'objective', text: [item.wording, { text: objectiveRaisedByText(item.sectors), color: MUTED }] })), margin: [0, 2, 0, 0] };
}

function profilePdfDefinition(profile: PartnershipProfile): TDocumentDefinitions {
  const organisations = organisationsText(profile);
  const startRoom = new Map<string, number>([
    ...profile.dimensions.map((d, i): [string, number] => [`section-${i}`, sectionStartPt(d.items[0], 'table')]),
    [`section-${profile.dimensions.length}`, sectionStartPt(profile.objectives[0], 'list')],
  ]);
  return {
    info: { title: `${profile.title}: partnership profile`, subject: profileSubtitle(profile), creator: 'Roundtable', producer: 'Roundtable' },
    language: 'en-GB',
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 64, MARGIN_X, 56],
    header: () => ({
      columns: [
        { text: profile.title, bold: true },
        { text: 'Partnership profile', alignment: 'right' },
      ],
      fontSize: 8,
      color: MUTED,
      margin: [MARGIN_X, 28, MARGIN_X, 0],
    }),
    footer: (currentPage, pageCount) => ({
      columns: [{ text: `${profile.title} · ${profile.area}` }, { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right' }],
      fontSize: 8,
      color: MUTED,
      margin: [MARGIN_X, 24, MARGIN_X, 0],
    }),
    // A section's heading starts the next page when the room left below it cannot hold the start of its body.
    // (pdfmake reports a table's first rows on the heading's page even when it then moves them over, so the room
    // is estimated rather than read from the following nodes.)
    pageBreakBefore: (node) => {
      const needed = node.headlineLevel === 1 && node.id ? startRoom.get(node.id) : undefined;
      if (needed === undefined) return false;
      const { verticalRatio, pageInnerHeight } = node.startPosition;
      return (1 - verticalRatio) * pageInnerHeight < needed;
    },
    content: [
      { text: profile.title, style: 'title' },
      { text: profileSubtitle(profile), style: 'subtitle' },
      { text: profileAgreedLine(profile), margin: [0, 0, 0, 4] },
      { text: takingPartText(profile), color: MUTED },
      ...(organisations ? [{ text: organisations, color: MUTED }] : []),
      ...profile.dimensions.flatMap((d, i) => section(`section-${i}`, d.title, d.question, d.items.length === 0 ? nothingAgreed() : itemTable(d.items))),
      ...section(`section-${profile.dimensions.length}`, OBJECTIVES_TITLE, OBJECTIVES_QUESTION, objectiveList(profile.objectives)),
    ],
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 13, color: MUTED, margin: [0, 0, 0, 12] },
      heading: { fontSize: 15, bold: true, margin: [0, 20, 0, 2] },
      question: { italics: true, color: MUTED, margin: [0, 0, 0, 6] },
      tableHeader: { bold: true },
      objective: { margin: [0, 0, 0, 2] },
      nothing: { italics: true, color: MUTED },
    },
    defaultStyle: { font: 'Roboto', fontSize: FONT_SIZE_PT, color: INK, lineHeight: 1.2 },
  };
}

/** The partnership profile as an A4 PDF: title, a heading and table per dimension, the workshop's name and page numbers on every page. */
export function profilePdf(typed: PartnershipProfile): Promise<Buffer> {
  return configuredPdfmake().createPdf(profilePdfDefinition(printableProfile(typed))).getBuffer();
}
