import { partnershipMapDocument } from '@roundtable/shared/partnershipMap/partnershipMapDocument';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { access, defineExport } from '../exportDocument';
import { partnershipMapCsv, type PartnershipMapFile } from '../partnershipMapCsv';
import { PARTNERSHIP_MAP_WORDING } from '../partnershipMapWording';

function mapFile(state: WorkshopState): PartnershipMapFile | null {
  const doc = partnershipMapDocument(state);
  return doc ? { title: state.meta.title, ...doc } : null;
}

/** [MAP8] The partnership map as CSV, for any member once it has a placed organisation (before then 409 `wrong_phase`). */
export const PARTNERSHIP_MAP_EXPORT = defineExport({
  name: 'map',
  formats: { csv: partnershipMapCsv },
  fileName: PARTNERSHIP_MAP_WORDING.fileName,
  access: {
    member: access({
      noun: PARTNERSHIP_MAP_WORDING.noun,
      build: mapFile,
      unavailable: () => ({ code: 'wrong_phase', message: PARTNERSHIP_MAP_WORDING.empty }),
    }),
  },
});
