import { AlignmentType, HeadingLevel, type INumberingOptions, LevelFormat, Paragraph, type Table, TextRun } from 'docx';
import type { PartnershipProfile, ProfileItem } from '@roundtable/shared/profile/profile';
import { printableProfile, PROFILE_WORDING as words } from './profileWording';
import { healthCheckDocx } from './healthCheckDocx';
import { partnershipMapDocx } from './partnershipMapDocx';
import { cell, docxFile, fitColumns, MUTED, mutedParagraph, table } from './docxLayout';

const COLUMN_WIDTHS_DXA = [6338, 2400, 900] as const;
const OBJECTIVES_NUMBERING = 'profile-objectives';

/** The numbered list the profile's objectives use: a document that holds the profile's sections declares it. */
export const PROFILE_NUMBERING: INumberingOptions['config'][number] = {
  reference: OBJECTIVES_NUMBERING,
  levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 425, hanging: 425 } } } }],
};

/** One dimension's agreed items: a table with a repeating header row, rows never split across pages. */
function itemTable(items: readonly ProfileItem[]): Table {
  const texts = items.map((item) => [item.wording, words.raisedByText(item.sectors), words.dotsText(item.votes)]);
  const [itemWidth, raisedByWidth, dotsWidth] = fitColumns(COLUMN_WIDTHS_DXA, { titles: words.itemColumns, rows: texts }) as [number, number, number];
  const rows = texts.map(([wording, raisedBy, dots]) => [cell(wording!, itemWidth), cell(raisedBy!, raisedByWidth), cell(dots!, dotsWidth, { right: true })]);
  return table(words.itemColumns, [itemWidth, raisedByWidth, dotsWidth], rows, [2]);
}

type Heading = (typeof HeadingLevel)['HEADING_1' | 'HEADING_2'];

function sectionHeading(heading: Heading, title: string, question: string): Paragraph[] {
  return [new Paragraph({ heading, keepNext: true, children: [new TextRun(title)] }), mutedParagraph(question, { keepNext: true, after: 120 })];
}

function objectives(items: readonly ProfileItem[], noObjectives: string): Paragraph[] {
  if (items.length === 0) return [mutedParagraph(noObjectives)];
  return items.map(
    (item) =>
      new Paragraph({
        numbering: { reference: OBJECTIVES_NUMBERING, level: 0 },
        children: [new TextRun(item.wording), new TextRun({ text: words.objectiveRaisedByText(item.sectors), color: MUTED })],
      }),
  );
}

/** Who the profile speaks for: the lines under its title. */
export function profileDocxIntro(typed: PartnershipProfile): Paragraph[] {
  const profile = printableProfile(typed);
  const organisations = words.organisationsText(profile);
  return [
    new Paragraph({ spacing: { before: 120 }, children: [new TextRun(words.agreedLine(profile))] }),
    new Paragraph({ children: [new TextRun(words.takingPartText(profile))] }),
    ...(organisations ? [new Paragraph({ children: [new TextRun(organisations)] })] : []),
  ];
}

/**
 * The profile's sections, four dimensions and the objectives, under headings of `heading`: the body of the profile's
 * own document (Heading 1), and the action plan's appendix (Heading 2, saying what stands in for objectives none
 * agreed). Needs PROFILE_NUMBERING in the document.
 */
export function profileDocxSections(typed: PartnershipProfile, heading: Heading, noObjectives: string = words.nothingAgreed): (Paragraph | Table)[] {
  const profile = printableProfile(typed);
  return [
    ...profile.dimensions.flatMap((d) => [...sectionHeading(heading, d.title, d.question), d.items.length === 0 ? mutedParagraph(words.nothingAgreed) : itemTable(d.items)]),
    ...sectionHeading(heading, words.objectivesTitle, words.objectivesQuestion),
    ...objectives(profile.objectives, noObjectives),
  ];
}

/** The partnership profile as a Word document: title, one Heading 1 section per dimension, a page header and numbered footer. */
export function profileDocx(typed: PartnershipProfile): Promise<Buffer> {
  const profile = printableProfile(typed);
  return docxFile({
    ...words.pages(profile),
    footer: profile.title,
    numbering: [PROFILE_NUMBERING],
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(profile.title)] }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(words.subtitle(profile))] }),
      ...profileDocxIntro(profile),
      ...profileDocxSections(profile, HeadingLevel.HEADING_1),
      ...healthCheckDocx(profile.healthCheck, HeadingLevel.HEADING_1, false),
      ...partnershipMapDocx(profile.partnershipMap, HeadingLevel.HEADING_1),
    ],
  });
}
