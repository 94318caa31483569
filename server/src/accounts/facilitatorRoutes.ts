import { randomUUID } from 'node:crypto';
import express from 'express';
import type { WorkshopFacilitator } from '@roundtable/shared/accounts/accountRest';
import type { CommandId, MemberId } from '@roundtable/shared/ids/ids';
import { memberOf, sendError } from '../http/restRoutes';
import type { AccountDeps } from './accountDeps';

/**
 * A workshop's facilitators, as its facilitators see them (GET), and removing the other one (DELETE): [ACC13] the
 * removed facilitator's link stops working and the account that kept the seat no longer opens it.
 */
export function facilitatorRoutes(deps: AccountDeps): express.Router {
  const router = express.Router();

  router.get('/workshops/:workshopId/facilitators', async (req, res) => {
    const member = await memberOf(req, res, deps.store);
    if (!member) return;
    if (member.role !== 'facilitator') return sendError(res, { code: 'forbidden', message: 'Only facilitators can see who facilitates this workshop.' });
    const seats = new Set((await deps.accounts.listSeatsOfWorkshop(member.workshopId)).map((s) => s.memberId as string));
    const facilitators = await deps.rooms.with(member.workshopId, async (room) =>
      Object.values(room.current.members)
        .filter((m) => m.role === 'facilitator' && m.removedAt === null)
        .map((m): WorkshopFacilitator => ({ memberId: m.id, name: m.name, kept: seats.has(m.id), you: m.id === member.memberId })),
    );
    if (!facilitators) return sendError(res, { code: 'not_found', message: 'There is no such workshop.' });
    res.json({ facilitators });
  });

  router.delete('/workshops/:workshopId/facilitators/:memberId', async (req, res) => {
    const member = await memberOf(req, res, deps.store);
    if (!member) return;
    if (member.role !== 'facilitator') return sendError(res, { code: 'forbidden', message: 'Only a facilitator can remove the other facilitator.' });
    const target = req.params.memberId as MemberId;
    if (target === member.memberId) return sendError(res, { code: 'forbidden', message: 'You cannot remove yourself; the other facilitator can.' });
    const result = await deps.rooms.with(member.workshopId, async (room) => {
      const other = Object.hasOwn(room.current.members, target) ? room.current.members[target] : undefined;
      if (!other || other.role !== 'facilitator' || other.removedAt !== null) return null;
      return room.execute('member:remove', { commandId: randomUUID() as CommandId, memberId: target }, { memberId: member.memberId, role: member.role });
    });
    if (!result) return sendError(res, { code: 'not_found', message: 'That person is not a facilitator of this workshop.' });
    if (!result.ok) return sendError(res, result.error);
    await deps.accounts.releaseSeat(member.workshopId, target);
    res.status(204).end();
  });

  return router;
}
