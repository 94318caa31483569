import * as Y from 'yjs';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import { readWorkshop } from '@roundtable/shared/doc/readWorkshop';
import { migrateDoc } from '@roundtable/shared/doc/workshopDoc';
import type { DocName, StoredDoc, WorkshopStore } from '../store/workshopStore';
import { readDamaged, removalUpdate, type Damage } from './damagedWorkshop';
import { captureUpdate } from './captureUpdate';

export type RepairOutcome =
  | { kind: 'not_found' }
  | { kind: 'sound' }
  | { kind: 'repaired'; setAside: Damage['setAside'] }
  | { kind: 'beyond_repair' };

/**
 * [RESC2] Makes a damaged workshop loadable again without losing any valid change: the records that cannot be read
 * are removed by one update appended to each doc's log (the log itself is kept, so the removed records stay in
 * history), and each doc is then compacted into a snapshot. Run it while no server has the workshop loaded (a server
 * that has it keeps serving it read-only until it reloads it).
 */
export async function repairWorkshop(store: WorkshopStore, workshopId: WorkshopId): Promise<RepairOutcome> {
  const stored = await store.loadDoc(workshopId, 'shared');
  if (!stored) return { kind: 'not_found' };
  const shared = docOf(stored);
  const hidden = docOf((await store.loadDoc(workshopId, 'hidden')) ?? { snapshot: null, updates: [], lastSeq: 0 });
  const migration = captureUpdate(shared, () => migrateDoc(shared));
  const damaged = readDamaged(shared, hidden);
  if (!damaged) return { kind: 'beyond_repair' };
  if (damaged.damage.setAside.length === 0 && isSound(shared)) {
    if (migration) await store.commit({ workshopId, update: migration });
    return { kind: 'sound' };
  }
  const inDoc = (doc: Damage['setAside'][number]['doc']) => damaged.damage.setAside.filter((entry) => entry.doc === doc);
  const sharedRemoval = removalUpdate(shared, inDoc('shared'));
  const update = migration && sharedRemoval ? Y.mergeUpdates([migration, sharedRemoval]) : (migration ?? sharedRemoval);
  const seqs = await store.commit({ workshopId, update, hiddenUpdate: removalUpdate(hidden, inDoc('hidden')) });
  await compact(store, workshopId, 'shared', shared, seqs.shared ?? stored.lastSeq);
  await compact(store, workshopId, 'hidden', hidden, seqs.hidden);
  return { kind: 'repaired', setAside: damaged.damage.setAside };
}

function docOf(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

function isSound(doc: Y.Doc): boolean {
  try {
    readWorkshop(doc);
    return true;
  } catch {
    return false;
  }
}

async function compact(store: WorkshopStore, workshopId: WorkshopId, name: DocName, doc: Y.Doc, uptoSeq: number | null): Promise<void> {
  if (uptoSeq === null) {
    const stored = await store.loadDoc(workshopId, name);
    if (!stored || stored.lastSeq === 0) return;
    uptoSeq = stored.lastSeq;
  }
  await store.compact(workshopId, Y.encodeStateAsUpdate(doc), uptoSeq, name);
}
