import express, { type Request } from 'express';
import { safeIdText, type WorkshopId } from '@roundtable/shared/ids/ids';
import { bringWorkshopBodySchema, newAreaWorkshopBodySchema, type AreaWorkshopCreated } from '@roundtable/shared/programme/programmeRest';
import { AREA_MAX_CHARS, WORKSHOP_TITLE_MAX_CHARS } from '@roundtable/shared/workshop/workshopLimits';
import { invalid, nowIso } from '../accounts/accountDeps';
import { memberLink, sendError } from '../http/restRoutes';
import { programmeAccess, type ProgrammeAccess } from './programmeAccess';
import type { ProgrammeDeps } from './programmeDeps';
import { AreaTakenError, areasOf, type AreaRecord } from './programmeStore';
import { areaOutputsOf, programmeViewOf } from './programmeView';
import { storeNewWorkshop } from '../workshops/storeNewWorkshop';

const NO_SUCH_AREA = 'There is no such area in this programme.';
const AREA_TAKEN = 'That area has its workshop already, or that workshop is already an area’s.';

function areaOf(access: ProgrammeAccess, req: Request): AreaRecord | null {
  const areaId = safeIdText.safeParse(req.params.areaId);
  if (!areaId.success) return null;
  return areasOf(access.programme).find((a) => a.area.areaId === areaId.data)?.area ?? null;
}

const clip = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max).trimEnd());

/**
 * [PROG3] An area's workshop, made in the programme or brought into it by a facilitator of the programme; [PROG7] the
 * programme view and [PROG8] an area's published outputs, for its leads only (read-only: nothing here writes to an
 * area's workshop, and a lead keeps no seat in one).
 */
export function areaRoutes(deps: ProgrammeDeps): express.Router {
  const router = express.Router();
  const now = () => new Date().toISOString();

  router.post('/programmes/:programmeId/areas/:areaId/workshop', async (req, res) => {
    const access = await programmeAccess(deps, req, res, 'facilitator');
    if (!access) return;
    const area = areaOf(access, req);
    if (!area) return sendError(res, { code: 'not_found', message: NO_SUCH_AREA });
    const body = newAreaWorkshopBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    if ((await deps.programmes.listAreaWorkshops(access.programme.programmeId)).some((w) => w.areaId === area.areaId)) return sendError(res, { code: 'conflict', message: AREA_TAKEN });
    const title = body.data.title ?? clip(`${access.programme.title}: ${area.name}`, WORKSHOP_TITLE_MAX_CHARS);
    const made = await storeNewWorkshop(deps.store, { title, area: clip(area.name, AREA_MAX_CHARS), facilitatorName: body.data.facilitatorName }, deps.context());
    if (!made) return sendError(res, { code: 'unavailable', message: 'Could not create the workshop. Please try again.' });
    const { state, leadFacilitatorId, leadToken, coToken } = made;
    const accountId = access.signedIn.account.accountId;
    await deps.accounts.keepSeat({ workshopId: state.meta.id, memberId: leadFacilitatorId, accountId, at: nowIso() });
    try {
      await deps.programmes.attachWorkshop({ workshopId: state.meta.id, programmeId: access.programme.programmeId, areaId: area.areaId, addedBy: accountId, addedAt: nowIso() });
    } catch (error) {
      if (!(error instanceof AreaTakenError)) throw error;
      return sendError(res, { code: 'conflict', message: `${AREA_TAKEN} Your new workshop is kept in your account, outside the programme.` });
    }
    await deps.live.programmeChanged(access.programme.programmeId);
    const origin = deps.publicUrl(req);
    const answer: AreaWorkshopCreated = {
      workshopId: state.meta.id,
      joinCode: state.meta.joinCode,
      facilitatorUrl: memberLink(origin, state.meta.id, leadToken),
      coFacilitatorUrl: memberLink(origin, state.meta.id, coToken),
    };
    deps.logger.info({ workshopId: state.meta.id, programmeId: access.programme.programmeId }, 'area workshop created');
    return res.status(201).json(answer);
  });

  router.put('/programmes/:programmeId/areas/:areaId/workshop', async (req, res) => {
    const access = await programmeAccess(deps, req, res, 'facilitator');
    if (!access) return;
    const area = areaOf(access, req);
    if (!area) return sendError(res, { code: 'not_found', message: NO_SUCH_AREA });
    const body = bringWorkshopBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const seat = await deps.accounts.findSeatOfAccount(access.signedIn.account.accountId, body.data.workshopId as WorkshopId);
    if (!seat) return sendError(res, { code: 'not_found', message: 'There is no such workshop in your account: bring in a workshop you facilitate.' });
    try {
      await deps.programmes.attachWorkshop({ workshopId: seat.workshopId, programmeId: access.programme.programmeId, areaId: area.areaId, addedBy: access.signedIn.account.accountId, addedAt: nowIso() });
    } catch (error) {
      if (!(error instanceof AreaTakenError)) throw error;
      return sendError(res, { code: 'conflict', message: AREA_TAKEN });
    }
    await deps.live.programmeChanged(access.programme.programmeId);
    res.status(204).end();
  });

  router.get('/programmes/:programmeId/areas', async (req, res) => {
    const access = await programmeAccess(deps, req, res, 'lead');
    if (!access) return;
    res.json(await programmeViewOf(deps.programmes, deps.rooms, access.programme, now));
  });

  router.get('/programmes/:programmeId/areas/:areaId/outputs', async (req, res) => {
    const access = await programmeAccess(deps, req, res, 'lead');
    if (!access) return;
    const area = areaOf(access, req);
    const workshop = area && (await deps.programmes.listAreaWorkshops(access.programme.programmeId)).find((w) => w.areaId === area.areaId);
    const outputs = workshop ? await areaOutputsOf(deps.rooms, workshop.workshopId, now) : null;
    if (!outputs) return sendError(res, { code: 'not_found', message: area ? 'This area has no workshop yet.' : NO_SUCH_AREA });
    res.json(outputs);
  });

  return router;
}
