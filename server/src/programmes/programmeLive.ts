import type { Namespace, Server, Socket } from 'socket.io';
import { z } from 'zod';
import { safeIdText, type WorkshopId } from '@roundtable/shared/ids/ids';
import { PROGRAMME_NAMESPACE, type ProgrammeView } from '@roundtable/shared/programme/programmeRest';
import type { AppError } from '@roundtable/shared/protocol/errors';
import type { Logger } from '../app/logger';
import type { AccountStore } from '../accounts/accountStore';
import { sessionOf } from '../accounts/accountSessions';
import type { WorkshopRoom } from '../workshops/workshopRoom';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import type { ProgrammeStore } from './programmeStore';
import { programmeViewOf } from './programmeView';

export interface ProgrammeLiveDeps {
  programmes: ProgrammeStore;
  accounts: AccountStore;
  rooms: WorkshopRooms;
  logger: Logger;
  now: () => string;
}

const authSchema = z.object({ programmeId: safeIdText });
const channel = (programmeId: string) => `programme:${programmeId}`;
const connectError = (error: AppError) => Object.assign(new Error(error.message), { data: error });

interface Watched {
  sockets: number;
  /** Each area workshop's room, held while the programme is watched, and how to stop listening to it. */
  areas: Map<string, { room: WorkshopRoom; stop: () => void }>;
  /** The view last sent, as JSON: a change that alters nothing published sends nothing. */
  lastSent: string | null;
  /** A recomputation is queued or running; `again` asks for one more after it. */
  running: Promise<void> | null;
  again: boolean;
}

/**
 * [PROG9] The programme view, live. A programme lead's browser joins the Socket.io namespace PROGRAMME_NAMESPACE with
 * its account session (the `rt_account` cookie) and `auth: { programmeId }`; only a lead of that programme gets in.
 * While anyone watches a programme, its areas' rooms are held and listened to: after each commit of an area (the room
 * calls its listeners only once the change is durable) the view is recomputed from the areas' published outputs and
 * sent as `programme:view` — only when it differs from the last one sent, so a change that publishes nothing (a dot, a
 * draft) sends nothing. The payload is the projection, never a workshop's state.
 */
export class ProgrammeLive {
  private readonly watched = new Map<string, Watched>();
  private readonly ns: Namespace;

  constructor(
    io: Server,
    private readonly deps: ProgrammeLiveDeps,
  ) {
    this.ns = io.of(PROGRAMME_NAMESPACE);
    this.ns.use(async (socket, next) => {
      try {
        const auth = authSchema.safeParse(socket.handshake.auth);
        if (!auth.success) return next(connectError({ code: 'invalid_payload', message: 'Connect with { programmeId }.' }));
        const signedIn = await sessionOf(deps.accounts, socket.request.headers);
        if (!signedIn) return next(connectError({ code: 'unauthorized', message: 'Sign in to your account first.' }));
        const staff = await deps.programmes.findStaff(auth.data.programmeId, signedIn.account.accountId);
        if (!staff || staff.role !== 'lead') return next(connectError({ code: 'not_found', message: 'There is no such programme in your account.' }));
        (socket.data as { programmeId?: string }).programmeId = auth.data.programmeId;
        next();
      } catch (error) {
        deps.logger.error({ err: error }, 'programme socket authentication failed');
        next(connectError({ code: 'internal', message: 'Something went wrong on the server.' }));
      }
    });
    this.ns.on('connection', (socket) => void this.joined(socket));
  }

  /** Something about the programme itself changed (its areas, a workshop brought in): refresh its watchers. */
  async programmeChanged(programmeId: string): Promise<void> {
    const watched = this.watched.get(programmeId);
    if (!watched) return;
    await this.holdAreas(programmeId, watched);
    await this.refresh(programmeId);
  }

  /** Lets go of every room held (the server is closing). */
  close(): void {
    for (const watched of this.watched.values()) this.releaseAll(watched);
    this.watched.clear();
  }

  private async joined(socket: Socket): Promise<void> {
    const programmeId = (socket.data as { programmeId: string }).programmeId;
    let watched = this.watched.get(programmeId);
    if (!watched) {
      watched = { sockets: 0, areas: new Map(), lastSent: null, running: null, again: false };
      this.watched.set(programmeId, watched);
    }
    watched.sockets += 1;
    socket.on('disconnect', () => this.left(programmeId));
    await socket.join(channel(programmeId));
    try {
      await this.holdAreas(programmeId, watched);
      const view = await this.viewOf(programmeId);
      if (!view) return;
      watched.lastSent = JSON.stringify(view);
      socket.emit('programme:view', view);
    } catch (error) {
      this.deps.logger.error({ err: error, programmeId }, 'could not send the programme view');
    }
  }

  private left(programmeId: string): void {
    const watched = this.watched.get(programmeId);
    if (!watched) return;
    watched.sockets -= 1;
    if (watched.sockets > 0) return;
    this.releaseAll(watched);
    this.watched.delete(programmeId);
  }

  private releaseAll(watched: Watched): void {
    for (const [workshopId, held] of watched.areas) {
      held.stop();
      this.deps.rooms.release(workshopId as WorkshopId);
    }
    watched.areas.clear();
  }

  /**
   * Holds and listens to each area workshop's room not held yet. A room dropped after a failed commit is destroyed
   * (its entry already gone, so nothing is released); the area's reloaded room is then held and listened to instead.
   */
  private async holdAreas(programmeId: string, watched: Watched): Promise<void> {
    for (const { workshopId } of await this.deps.programmes.listAreaWorkshops(programmeId)) {
      if (watched.areas.has(workshopId)) continue;
      const room = await this.deps.rooms.acquire(workshopId as WorkshopId);
      if (!room) continue;
      if (this.watched.get(programmeId) !== watched || watched.areas.has(workshopId)) {
        this.deps.rooms.release(workshopId as WorkshopId);
        continue;
      }
      const stopUpdates = room.onUpdate(() => void this.refresh(programmeId));
      const dropped = () => {
        if (watched.areas.get(workshopId)?.room !== room) return;
        watched.areas.delete(workshopId);
        if (this.watched.get(programmeId) === watched) void this.holdAreas(programmeId, watched).then(() => this.refresh(programmeId));
      };
      room.doc.once('destroy', dropped);
      watched.areas.set(workshopId, {
        room,
        stop: () => {
          stopUpdates();
          room.doc.off('destroy', dropped);
        },
      });
    }
  }

  private async viewOf(programmeId: string): Promise<ProgrammeView | null> {
    const programme = await this.deps.programmes.findProgramme(programmeId);
    return programme ? programmeViewOf(this.deps.programmes, this.deps.rooms, programme, this.deps.now) : null;
  }

  /** Recomputes the view and sends it if it changed; changes arriving meanwhile ask for one more pass, not one each. */
  private refresh(programmeId: string): Promise<void> {
    const watched = this.watched.get(programmeId);
    if (!watched) return Promise.resolve();
    if (watched.running) {
      watched.again = true;
      return watched.running;
    }
    watched.running = (async () => {
      do {
        watched.again = false;
        try {
          const view = await this.viewOf(programmeId);
          const json = JSON.stringify(view);
          if (view && json !== watched.lastSent) {
            watched.lastSent = json;
            this.ns.to(channel(programmeId)).emit('programme:view', view);
          }
        } catch (error) {
          this.deps.logger.error({ err: error, programmeId }, 'could not refresh the programme view');
        }
      } while (watched.again);
      watched.running = null;
    })();
    return watched.running;
  }
}
