import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
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

/** A4 with 2 cm margins leaves 17 cm (9,638 twentieths of a point) for the text and the tables. */
const TEXT_WIDTH_DXA = 9638;
const COLUMN_WIDTHS_DXA = [6338, 2400, 900] as const;
const OBJECTIVES_NUMBERING = 'objectives';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' } as const;
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function cell(text: string, widthDxa: number, options: { header?: boolean; right?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: widthDxa, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: options.header ? { type: ShadingType.CLEAR, fill: 'E8EEF4', color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header })],
      }),
    ],
  });
}

/** One dimension's agreed items: a table with a repeating header row, rows never split across pages. */
function itemTable(items: readonly ProfileItem[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ITEM_COLUMNS.map((title, i) => cell(title, COLUMN_WIDTHS_DXA[i]!, { header: true, right: i === 2 })),
  });
  const rows = items.map(
    (item) =>
      new TableRow({
        cantSplit: true,
        children: [cell(item.wording, COLUMN_WIDTHS_DXA[0]), cell(raisedByText(item.sectors), COLUMN_WIDTHS_DXA[1]), cell(dotsText(item.votes), COLUMN_WIDTHS_DXA[2], { right: true })],
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: [...COLUMN_WIDTHS_DXA],
    borders: { top: RULE, bottom: RULE, left: NO_LINE, right: NO_LINE, insideHorizontal: RULE, insideVertical: NO_LINE },
    rows: [header, ...rows],
  });
}

function nothingAgreed(): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: NOTHING_AGREED, italics: true, color: '595959' })] });
}

function sectionHeading(title: string, question: string): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(title)] }),
    new Paragraph({ keepNext: true, spacing: { after: 120 }, children: [new TextRun({ text: question, italics: true, color: '595959' })] }),
  ];
}

function objectives(items: readonly ProfileItem[]): Paragraph[] {
  if (items.length === 0) return [nothingAgreed()];
  return items.map(
    (item) =>
      new Paragraph({
        numbering: { reference: OBJECTIVES_NUMBERING, level: 0 },
        children: [new TextRun(item.wording), new TextRun({ text: objectiveRaisedByText(item.sectors), color: '595959' })],
      }),
  );
}

/** The partnership profile as a Word document: title, one Heading 1 section per dimension, a page header and numbered footer. */
export function profileDocx(typed: PartnershipProfile): Promise<Buffer> {
  const profile = printableProfile(typed);
  const organisations = organisationsText(profile);
  const intro = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(profile.title)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(profileSubtitle(profile))] }),
    new Paragraph({ spacing: { before: 120 }, children: [new TextRun(profileAgreedLine(profile))] }),
    new Paragraph({ children: [new TextRun(takingPartText(profile))] }),
    ...(organisations ? [new Paragraph({ children: [new TextRun(organisations)] })] : []),
  ];
  const dimensions = profile.dimensions.flatMap((d) => [...sectionHeading(d.title, d.question), d.items.length === 0 ? nothingAgreed() : itemTable(d.items)]);
  const doc = new Document({
    creator: 'Roundtable',
    lastModifiedBy: 'Roundtable',
    title: `${profile.title}: partnership profile`,
    description: profileSubtitle(profile),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [{ reference: OBJECTIVES_NUMBERING, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${profile.title} · Partnership profile`, size: 16, color: '7F7F7F' })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${profile.title} · Page `, PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: '7F7F7F' })],
              }),
            ],
          }),
        },
        children: [...intro, ...dimensions, ...sectionHeading(OBJECTIVES_TITLE, OBJECTIVES_QUESTION), ...objectives(profile.objectives)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
