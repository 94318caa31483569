import type { PartnershipMapDocument } from '@roundtable/shared/partnershipMap/partnershipMapDocument';
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TextRun, type Table } from 'docx';
import { cell, mutedParagraph, table } from './docxLayout';
import { mapGapLines, mapRow, PARTNERSHIP_MAP_WORDING as words } from './partnershipMapWording';
import { partnershipMapPng } from './partnershipMapPng';
import { partnershipMapSvg } from './partnershipMapSvg';

const WIDTHS = [5038, 2600, 2000] as const;
/** [MAP8] The rings' picture (the SVG, with its PNG for Word processors that cannot show SVG), described for screen readers. */
function picture(doc: PartnershipMapDocument): Paragraph {
  const image = new ImageRun({
    type: 'svg',
    data: Buffer.from(partnershipMapSvg(doc), 'utf8'),
    fallback: { type: 'png', data: partnershipMapPng(doc) },
    transformation: { width: 380, height: 399 },
    altText: { name: words.title, title: words.title, description: words.pictureDescription },
  });
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: [image] });
}

const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });

/** [MAP8] The partnership map's section of a Word document: the picture of its rings, a table per ring, then the gaps. Nothing while the map is empty. */
export function partnershipMapDocx(doc: PartnershipMapDocument | null | undefined, level: (typeof HeadingLevel)['HEADING_1' | 'HEADING_2']): (Paragraph | Table)[] {
  if (!doc) return [];
  const sub = level === HeadingLevel.HEADING_1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  const parts: (Paragraph | Table)[] = [new Paragraph({ heading: level, keepNext: true, children: [new TextRun(words.title)] }), mutedParagraph(words.source), picture(doc)];
  for (const { ring, organisations } of doc.rings) {
    parts.push(new Paragraph({ heading: sub, keepNext: true, children: [new TextRun(words.rings[ring])] }));
    if (organisations.length === 0) parts.push(mutedParagraph(words.emptyRing));
    else parts.push(table(words.columns, [...WIDTHS], organisations.map((o) => mapRow(o).map((text, i) => cell(text, WIDTHS[i]!)))));
  }
  parts.push(new Paragraph({ heading: sub, keepNext: true, children: [new TextRun(words.gapsTitle)] }), ...mapGapLines(doc).map(bullet));
  return parts;
}
