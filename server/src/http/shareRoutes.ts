import express, { type Request } from 'express';
import type { SharedPlanResponse } from '@roundtable/shared/protocol/rest';
import { latestAgreedPlan } from '../exports/documents/planExport';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { linkHolder } from './linkRoutes';
import { sendError } from './restRoutes';
import type { TransitionContext } from '@roundtable/shared/workshop/transitionContext';

export interface ShareDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  context: () => TransitionContext;
}

/** The holder of a sponsor's share link (links/shareLinkKind.ts), or a 401 already sent. */
export const shareLinkOf = linkHolder('share');

/**
 * [SHARE2] What a share link opens: the latest agreed version of the plan, and nothing else of the workshop (its
 * files are served with every other document's, by exportRoutes.ts). Facilitators make the links (linkRoutes.ts).
 */
export function shareRoutes(deps: ShareDeps): express.Router {
  const router = express.Router();

  router.get('/shared/plan.json', async (req: Request, res) => {
    const link = await shareLinkOf(req, res, deps.store);
    if (!link) return;
    const state = await deps.rooms.with(link.workshopId, (room) => room.readCommitted(() => room.current));
    if (!state) return sendError(res, { code: 'not_found', message: 'This workshop no longer exists.' });
    const body: SharedPlanResponse = { title: state.meta.title, area: state.meta.area, plan: latestAgreedPlan(state, deps.context().now) };
    res.set('Cache-Control', 'no-store').json(body);
  });

  return router;
}
