import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { RunningServer } from '../app/createServer';
import type { WorkshopStore } from '../store/workshopStore';
import { testRoomDeps } from '../testing/roomDeps';
import { WorkshopRoom } from '../workshops/workshopRoom';
import { differences, type Difference } from './stateDifferences';

export type LiveState = { ok: true; state: WorkshopState; hidden: unknown } | { ok: false; error: string };

/**
 * The committed state of a workshop as the server holds it now (loading it if needed), with its hidden state (null
 * if unreachable), or why there is none.
 */
export async function liveState(server: RunningServer, workshopId: string): Promise<LiveState> {
  try {
    const live = await server.rooms.with(workshopId as WorkshopId, (room) => room.readCommitted(() => ({ state: room.current, hidden: room.currentHidden })));
    return live ? { ok: true, ...live } : { ok: false, error: 'the server has no such workshop' };
  } catch (error) {
    return { ok: false, error: `the server cannot load it: ${(error as Error).message}` };
  }
}

interface RoomPicture {
  state: WorkshopState;
  hidden: unknown;
  views: Map<MemberId, unknown>;
}

async function pictureOf(room: WorkshopRoom): Promise<RoomPicture> {
  const state = await room.readCommitted(() => room.current);
  const views = new Map<MemberId, unknown>();
  for (const memberId of Object.keys(state.members) as MemberId[]) views.set(memberId, await room.personalView(memberId));
  return { state, hidden: room.currentHidden, views };
}

export type ReloadVerdict =
  | { kind: 'equal'; hiddenCompared: boolean }
  | { kind: 'differs'; part: string; diffs: Difference[] }
  | { kind: 'unloadable'; error: string };

/**
 * [DUR1] Loads the workshop afresh from the same store, as a restarted server would, and compares it with the live
 * room: the shared state, the hidden state, and every member's personal view (the hidden state as members get it).
 */
export async function reloadVerdict(server: RunningServer, store: WorkshopStore, workshopId: string): Promise<ReloadVerdict> {
  let live: RoomPicture | null;
  try {
    live = await server.rooms.with(workshopId as WorkshopId, pictureOf);
  } catch (error) {
    return { kind: 'unloadable', error: `the server cannot load it: ${(error as Error).message}` };
  }
  if (!live) return { kind: 'unloadable', error: 'the server has no such workshop' };
  let reloaded: WorkshopRoom | null;
  try {
    reloaded = await WorkshopRoom.load(workshopId as WorkshopId, testRoomDeps(store));
  } catch (error) {
    return { kind: 'unloadable', error: (error as Error).message };
  }
  if (!reloaded) return { kind: 'unloadable', error: 'the store has no such workshop' };
  try {
    const stored = await pictureOf(reloaded);
    const stateDiffs = differences(live.state, stored.state);
    if (stateDiffs.length > 0) return { kind: 'differs', part: 'state', diffs: stateDiffs };
    const hiddenCompared = live.hidden !== null && stored.hidden !== null;
    if (hiddenCompared) {
      const hiddenDiffs = differences(live.hidden, stored.hidden);
      if (hiddenDiffs.length > 0) return { kind: 'differs', part: 'hidden state', diffs: hiddenDiffs };
    }
    for (const [memberId, view] of live.views) {
      const viewDiffs = differences(view, stored.views.get(memberId));
      if (viewDiffs.length > 0) return { kind: 'differs', part: `personal view of ${memberId}`, diffs: viewDiffs };
    }
    return { kind: 'equal', hiddenCompared };
  } finally {
    reloaded.destroy();
  }
}
