import type { IncomingHttpHeaders } from 'node:http';
import express, { type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { workshopIdSchema, type MemberId, type WorkshopId } from '@roundtable/shared/ids/ids';
import { fieldErrors, type AppError } from '@roundtable/shared/protocol/errors';
import {
  createWorkshopBodySchema,
  joinBodySchema,
  sessionBodySchema,
  type CreateWorkshopResponse,
  type JoinResponse,
  type MeResponse,
} from '@roundtable/shared/protocol/rest';
import type { Logger } from '../app/logger';
import type { MemberRecord, WorkshopStore } from '../store/workshopStore';
import { storeNewWorkshop } from '../workshops/storeNewWorkshop';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { accountSeatsOf, accountTokenFromHeaders, authenticate, SESSION_COOKIE_MAX_AGE_MS, sessionCookieName, tokenFromHeaders } from './identity';
import { hashToken, newToken } from './secrets';
import type { TransitionContext } from '@roundtable/shared/workshop/transitionContext';

export interface RestDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  logger: Logger;
  context: () => TransitionContext;
  /** The origin links point at: configured, or the request's own. */
  publicUrl: (req: Request) => string;
  joinFailuresPer15Min: number;
  workshopsCreatedPerHour: number;
  /** Facilitator accounts' say in making a workshop (accounts/accountSeats.ts); without it, anyone may, as before. */
  creation?: WorkshopCreation;
}

/** Who is making a workshop: a signed-in account (which then keeps the lead's seat), nobody, or someone refused. */
export interface WorkshopCreation {
  creator(headers: IncomingHttpHeaders): Promise<{ ok: true; accountId: string | null } | { ok: false; error: AppError }>;
  keepLeadSeat(accountId: string, workshopId: WorkshopId, memberId: MemberId): Promise<void>;
}

const STATUS: Record<AppError['code'], number> = {
  invalid_payload: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  wrong_phase: 409,
  locked: 423,
  limit_reached: 409,
  rate_limited: 429,
  protocol_outdated: 426,
  unavailable: 503,
  read_only: 503,
  internal: 500,
};

export function sendError(res: Response, error: AppError): void {
  res.status(STATUS[error.code]).json({ error });
}

function invalid(res: Response, issues: readonly { path: readonly PropertyKey[]; message: string }[]): void {
  const fields = fieldErrors(issues);
  sendError(res, { code: 'invalid_payload', message: Object.values(fields)[0] ?? 'The request is not valid.', fields });
}

/** A link that signs its holder in: the token travels in the #fragment, never to a server log. */
export function memberLink(origin: string, workshopId: string, token: string): string {
  return `${origin}/w/${workshopId}#token=${token}`;
}

function setSessionCookie(req: Request, res: Response, workshopId: string, token: string): void {
  res.cookie(sessionCookieName(workshopId), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    maxAge: SESSION_COOKIE_MAX_AGE_MS,
    path: '/',
  });
}

/** The REST API: health, create, join, sign in by link, who am I. Used by browsers (cookies) and scripts (Bearer). */
export function restRoutes(deps: RestDeps): express.Router {
  const router = express.Router();
  const tooMany = (message: string) => (_req: Request, res: Response) => sendError(res, { code: 'rate_limited', message });

  router.get('/health', (_req, res) => {
    res.json({ ok: true });
  });

  router.post(
    '/workshops',
    rateLimit({ windowMs: 60 * 60 * 1000, limit: deps.workshopsCreatedPerHour, handler: tooMany('Too many workshops created from here. Try again in an hour.') }),
    async (req, res) => {
      const body = createWorkshopBodySchema.safeParse(req.body);
      if (!body.success) return invalid(res, body.error.issues);
      const creator = deps.creation ? await deps.creation.creator(req.headers) : { ok: true as const, accountId: null };
      if (!creator.ok) return sendError(res, creator.error);
      const made = await storeNewWorkshop(deps.store, body.data, deps.context());
      if (!made) return sendError(res, { code: 'unavailable', message: 'Could not create the workshop. Please try again.' });
      const { state, leadFacilitatorId, leadToken, coToken } = made;
      if (creator.accountId !== null) await deps.creation?.keepLeadSeat(creator.accountId, state.meta.id, leadFacilitatorId);
      setSessionCookie(req, res, state.meta.id, leadToken);
      const origin = deps.publicUrl(req);
      const response: CreateWorkshopResponse = {
        workshopId: state.meta.id,
        joinCode: state.meta.joinCode,
        facilitatorUrl: memberLink(origin, state.meta.id, leadToken),
        coFacilitatorUrl: memberLink(origin, state.meta.id, coToken),
      };
      deps.logger.info({ workshopId: state.meta.id }, 'workshop created');
      res.status(201).json(response);
    },
  );

  // [JOIN2] Wrong codes are counted per address; past the limit the address is told to wait (429).
  router.post(
    '/join',
    rateLimit({
      windowMs: 15 * 60 * 1000,
      limit: deps.joinFailuresPer15Min,
      skipSuccessfulRequests: true,
      requestWasSuccessful: (_req, res) => res.statusCode !== 404,
      handler: tooMany('Too many wrong codes from this network. Wait 15 minutes, or ask a facilitator for the code.'),
    }),
    async (req, res) => {
      const body = joinBodySchema.safeParse(req.body);
      if (!body.success) return invalid(res, body.error.issues);
      const { joinCode, ...person } = body.data;
      const workshopId = await deps.store.findWorkshopByJoinCode(joinCode);
      if (!workshopId) return sendError(res, { code: 'not_found', message: 'No workshop has that code. Check it with your facilitator.' });
      const token = newToken();
      const result = await deps.rooms.with(workshopId, (room) => room.join(person, hashToken(token)));
      if (!result) return sendError(res, { code: 'not_found', message: 'No workshop has that code. Check it with your facilitator.' });
      if (!result.ok) return sendError(res, result.error);
      setSessionCookie(req, res, workshopId, token);
      const response: JoinResponse = {
        workshopId,
        participantId: result.data.memberId,
        participantUrl: memberLink(deps.publicUrl(req), workshopId, token),
      };
      res.status(201).json(response);
    },
  );

  // A link's token, read by the page from the #fragment, becomes an HttpOnly cookie.
  router.post('/session', async (req, res) => {
    const body = sessionBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const workshopId = workshopIdSchema.safeParse(body.data.workshopId);
    // The link's own token only (no headers: an account session does not stand in for it); a seat kept by a disabled account is shut.
    const seats = accountSeatsOf(req);
    const member = workshopId.success ? await authenticate(deps.store, workshopId.data, body.data.token, seats && { seats, headers: {} }) : null;
    if (!member) return sendError(res, { code: 'unauthorized', message: 'This link is not valid (any more). Ask a facilitator for a new one, or join with the code.' });
    setSessionCookie(req, res, member.workshopId, body.data.token);
    res.json(await describe(deps.rooms, member));
  });

  router.get('/workshops/:workshopId/me', async (req, res) => {
    const member = await memberOf(req, res, deps.store);
    if (member) res.json(await describe(deps.rooms, member));
  });

  router.use((_req, res) => sendError(res, { code: 'not_found', message: 'There is no such API endpoint.' }));
  return router;
}

async function describe(rooms: WorkshopRooms, member: MemberRecord): Promise<MeResponse> {
  const sector = await rooms.with(member.workshopId, async (room) => room.current.members[member.memberId]?.sector ?? null);
  return { workshopId: member.workshopId, memberId: member.memberId, role: member.role, sector: sector ?? null };
}

/** The authenticated member for `:workshopId`, or an error response already sent. */
export async function memberOf(req: Request, res: Response, store: WorkshopStore): Promise<MemberRecord | null> {
  const workshopId = workshopIdSchema.safeParse(req.params.workshopId);
  if (!workshopId.success) {
    sendError(res, { code: 'not_found', message: 'There is no such workshop.' });
    return null;
  }
  const seats = accountSeatsOf(req);
  const member = await authenticate(store, workshopId.data as WorkshopId, tokenFromHeaders(req.headers, workshopId.data), seats && { seats, headers: req.headers });
  if (member) return member;
  // [ACC10] Signed in to an account, a workshop it keeps no seat in is not there, whether or not it exists.
  if (seats && accountTokenFromHeaders(req.headers)) {
    sendError(res, { code: 'not_found', message: 'There is no such workshop in your account.' });
    return null;
  }
  const exists = await store.workshopExists(workshopId.data);
  sendError(res, exists ? { code: 'unauthorized', message: 'You are not a member of this workshop. Join with the code shown in the room.' } : { code: 'not_found', message: 'There is no such workshop.' });
  return null;
}
