import type { RoomHooks } from '../workshops/roomHooks';
import { memberChannel, type CommandServer } from '../realtime/commandSocket';
import type { YjsEndpoint } from '../realtime/yjsEndpoint';

/**
 * The room hooks of a running server: personal views and removals over Socket.io, closing Yjs connections. The Yjs
 * endpoint is made after the rooms (it needs them), so it is reached through `yjs()`.
 */
export function realtimeHooks(io: CommandServer, yjs: () => YjsEndpoint | null): RoomHooks {
  return {
    personalView: (_workshopId, memberId, view) => io.to(memberChannel(memberId)).emit('personal:view', view),
    memberRemoved: (workshopId, memberId) => {
      io.to(memberChannel(memberId)).emit('member:removed');
      io.in(memberChannel(memberId)).disconnectSockets(true);
      yjs()?.closeMember(workshopId, memberId);
    },
    roomDropped: (workshopId) => yjs()?.closeWorkshop(workshopId),
  };
}
