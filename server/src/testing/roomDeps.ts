import { createLogger } from '../app/logger';
import { newId, newJoinCode } from '../http/secrets';
import type { WorkshopStore } from '../store/workshopStore';
import { NO_ROOM_HOOKS } from '../workshops/roomHooks';
import type { RoomDeps } from '../workshops/workshopRoom';

/**
 * What a room loaded by a test itself (beside the server's own) needs: the store, a silent logger, the real clock and
 * ids, and no one to tell when a member is removed or the room breaks — unless `overrides` says otherwise.
 */
export function testRoomDeps(store: WorkshopStore, overrides: Partial<RoomDeps> = {}): RoomDeps {
  return {
    store,
    logger: createLogger('silent'),
    context: () => ({ now: new Date().toISOString(), newId, newJoinCode }),
    compactEveryNUpdates: 1_000,
    hooks: NO_ROOM_HOOKS,
    onBroken: () => undefined,
    ...overrides,
  };
}
