import express, { type Request } from 'express';
import type { AccountDetails, DeviceSession, MyWorkshop, RecoveryCodes } from '@roundtable/shared/accounts/accountRest';
import { workshopIdSchema, type WorkshopId } from '@roundtable/shared/ids/ids';
import { authenticate, tokenFromHeaders } from '../http/identity';
import { sendError } from '../http/restRoutes';
import { nowIso, type AccountDeps } from './accountDeps';
import { SeatTakenError, type SeatRecord } from './accountStore';
import { ACCOUNT_SESSION_IDLE_MS, clearAccountCookie, requireSignedIn, summaryOf } from './accountSessions';
import { myWorkshopOf } from './myWorkshops';
import { freshRecoveryCodes, passkeySummaryOf } from './passkeyRoutes';

/** The signed-in account's own pages: its details, passkeys, recovery codes, sessions and workshops. */
export function accountRoutes(deps: AccountDeps): express.Router {
  const router = express.Router();
  const { accounts } = deps;
  const idleSince = () => new Date(Date.now() - ACCOUNT_SESSION_IDLE_MS).toISOString();

  router.get('/account', async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    const { accountId } = signedIn.account;
    const [passkeys, identities, recoveryCodesLeft] = await Promise.all([accounts.listPasskeys(accountId), accounts.listSsoIdentities(accountId), accounts.countRecoveryCodesLeft(accountId)]);
    const details: AccountDetails = {
      account: summaryOf(signedIn.account),
      passkeys: passkeys.map(passkeySummaryOf),
      ssoIdentities: identities.map((i) => ({ providerLabel: deps.sso?.providerId === i.providerId ? deps.sso.label : i.providerId, email: i.email })),
      recoveryCodesLeft,
    };
    res.set('Cache-Control', 'no-store').json(details);
  });

  router.delete('/account/passkeys/:passkeyId', async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    const { accountId } = signedIn.account;
    if (await accounts.removePasskey(accountId, req.params.passkeyId)) return res.status(204).end();
    const mine = (await accounts.listPasskeys(accountId)).some((p) => p.passkeyId === req.params.passkeyId);
    if (!mine) return sendError(res, { code: 'not_found', message: 'Your account has no such passkey.' });
    sendError(res, { code: 'conflict', message: 'This is your only way to sign in. Add another passkey first, then remove this one.' });
  });

  // [ACC5] New codes replace the old ones, which stop working; they are shown this once.
  router.post('/account/recovery-codes', async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    const { codes, hashes } = await freshRecoveryCodes(signedIn.account.accountId, deps.recoveryCodeScryptCost);
    await accounts.replaceRecoveryCodes(signedIn.account.accountId, hashes);
    const answer: RecoveryCodes = { recoveryCodes: codes };
    res.set('Cache-Control', 'no-store').status(201).json(answer);
  });

  router.get('/account/sessions', async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    const sessions = await accounts.listLiveSessions(signedIn.account.accountId, idleSince());
    const answer: { sessions: DeviceSession[] } = {
      sessions: sessions.map((s) => ({ sessionId: s.sessionId, device: s.device, signedInAt: s.createdAt, lastSeenAt: s.lastSeenAt, current: s.sessionId === signedIn.session.sessionId })),
    };
    res.set('Cache-Control', 'no-store').json(answer);
  });

  // [ACC7] Signing a device out ends its session on the server: its cookie opens nothing from then on.
  router.delete('/account/sessions/:sessionId', async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    if (!(await accounts.endSession(signedIn.account.accountId, req.params.sessionId, nowIso()))) {
      return sendError(res, { code: 'not_found', message: 'That device is not signed in (any more).' });
    }
    if (req.params.sessionId === signedIn.session.sessionId) clearAccountCookie(req, res);
    await closeSeatConnections(signedIn.account.accountId);
    res.status(204).end();
  });

  router.post('/account/sessions/sign-out-everywhere', async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    await accounts.endAllSessions(signedIn.account.accountId, nowIso());
    clearAccountCookie(req, res);
    await closeSeatConnections(signedIn.account.accountId);
    res.status(204).end();
  });

  /** The seat's line of My workshops; null if the workshop is gone or the seat's member was removed from it. */
  const myWorkshop = async (req: Request, seat: SeatRecord): Promise<MyWorkshop | null> =>
    (await deps.rooms.with(seat.workshopId, async (room) => {
      const member = Object.hasOwn(room.current.members, seat.memberId) ? room.current.members[seat.memberId] : undefined;
      if (!member || member.removedAt !== null) return null;
      return myWorkshopOf(room.current, `${deps.publicUrl(req)}/w/${seat.workshopId}`, nowIso().slice(0, 10));
    })) ?? null;

  /**
   * [ACC7] Ending sessions also closes the live connections of the account's seats: one opened with a session that
   * has just ended must not stay open. Those opened with a key still valid (a link, another live session) reconnect.
   */
  const closeSeatConnections = async (accountId: string) => {
    for (const seat of await accounts.listSeatsOfAccount(accountId)) deps.endMemberConnections(seat.workshopId, seat.memberId);
  };

  router.get('/account/workshops', async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    const seats = await accounts.listSeatsOfAccount(signedIn.account.accountId);
    const workshops: MyWorkshop[] = [];
    for (const seat of seats) {
      const line = await myWorkshop(req, seat);
      if (line) workshops.push(line);
    }
    res.set('Cache-Control', 'no-store').json({ workshops });
  });

  // [ACC12] The facilitator link (or workshop cookie) this browser holds, kept in the signed-in account.
  router.post('/account/workshops/:workshopId/keep', async (req, res) => {
    const signedIn = await requireSignedIn(accounts, req, res);
    if (!signedIn) return;
    const workshopId = workshopIdSchema.safeParse(req.params.workshopId);
    const notHeld = () => sendError(res, { code: 'not_found', message: 'Open the workshop with your facilitator link first, then keep it in your account.' });
    if (!workshopId.success) return notHeld();
    const id = workshopId.data as WorkshopId;
    // The link itself, not the account: keeping is how a link becomes the account's.
    const member = await authenticate(deps.store, id, tokenFromHeaders(req.headers, id));
    if (!member) return notHeld();
    if (member.role !== 'facilitator') return sendError(res, { code: 'forbidden', message: 'Only a facilitator can keep a workshop in their account.' });
    try {
      const seat = await accounts.keepSeat({ workshopId: id, memberId: member.memberId, accountId: signedIn.account.accountId, at: nowIso() });
      const line = await myWorkshop(req, seat);
      if (!line) return notHeld();
      res.json(line);
    } catch (error) {
      if (error instanceof SeatTakenError) {
        return sendError(res, { code: 'conflict', message: 'This workshop is kept already: by another account for this facilitator, or by your account as its other facilitator.' });
      }
      throw error;
    }
  });

  return router;
}
