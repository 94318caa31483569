import type { PartnershipMapDocument } from '@roundtable/shared/partnershipMap/partnershipMapDocument';
import { csvFile } from './csvLayout';
import { EXPORT_WORDING, printable } from './exportWording';
import { PARTNERSHIP_MAP_WORDING as words } from './partnershipMapWording';

/** The map with what its file needs: the workshop's title. */
export interface PartnershipMapFile extends PartnershipMapDocument {
  title: string;
}

/**
 * [MAP8] The partnership map as a spreadsheet: `name, sector, ring, represented`, one row per placed organisation,
 * ring by ring from the centre (csvLayout.ts: quoting, byte order mark, formula guard).
 */
export function partnershipMapCsv(doc: PartnershipMapFile): Buffer {
  const rows: string[][] = [[...words.csvColumns]];
  for (const { ring, organisations } of doc.rings) {
    for (const o of organisations) rows.push([printable(o.name), EXPORT_WORDING.sectorNames[o.sector], words.ringWords[ring], o.represented ? words.yes : words.no]);
  }
  return csvFile(rows);
}
