import type { PersonalView } from '@roundtable/shared/workshop/personalView';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';

/**
 * What a workshop's commit sets going outside the room: one typed interface, wired once by the composition root
 * (app/realtimeHooks.ts) and called only after the commit it follows is durable. Each hook has its own test against a
 * real server (app/realtimeHooks.test.ts).
 */
export interface RoomHooks {
  /** [PRIV1] A member's own part of the hidden state changed: send it to that member's connections only. */
  personalView(workshopId: WorkshopId, memberId: MemberId, view: PersonalView): void;
  /** [MEM2] A member was removed: tell them, and close every connection they have to the workshop. */
  memberRemoved(workshopId: WorkshopId, memberId: MemberId): void;
  /** [CMD1] A commit failed and the room was dropped: close its connections, so clients reconnect to a reloaded room. */
  roomDropped(workshopId: WorkshopId): void;
}

/** Hooks that do nothing, for rooms that tests load beside a server. */
export const NO_ROOM_HOOKS: RoomHooks = {
  personalView: () => undefined,
  memberRemoved: () => undefined,
  roomDropped: () => undefined,
};
