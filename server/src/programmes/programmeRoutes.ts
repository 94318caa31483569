import express from 'express';
import {
  acceptProgrammeInvitationBodySchema,
  newProgrammeInvitationBodySchema,
  newProgrammeBodySchema,
  programmeBodySchema,
  type CreatedProgrammeInvitation,
  type ProgrammeDetails,
  type ProgrammeInvitation,
  type ProgrammeListing,
} from '@roundtable/shared/programme/programmeRest';
import { invalid, nowIso } from '../accounts/accountDeps';
import { requireSignedIn } from '../accounts/accountSessions';
import { INVITATION_TTL_MS } from '../accounts/adminRoutes';
import { sendError } from '../http/restRoutes';
import { hashToken, newId, newToken } from '../http/secrets';
import { programmeAccess } from './programmeAccess';
import type { ProgrammeDeps } from './programmeDeps';
import { placesFrom } from './programmePlaces';
import { AreaInUseError, type ProgrammeInvitationRecord, type ProgrammeRecord, type ProgrammeStore } from './programmeStore';

const invitationOf = (i: ProgrammeInvitationRecord): ProgrammeInvitation => ({
  invitationId: i.invitationId,
  role: i.role,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt,
  usedAt: i.usedAt,
  revokedAt: i.revokedAt,
});

/** The programme as its staff see it: its places with each area's workshop, and who runs it. */
export async function detailsOf(deps: Pick<ProgrammeDeps, 'programmes' | 'accounts'>, programme: ProgrammeRecord, you: ProgrammeDetails['you']): Promise<ProgrammeDetails> {
  const workshops = new Map((await deps.programmes.listAreaWorkshops(programme.programmeId)).map((w) => [w.areaId, w.workshopId]));
  const staff = await Promise.all(
    (await deps.programmes.listStaff(programme.programmeId)).map(async (s) => ({ accountId: s.accountId, displayName: (await deps.accounts.findAccount(s.accountId))?.displayName ?? '', role: s.role })),
  );
  return {
    programmeId: programme.programmeId,
    title: programme.title,
    objectives: programme.objectives,
    regions: programme.regions.map((r) => ({ regionId: r.regionId, name: r.name, areas: r.areas.map((a) => ({ areaId: a.areaId, name: a.name, workshopId: workshops.get(a.areaId) ?? null })) })),
    staff,
    you,
  };
}

const listingOf = (programme: ProgrammeRecord, role: ProgrammeListing['role']): ProgrammeListing => ({ programmeId: programme.programmeId, title: programme.title, role });

/** [PROG1] [PROG2] Programmes themselves: making one, reading and changing it, and inviting its leads and facilitators. */
export function programmeRoutes(deps: ProgrammeDeps): express.Router {
  const router = express.Router();
  const programmes: ProgrammeStore = deps.programmes;

  router.get('/programmes', async (req, res) => {
    const signedIn = await requireSignedIn(deps.accounts, req, res);
    if (!signedIn) return;
    const mine = await programmes.listProgrammesOfAccount(signedIn.account.accountId);
    res.json({ programmes: mine.map((m) => listingOf(m.programme, m.role)) });
  });

  router.post('/programmes', async (req, res) => {
    const signedIn = await requireSignedIn(deps.accounts, req, res);
    if (!signedIn) return;
    const body = newProgrammeBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const places = placesFrom(body.data.regions, null);
    if (!places.ok) return sendError(res, places.error);
    const programme = await programmes.createProgramme({
      programmeId: newId(),
      title: body.data.title,
      objectives: body.data.objectives,
      regions: places.regions,
      createdBy: signedIn.account.accountId,
      at: nowIso(),
    });
    deps.logger.info({ programmeId: programme.programmeId, by: signedIn.account.accountId }, 'programme created');
    res.status(201).json(await detailsOf(deps, programme, 'lead'));
  });

  router.get('/programmes/:programmeId', async (req, res) => {
    const access = await programmeAccess(deps, req, res, 'staff');
    if (!access) return;
    res.json(await detailsOf(deps, access.programme, access.staff.role));
  });

  router.put('/programmes/:programmeId', async (req, res) => {
    const access = await programmeAccess(deps, req, res, 'lead');
    if (!access) return;
    const body = programmeBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const places = placesFrom(body.data.regions, access.programme);
    if (!places.ok) return sendError(res, places.error);
    try {
      const changed = await programmes.updateProgramme(access.programme.programmeId, { title: body.data.title, objectives: body.data.objectives, regions: places.regions });
      if (!changed) return sendError(res, { code: 'not_found', message: 'There is no such programme in your account.' });
      await deps.live.programmeChanged(changed.programmeId);
      res.json(await detailsOf(deps, changed, access.staff.role));
    } catch (error) {
      if (!(error instanceof AreaInUseError)) throw error;
      sendError(res, { code: 'conflict', message: 'An area that has a workshop cannot be taken out of the programme.' });
    }
  });

  router.get('/programmes/:programmeId/invitations', async (req, res) => {
    const access = await programmeAccess(deps, req, res, 'lead');
    if (!access) return;
    res.json({ invitations: (await programmes.listInvitations(access.programme.programmeId)).map(invitationOf) });
  });

  router.post('/programmes/:programmeId/invitations', async (req, res) => {
    const access = await programmeAccess(deps, req, res, 'lead');
    if (!access) return;
    const body = newProgrammeInvitationBodySchema.safeParse(req.body ?? {});
    if (!body.success) return invalid(res, body.error.issues);
    const token = newToken();
    const now = Date.now();
    const invitation = await programmes.createInvitation({
      invitationId: newId(),
      programmeId: access.programme.programmeId,
      tokenHash: hashToken(token),
      role: body.data.role,
      createdBy: access.signedIn.account.accountId,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + INVITATION_TTL_MS).toISOString(),
    });
    const answer: CreatedProgrammeInvitation = { invitation: invitationOf(invitation), url: `${deps.publicUrl(req)}/programmes/join#invitation=${token}` };
    res.status(201).json(answer);
  });

  router.delete('/programmes/:programmeId/invitations/:invitationId', async (req, res) => {
    const access = await programmeAccess(deps, req, res, 'lead');
    if (!access) return;
    if (!(await programmes.revokeInvitation(access.programme.programmeId, req.params.invitationId, nowIso()))) {
      return sendError(res, { code: 'not_found', message: 'There is no such invitation still open.' });
    }
    res.status(204).end();
  });

  router.post('/programme-invitations/accept', async (req, res) => {
    const signedIn = await requireSignedIn(deps.accounts, req, res);
    if (!signedIn) return;
    const body = acceptProgrammeInvitationBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const staff = await programmes.acceptInvitation(hashToken(body.data.token), signedIn.account.accountId, nowIso());
    if (!staff) return sendError(res, { code: 'forbidden', message: 'This invitation is not valid any more (used, withdrawn or expired). Ask the programme lead for a new one.' });
    const programme = (await programmes.findProgramme(staff.programmeId))!;
    deps.logger.info({ programmeId: programme.programmeId, accountId: staff.accountId, role: staff.role }, 'joined a programme');
    res.json(listingOf(programme, staff.role));
  });

  return router;
}
