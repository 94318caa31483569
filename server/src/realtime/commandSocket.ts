import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Server, Socket } from 'socket.io';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import { parseCommand } from '@roundtable/shared/protocol/parseCommand';
import { fail, type Ack, type AppError } from '@roundtable/shared/protocol/errors';
import { handshakeAuthSchema } from '@roundtable/shared/protocol/handshake';
import {
  MIN_SUPPORTED_PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@roundtable/shared/protocol/events';
import type { Logger } from '../app/logger';
import { authenticate, tokenFromHeaders, type AccountSeats } from '../http/identity';
import type { MemberRecord, WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { COMMAND_NAMES, isCommandName } from '@roundtable/shared/protocol/commandNames';
import { type CommandName } from '@roundtable/shared/workshop/commandSchemas';

export interface SocketData {
  member: MemberRecord;
}

export type CommandServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type CommandSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface CommandSocketDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  logger: Logger;
  commandsPer10S: number;
  /** Workshop access by facilitator account (the `rt_account` cookie); without it, links and workshop cookies only. */
  seats?: AccountSeats;
}

export const workshopChannel = (workshopId: WorkshopId) => `workshop:${workshopId}`;
export const memberChannel = (memberId: MemberId) => `member:${memberId}`;

function connectError(error: AppError): Error {
  return Object.assign(new Error(error.message), { data: error });
}

/**
 * Commands over Socket.io. The handshake authenticates the member (cookie or token) and checks the protocol
 * version; each command event is then: rate limit → validate (zod) → authorise and apply in the workshop's
 * room → ack after commit. Identity comes from the connection only, never from a payload.
 */
export function attachCommandSocket(io: CommandServer, deps: CommandSocketDeps): void {
  const limiter = new RateLimiterMemory({ points: deps.commandsPer10S, duration: 10 });

  io.use(async (socket, next) => {
    const auth = handshakeAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(connectError({ code: 'invalid_payload', message: 'Connect with { workshopId, protocolVersion }.' }));
    if (auth.data.protocolVersion < MIN_SUPPORTED_PROTOCOL_VERSION) {
      return next(connectError({ code: 'protocol_outdated', message: 'Roundtable has been updated. Reload the page to carry on.' }));
    }
    try {
      const token = tokenFromHeaders(socket.request.headers, auth.data.workshopId, auth.data.token);
      const member = await authenticate(deps.store, auth.data.workshopId, token, deps.seats && { seats: deps.seats, headers: socket.request.headers });
      if (!member) return next(connectError({ code: 'unauthorized', message: 'You are not a member of this workshop. Join with the code shown in the room.' }));
      socket.data.member = member;
      next();
    } catch (error) {
      deps.logger.error({ err: error }, 'socket authentication failed');
      next(connectError({ code: 'unavailable', message: 'The server could not check who you are. Retrying.' }));
    }
  });

  io.on('connection', (socket: CommandSocket) => {
    const { member } = socket.data;
    void socket.join([workshopChannel(member.workshopId), memberChannel(member.memberId)]);
    deps.rooms
      .with(member.workshopId, async (room) => {
        await room.markArrived(member.memberId);
        // [PRIV1] The member's own drafts, dots and notices, sent on every connect (a reconnect catches up).
        const view = await room.personalView(member.memberId);
        if (view && socket.connected) socket.emit('personal:view', view);
        if (room.damage && socket.connected) socket.emit('workshop:readOnly', { setAside: room.damage.setAside.length });
      })
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'could not record arrival'));
    for (const name of COMMAND_NAMES) {
      // [CMD6] The ack is the last argument whatever the count. Without one the sender could never learn the
      // outcome (nor its outbox settle), so nothing is applied; with one, the command is answered, always.
      socket.on(name, (...args: unknown[]) => {
        const ack = args.at(-1);
        if (typeof ack !== 'function') return;
        handleCommand(name, args.slice(0, -1), socket, deps, limiter).then(
          (result) => (ack as (r: Ack<unknown>) => void)(result),
          (error: unknown) => {
            deps.logger.error({ err: error, command: name }, 'command failed');
            (ack as (r: Ack<unknown>) => void)(fail('internal', 'Something went wrong on the server. Your change was not applied.'));
          },
        );
      });
    }
    socket.onAny((event: string, ...args: unknown[]) => {
      const ack = args[args.length - 1];
      if (!isCommandName(event) && typeof ack === 'function') ack(fail('invalid_payload', `"${event}" is not a Roundtable command.`));
    });
  });
}

/** `inputs`: what came before the ack. A command carries exactly one payload; anything else changes nothing. */
async function handleCommand(name: CommandName, inputs: readonly unknown[], socket: CommandSocket, deps: CommandSocketDeps, limiter: RateLimiterMemory): Promise<Ack<unknown>> {
  const { member } = socket.data;
  try {
    await limiter.consume(socket.id);
  } catch {
    return fail('rate_limited', 'You are sending changes too quickly. Wait a few seconds; nothing you sent is lost.');
  }
  if (inputs.length !== 1) {
    return fail('invalid_payload', `This change arrived as ${inputs.length} values instead of one, so it was not applied. Reload the page and try again.`);
  }
  const parsed = parseCommand(name, inputs[0]);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const actor = { memberId: member.memberId, role: member.role };
  const result = await deps.rooms.with(member.workshopId, (room) => room.execute(name, parsed.payload as never, actor));
  return result ?? fail('not_found', 'This workshop no longer exists.');
}
