import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type ISectionOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
} from 'docx';
import type { PageWords } from './exportWording';

/**
 * What every Word export shares: an A4 page with 2 cm margins, Calibri 11 pt, tables with a shaded header row that
 * repeats on each page and rows that never split, a grey running header and a "Page X of Y" footer.
 */

/** A4 with 2 cm margins leaves 17 cm (9,638 twentieths of a point) for the text and the tables. */
export const TEXT_WIDTH_DXA = 9638;
export const PAGE: ISectionPropertiesOptions = { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } };
/** Calibri 11 pt; headings in Word's own blue, with room above them (spacing in twentieths of a point). */
export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: 'Calibri', size: 22 } },
    heading1: { run: { color: '2E74B5', size: 32 }, paragraph: { spacing: { before: 360, after: 120 } } },
    heading2: { run: { color: '2E74B5', size: 26 }, paragraph: { spacing: { before: 280, after: 100 } } },
  },
};
export const MUTED = '595959';
export const DRAFT_RED = 'B42318';
const HEADER_GREY = '7F7F7F';
const HEADER_FILL = 'E8EEF4';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' } as const;
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

export interface CellOptions {
  header?: boolean;
  right?: boolean;
  /** A background colour (hex, no #) for a body cell, e.g. a status's RAG tint. */
  fill?: string;
  /** Text size in half-points for a one-line cell (default: the document's). */
  size?: number;
}

/** A table cell of paragraphs, or of one line of text. */
export function cell(content: string | readonly Paragraph[], widthDxa: number, options: CellOptions = {}): TableCell {
  const children =
    typeof content === 'string'
      ? [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: content, bold: options.header, size: options.size })] })]
      : [...content];
  return new TableCell({
    width: { size: widthDxa, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: options.header || options.fill ? { type: ShadingType.CLEAR, fill: options.header ? HEADER_FILL : options.fill, color: 'auto' } : undefined,
    children,
  });
}

/*
 * Column widths that keep words whole. A fixed-width column narrower than a word breaks the word mid-word ("Acti" /
 * "on") in LibreOffice and Word alike, so each table's columns are widened to fit their longest word, taking the room
 * from columns that have more than they need. Widths are estimated per character for DejaVu Sans, the widest font
 * LibreOffice sets Calibri in where Calibri (or its metric twin Carlito) is missing; in Calibri they are generous.
 */
const EM_PER_CHAR = { regular: 0.64, bold: 0.72 } as const;
/** A cell's left and right margins (see `cell`). */
const CELL_SIDE_MARGINS_DXA = 200;
/** A longer word (a link, a made-up word) cannot be kept whole in a column of a table; it is not fitted. */
const LONGEST_FITTED_WORD = 20;
const DOCUMENT_SIZE = 22;

/** The width a cell needs for the longest word of `texts` at `size` (half-points), margins included. */
export function widthForWords(texts: readonly string[], size = DOCUMENT_SIZE, bold = false): number {
  const longest = Math.max(0, ...texts.flatMap((t) => t.split(/[\s\-–/]+/)).map((w) => w.length).filter((n) => n <= LONGEST_FITTED_WORD));
  return Math.ceil(longest * EM_PER_CHAR[bold ? 'bold' : 'regular'] * size * 10) + CELL_SIDE_MARGINS_DXA;
}

export interface ColumnTexts {
  /** The header row's titles (set in bold). */
  titles: readonly string[];
  /** What each body row's cells say, column by column (their words are what matters). */
  rows?: readonly (readonly string[])[];
  /** Header and body text size in half-points, when not the document's. */
  headerSize?: number;
  bodySize?: number;
}

/**
 * A table's column widths, from the `preferred` ones (which add up to the text width): every column at least as wide
 * as its longest word in the header (bold) and in the body, the room taken from the columns with room to spare, in
 * proportion to what they spare. Should the words not fit the page at all, the needed widths are scaled to it.
 */
export function fitColumns(preferred: readonly number[], { titles, rows = [], headerSize, bodySize }: ColumnTexts): number[] {
  const needed = preferred.map((_, i) =>
    Math.max(widthForWords([titles[i] ?? ''], headerSize, true), widthForWords(rows.map((r) => r[i] ?? ''), bodySize)),
  );
  const total = preferred.reduce((a, b) => a + b, 0);
  const neededTotal = needed.reduce((a, b) => a + b, 0);
  if (neededTotal >= total) {
    const scaled = needed.map((n) => Math.floor((n * total) / neededTotal));
    scaled[0]! += total - scaled.reduce((a, b) => a + b, 0);
    return scaled;
  }
  const widths = preferred.map((p, i) => Math.max(p, needed[i]!));
  const excess = widths.reduce((a, b) => a + b, 0) - total;
  if (excess === 0) return widths;
  const spare = widths.map((w, i) => w - needed[i]!);
  const spareTotal = spare.reduce((a, b) => a + b, 0);
  const fitted = widths.map((w, i) => w - Math.floor((excess * spare[i]!) / spareTotal));
  const roomiest = spare.indexOf(Math.max(...spare));
  fitted[roomiest]! -= fitted.reduce((a, b) => a + b, 0) - total;
  return fitted;
}

/**
 * A table of the full text width: the header row repeats on each page and stays with the first row, no row splits
 * across pages. Column widths are fixed, so Word and LibreOffice lay it out alike.
 */
export function table(titles: readonly string[], widthsDxa: readonly number[], rows: readonly TableCell[][], rightAligned: readonly number[] = [], headerSize?: number): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: titles.map((title, i) => cell(title, widthsDxa[i]!, { header: true, right: rightAligned.includes(i), size: headerSize })),
  });
  return new Table({
    width: { size: TEXT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: [...widthsDxa],
    layout: TableLayoutType.FIXED,
    borders: { top: RULE, bottom: RULE, left: NO_LINE, right: NO_LINE, insideHorizontal: RULE, insideVertical: NO_LINE },
    rows: [header, ...rows.map((children) => new TableRow({ cantSplit: true, children }))],
  });
}

/** Grey italic text: what is not there yet, a question under a heading. */
export function mutedParagraph(text: string, options: { keepNext?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    keepNext: options.keepNext,
    spacing: options.after === undefined ? undefined : { after: options.after },
    children: [new TextRun({ text, italics: true, color: MUTED })],
  });
}

function headerRun(text: string, options: { bold?: boolean; color?: string } = {}): TextRun {
  return new TextRun({ text, size: 16, color: options.color ?? HEADER_GREY, bold: options.bold });
}

/** The running header: small grey text on the right, "<workshop> · <label>", then any status (bold red on a draft). */
function runningHeader({ workshop, label, status }: PageWords['header'], draft: boolean): { default: Header } {
  const runs = status === undefined ? [headerRun(`${workshop} · ${label}`)] : [headerRun(`${workshop} · ${label} · `), headerRun(status, draft ? { bold: true, color: DRAFT_RED } : {})];
  return { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs })] }) };
}

/** "<label> · Page X of Y", centred. */
function pageFooter(label: string): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [`${label} · Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: HEADER_GREY })],
        }),
      ],
    }),
  };
}

/**
 * The line under a document's title that says what it is as of: bold, or for a draft in red, boxed, at `draftSize`
 * (half-points).
 */
export function statusParagraph(text: string, draft: boolean, draftSize: number): Paragraph {
  if (!draft) return new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text, bold: true })] });
  const line = { style: BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 } as const;
  return new Paragraph({
    spacing: { before: 160, after: 160 },
    border: { top: line, bottom: line, left: line, right: line },
    children: [new TextRun({ text, bold: true, color: DRAFT_RED, size: draftSize })],
  });
}

/** What a Word document's pages carry besides its content: the running header "<workshop> · <label>[ · <status>]", and the footer. */
export interface DocxPageFrame extends PageWords {
  /** Left of "· Page X of Y". */
  footer: string;
  /** The numbered and bulleted lists the content uses. */
  numbering: INumberingOptions['config'];
  children: ISectionOptions['children'];
}

/** One page frame for every Word export: A4 with 2 cm margins, the shared styles, the running header and the numbered footer. */
export function docxFile(frame: DocxPageFrame): Promise<Buffer> {
  const document = new Document({
    creator: 'Roundtable',
    lastModifiedBy: 'Roundtable',
    title: frame.title,
    description: frame.subject,
    styles: STYLES,
    numbering: { config: frame.numbering },
    sections: [{ properties: PAGE, headers: runningHeader(frame.header, frame.draft), footers: pageFooter(frame.footer), children: frame.children }],
  });
  return Packer.toBuffer(document);
}
