import type * as Y from 'yjs';
import type { WorkshopState } from '../workshop/workshop';
import { workshopStateSchema } from '../workshop/workshopSchema';
import { DocLayoutError, readWorkshopUnchecked } from './workshopDoc';

/** Reads and validates the doc, e.g. after loading it from storage. Throws DocLayoutError if it is not a workshop. */
export function readWorkshop(doc: Y.Doc): WorkshopState {
  const parsed = workshopStateSchema.safeParse(readWorkshopUnchecked(doc));
  if (!parsed.success) throw new DocLayoutError(`The stored workshop is not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  return parsed.data;
}
