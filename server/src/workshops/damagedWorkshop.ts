import type * as Y from 'yjs';
import { EMPTY_HIDDEN, type HiddenState } from '@roundtable/shared/workshop/hiddenState';
import { hiddenStateParts } from '@roundtable/shared/workshop/hiddenStateSchema';
import { readHidden } from '@roundtable/shared/doc/hiddenDoc';
import { salvage, type SetAside } from '@roundtable/shared/doc/salvage';
import { readWorkshopUnchecked } from '@roundtable/shared/doc/workshopDoc';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { workshopStateParts } from '@roundtable/shared/workshop/workshopSchema';
import { captureUpdate } from './captureUpdate';

/** What could not be read of a workshop's stored record; `hidden` marks the entries of the server's hidden doc. */
export interface Damage {
  setAside: (SetAside & { doc: 'shared' | 'hidden' })[];
}

/**
 * [RESC1] Reads a workshop whose stored docs fail validation as far as they can be read: every valid record kept,
 * every invalid one set aside. Null if even that fails (a part that is not a record is invalid).
 */
export function readDamaged(sharedDoc: Y.Doc, hiddenDoc: Y.Doc): { state: WorkshopState; hidden: HiddenState; damage: Damage } | null {
  const shared = salvage<WorkshopState>(workshopStateParts, readWorkshopUnchecked(sharedDoc) as unknown as Record<string, unknown>);
  if (!shared) return null;
  const hidden = hiddenDoc.share.size === 0 ? { state: EMPTY_HIDDEN, setAside: [] } : salvage<HiddenState>(hiddenStateParts, readHidden(hiddenDoc) as unknown as Record<string, unknown>);
  if (!hidden) return null;
  const setAside = [...shared.setAside.map((s) => ({ ...s, doc: 'shared' as const })), ...hidden.setAside.map((s) => ({ ...s, doc: 'hidden' as const }))];
  return { state: shared.state, hidden: hidden.state, damage: { setAside } };
}

/**
 * The Yjs update that removes the set-aside entries from a stored doc (the same entries `readDamaged` set aside):
 * applied on top of the log, the doc loads again with every valid change kept.
 */
export function removalUpdate(doc: Y.Doc, entries: readonly SetAside[]): Uint8Array | null {
  return captureUpdate(doc, () => {
    for (const entry of entries) doc.getMap(entry.part).delete(entry.key);
  });
}
