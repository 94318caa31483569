import type { WorkshopId } from '@roundtable/shared/ids/ids';
import { WorkshopRoom, type RoomDeps } from './workshopRoom';

/** A room with nobody connected is kept this long before it is unloaded from memory. */
export const IDLE_ROOM_UNLOAD_MS = 5 * 60 * 1000;

interface Entry {
  room: Promise<WorkshopRoom | null>;
  holders: number;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * The workshops live on this server: each loaded once (concurrent first requests share the load), kept while
 * someone holds it (a socket, a Yjs connection), unloaded when idle, and dropped if a commit fails so the next
 * request reloads it from the store.
 */
export class WorkshopRooms {
  private readonly entries = new Map<WorkshopId, Entry>();

  constructor(private readonly deps: Omit<RoomDeps, 'onBroken'>) {}

  /** The workshop's room, or null if there is no such workshop. Each `acquire` must be `release`d. */
  async acquire(workshopId: WorkshopId): Promise<WorkshopRoom | null> {
    const entry = this.entry(workshopId);
    entry.holders += 1;
    this.clearIdle(entry);
    const room = await entry.room;
    if (!room) this.release(workshopId);
    return room;
  }

  release(workshopId: WorkshopId): void {
    const entry = this.entries.get(workshopId);
    if (!entry) return;
    entry.holders = Math.max(0, entry.holders - 1);
    if (entry.holders === 0) this.scheduleUnload(workshopId, entry);
  }

  /** Runs `use` with the room held for its duration (for one-off requests such as a join). */
  async with<T>(workshopId: WorkshopId, use: (room: WorkshopRoom) => Promise<T>): Promise<T | null> {
    const room = await this.acquire(workshopId);
    if (!room) return null;
    try {
      return await use(room);
    } finally {
      this.release(workshopId);
    }
  }

  loadedCount(): number {
    return this.entries.size;
  }

  /** Waits for every queued change to commit, then unloads everything. */
  async closeAll(): Promise<void> {
    const rooms = await Promise.all([...this.entries.values()].map((e) => e.room.catch(() => null)));
    await Promise.all(rooms.map((r) => r?.drained()));
    for (const entry of this.entries.values()) this.clearIdle(entry);
    for (const room of rooms) room?.destroy();
    this.entries.clear();
  }

  private entry(workshopId: WorkshopId): Entry {
    let entry = this.entries.get(workshopId);
    if (!entry) {
      const created: Entry = { room: Promise.resolve(null), holders: 0, idleTimer: null };
      created.room = WorkshopRoom.load(workshopId, { ...this.deps, onBroken: (room) => this.drop(room) }).catch((error: unknown) => {
        this.entries.delete(workshopId);
        throw error;
      });
      entry = created;
      this.entries.set(workshopId, entry);
    }
    return entry;
  }

  private drop(room: WorkshopRoom): void {
    const entry = this.entries.get(room.workshopId);
    if (entry) {
      this.clearIdle(entry);
      this.entries.delete(room.workshopId);
    }
    this.deps.hooks.roomDropped(room.workshopId);
    room.destroy();
  }

  private scheduleUnload(workshopId: WorkshopId, entry: Entry): void {
    this.clearIdle(entry);
    entry.idleTimer = setTimeout(async () => {
      const room = await entry.room.catch(() => null);
      await room?.drained();
      if (entry.holders > 0 || this.entries.get(workshopId) !== entry) return;
      this.entries.delete(workshopId);
      room?.destroy();
    }, IDLE_ROOM_UNLOAD_MS);
    entry.idleTimer.unref();
  }

  private clearIdle(entry: Entry): void {
    if (entry.idleTimer) clearTimeout(entry.idleTimer);
    entry.idleTimer = null;
  }
}
