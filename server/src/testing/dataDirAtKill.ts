import * as Y from 'yjs';
import { readHidden } from '@roundtable/shared/doc/hiddenDoc';
import { readWorkshopUnchecked } from '@roundtable/shared/doc/workshopDoc';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import { openPgliteDatabase } from '../store/pgliteDatabase';
import { createSqlWorkshopStore } from '../store/sqlWorkshopStore';
import type { DocName, WorkshopStore } from '../store/workshopStore';

/** What a PGlite data dir held, read from a copy of it taken after a kill -9 (so the server recovers the original). */
export interface DataDirAtKill {
  /** Every command id recorded, in any workshop. */
  commandIds: Set<string>;
  /** The titles of the boards in each workshop's shared doc, by workshop id. */
  boardTitles: Map<string, string[]>;
  /** The private drafts in each workshop's hidden doc, by workshop id: their text and authors. */
  drafts: Map<string, { text: string; authorIds: string[] }[]>;
}

async function loadYDoc(store: WorkshopStore, workshopId: string, name: DocName): Promise<Y.Doc> {
  const stored = await store.loadDoc(workshopId as WorkshopId, name);
  const doc = new Y.Doc();
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
  return doc;
}

export async function inspectDataDir(dataDir: string, workshopIds: readonly string[]): Promise<DataDirAtKill> {
  const db = await openPgliteDatabase(dataDir);
  try {
    const store = createSqlWorkshopStore(db);
    const rows = await db.query<{ command_id: string }>('SELECT command_id FROM commands');
    const boardTitles = new Map<string, string[]>();
    const drafts = new Map<string, { text: string; authorIds: string[] }[]>();
    for (const workshopId of workshopIds) {
      const shared = await loadYDoc(store, workshopId, 'shared');
      boardTitles.set(workshopId, Object.values(readWorkshopUnchecked(shared).boards).map((b) => b.title));
      shared.destroy();
      const hidden = await loadYDoc(store, workshopId, 'hidden');
      drafts.set(workshopId, Object.values(readHidden(hidden).cards).flatMap((c) => (c.draft ? [{ text: c.draft.text, authorIds: c.authorIds }] : [])));
      hidden.destroy();
    }
    return { commandIds: new Set(rows.map((r) => r.command_id)), boardTitles, drafts };
  } finally {
    await db.close();
  }
}
