import * as Y from 'yjs';
import type { CommandId, WorkshopId } from '@roundtable/shared/ids/ids';
import { writeWorkshop } from '@roundtable/shared/doc/workshopDoc';
import { fixedContext } from '@roundtable/shared/testing/fixedContext';
import type { WorkshopStore } from '../store/workshopStore';
import { captureUpdate } from '../workshops/captureUpdate';
import { WorkshopRoom } from '../workshops/workshopRoom';
import { createTestWorkshop, type CreatedForTest } from './restClient';
import { testRoomDeps } from './roomDeps';
import type { CommandName, CommandPayload } from '@roundtable/shared/workshop/commandSchemas';
import type { Actor } from '@roundtable/shared/command/actor';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import { type WorkshopState } from '@roundtable/shared/workshop/workshop';
import { applyCommand } from '@roundtable/shared/workshop/commands';

export const facilitatorOf = (state: WorkshopState): Actor => ({ memberId: Object.values(state.members).find((m) => m.role === 'facilitator')!.id, role: 'facilitator' });

/**
 * Writes one command into the store as the code before DOC5 did: the pure transition's result, committed whatever it
 * was. Its payload skips the schemas, as a payload the schemas once let through would have.
 */
async function commitAsBefore<K extends CommandName>(store: WorkshopStore, workshopId: WorkshopId, state: WorkshopState, name: K, payload: object): Promise<WorkshopState> {
  const result = applyCommand(name, state, { commandId: `old-${name}` as CommandId, ...payload } as CommandPayload<K>, facilitatorOf(state), fixedContext());
  if (!result.ok) throw new Error(result.error.message);
  const stored = (await store.loadDoc(workshopId))!;
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  const update = captureUpdate(doc, () => writeWorkshop(doc, state, result.state));
  const seqs = await store.commit({ workshopId, update });
  if (name === 'board:move') await store.compact(workshopId, Y.encodeStateAsUpdate(doc), seqs.shared!, 'shared');
  return result.state;
}

/**
 * A workshop broken as one was found in the field: a facilitator's `board:move` to `constructor` acknowledged and
 * committed, the log compacted over it, then a valid change after it (the live room carried on).
 */
export async function breakAsBefore(store: WorkshopStore, serverUrl: string): Promise<{ workshopId: WorkshopId; before: WorkshopState; agenda: string; created: CreatedForTest }> {
  const created = await createTestWorkshop(serverUrl);
  const workshopId = created.workshopId as WorkshopId;
  const before = (await WorkshopRoom.load(workshopId, testRoomDeps(store)))!;
  const state = before.current;
  before.destroy();
  const broken = await commitAsBefore(store, workshopId, state, 'board:move', { boardId: 'constructor', toIndex: 1 });
  const agenda = 'Agreed after the damage: keep this';
  await commitAsBefore(store, workshopId, broken, 'session:update', { sessionId: sessionsInOrder(state)[0]!.id, agenda });
  return { workshopId, before: state, agenda, created };
}

