import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { Column, Content, CustomTableLayout, Node, StyleDictionary, Style, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PageWords } from './exportWording';

/**
 * What every PDF export shares: the fonts, the page, the colours and type sizes, the look of a table, and the rule
 * that keeps a heading with the start of what follows it.
 *
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

export const INK = '#1f2933';
export const MUTED = '#5f6b76';
export const DRAFT_RED = '#b42318';
export const HEADER_FILL = '#e8eef4';
const RULE = '#bfc5cc';
export const MARGIN_X = 56;
/** A4 is 595.28 pt wide: what is left between the margins. */
export const TEXT_WIDTH_PT = 595.28 - 2 * MARGIN_X;
export const FONT_SIZE_PT = 10;
export const LINE_PT = FONT_SIZE_PT * 1.2;
export const CELL_PADDING_PT = 5;
export const CELL_PADDING_X_PT = 6;
/** A table row's height besides its lines: padding above and below, and the rule. */
export const ROW_PT = 2 * CELL_PADDING_PT + 1;
/** Added to every estimate of the room a section's start needs, for what the estimate misses. */
export const SAFETY_PT = 12;

/** Heading styles, with the margins the estimate of a section's start needs to know. */
export const HEADINGS = {
  heading: { fontSize: 15, marginTopPt: 20, marginBottomPt: 2 },
  subheading: { fontSize: 12, marginTopPt: 14, marginBottomPt: 4 },
} as const;
export type HeadingStyle = keyof typeof HEADINGS;

export const STYLES: StyleDictionary = {
  title: { fontSize: 22, bold: true, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 13, color: MUTED, margin: [0, 0, 0, 12] },
  heading: { fontSize: HEADINGS.heading.fontSize, bold: true, margin: [0, HEADINGS.heading.marginTopPt, 0, HEADINGS.heading.marginBottomPt] },
  subheading: { fontSize: HEADINGS.subheading.fontSize, bold: true, margin: [0, HEADINGS.subheading.marginTopPt, 0, HEADINGS.subheading.marginBottomPt] },
  question: { italics: true, color: MUTED, margin: [0, 0, 0, 6] },
  tableHeader: { bold: true },
  objective: { margin: [0, 0, 0, 2] },
  nothing: { italics: true, color: MUTED },
};

export const DEFAULT_STYLE: Style = { font: 'Roboto', fontSize: FONT_SIZE_PT, color: INK, lineHeight: 1.2 };

/** Lines a text takes at a given number of characters a line, at least one (estimates err towards more). */
export function linesOf(text: string, charsPerLine: number): number {
  return Math.max(1, Math.ceil(text.length / charsPerLine));
}

/**
 * The height a heading of a style takes from its top (pdfmake reports a node's position below its top margin) to
 * what follows it, when its text takes `lines` lines.
 */
export function headingPt(style: HeadingStyle, lines = 1): number {
  const h = HEADINGS[style];
  return lines * h.fontSize * 1.2 + h.marginBottomPt;
}

/** Tables of every export: a shaded header row, light rules between rows, no vertical lines. */
export const TABLE_LAYOUT: CustomTableLayout = {
  fillColor: (row) => (row === 0 ? HEADER_FILL : null),
  hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.4),
  hLineColor: () => RULE,
  vLineWidth: () => 0,
  paddingTop: () => CELL_PADDING_PT,
  paddingBottom: () => CELL_PADDING_PT,
  paddingLeft: () => CELL_PADDING_X_PT,
  paddingRight: () => CELL_PADDING_X_PT,
};

/**
 * A page break rule: a heading whose id is in `startRoom` starts the next page when the room left below it cannot
 * hold the start of its section (the value, in points). pdfmake reports a table's first rows on the heading's page
 * even when it then moves them over, so the room is estimated rather than read from the following nodes.
 */
export function headingsKeepTheirStart(startRoom: ReadonlyMap<string, number>): (node: Node) => boolean {
  return (node) => {
    const needed = node.headlineLevel !== undefined && node.id ? startRoom.get(node.id) : undefined;
    if (needed === undefined) return false;
    const { verticalRatio, pageInnerHeight } = node.startPosition;
    // A start estimated taller than half a page is asked for as half a page: on a fresh page it always fits, so
    // the heading is never pushed from page to page.
    return (1 - verticalRatio) * pageInnerHeight < Math.min(needed, pageInnerHeight / 2);
  };
}

/** A new node each time: pdfmake writes its layout into the nodes it is given. */
export function mutedLine(text: string, style: 'nothing' | 'question' = 'nothing'): Content {
  return { text, style };
}

/** pdfmake is configured on its one module instance; the settings are the same for every document, so setting them again is harmless. */
function configuredPdfmake(): typeof pdfmake {
  pdfmake.setFonts(FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR + sep));
  return pdfmake;
}

export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return configuredPdfmake().createPdf(definition).getBuffer();
}

/** A line of bold red text in a red box, under a document's title: how a draft says it is not agreed. */
function draftBox(text: string, fontSize: number): Content {
  return {
    table: { widths: ['*'], body: [[{ text, bold: true, fontSize, color: DRAFT_RED }]] },
    layout: {
      hLineWidth: () => 1.5,
      vLineWidth: () => 1.5,
      hLineColor: () => DRAFT_RED,
      vLineColor: () => DRAFT_RED,
      paddingTop: () => CELL_PADDING_PT + 1,
      paddingBottom: () => CELL_PADDING_PT + 1,
      paddingLeft: () => 8,
      paddingRight: () => 8,
    },
    margin: [0, 0, 0, 10],
  };
}

/** The line under a document's title that says what it is as of: bold, or for a draft in a red box at `draftFontSize`. */
export function statusBlock(text: string, draft: boolean, draftFontSize: number): Content {
  return draft ? draftBox(text, draftFontSize) : { text, bold: true, fontSize: 12, margin: [0, 0, 0, 8] };
}

/**
 * What a document's pages carry besides its content: above each, the workshop in bold and what the document is (with a
 * status, the label centred and the status on the right); below, the footer and "Page X of Y".
 */
export interface PdfPageFrame extends PageWords {
  footer: string;
  /** The room each heading needs below it, by id (headingsKeepTheirStart). */
  startRoom: ReadonlyMap<string, number>;
  content: Content[];
}

function headerColumns({ workshop, label, status }: PageWords['header'], draft: boolean): Column[] {
  if (status === undefined) return [{ text: workshop, bold: true }, { text: label, alignment: 'right' }];
  return [
    { text: workshop, bold: true, width: '*' },
    { text: label, alignment: 'center', width: 'auto' },
    { text: status, alignment: 'right', width: '*', ...(draft ? { color: DRAFT_RED, bold: true } : {}) },
  ];
}

/** One page frame for every PDF export: A4, its header and numbered footer on every page, the shared styles. */
export function pdfPage(frame: PdfPageFrame): TDocumentDefinitions {
  return {
    info: { title: frame.title, subject: frame.subject, creator: 'Roundtable', producer: 'Roundtable' },
    language: 'en-GB',
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 64, MARGIN_X, 56],
    ...(frame.draft ? { watermark: { text: 'DRAFT', color: DRAFT_RED, opacity: 0.06, bold: true } } : {}),
    header: () => ({ columns: headerColumns(frame.header, frame.draft), fontSize: 8, color: MUTED, margin: [MARGIN_X, 28, MARGIN_X, 0] }),
    footer: (currentPage, pageCount) => ({
      columns: [{ text: frame.footer }, { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right' }],
      fontSize: 8,
      color: MUTED,
      margin: [MARGIN_X, 24, MARGIN_X, 0],
    }),
    pageBreakBefore: headingsKeepTheirStart(frame.startRoom),
    content: frame.content,
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
  };
}
