import type { PartnershipMapDocument } from '@roundtable/shared/partnershipMap/partnershipMapDocument';
import type { Content } from 'pdfmake/interfaces';
import { mutedLine } from './pdfLayout';
import { mapGapLines, mapRow, PARTNERSHIP_MAP_WORDING as words } from './partnershipMapWording';
import { reviewTable } from './reviewPdfTable';
import { partnershipMapSvg } from './partnershipMapSvg';

/** [MAP8] The partnership map's section of a PDF: the picture of its rings, a table per ring, then the gaps. Nothing while the map is empty. */
export function partnershipMapPdf(doc: PartnershipMapDocument | null | undefined): Content[] {
  if (!doc) return [];
  const content: Content[] = [{ text: words.title, style: 'heading', headlineLevel: 1, id: 'partnership-map' }, mutedLine(words.source), { svg: partnershipMapSvg(doc), width: 340, alignment: 'center', margin: [0, 6, 0, 6] }];
  for (const { ring, organisations } of doc.rings) {
    content.push({ text: words.rings[ring], style: 'subheading', headlineLevel: 2, id: `partnership-map-${ring}` });
    content.push(organisations.length === 0 ? mutedLine(words.emptyRing) : reviewTable(['*', 110, 70], words.columns, organisations.map((o) => mapRow(o))));
  }
  content.push({ text: words.gapsTitle, bold: true, margin: [0, 8, 0, 4] }, { ul: mapGapLines(doc) });
  return content;
}
