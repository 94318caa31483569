import express, { type Request, type Response } from 'express';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import type { ShareLinkCreated, ShareLinksResponse, SharedPlanResponse } from '@roundtable/shared/protocol/rest';
import type { TransitionContext } from '@roundtable/shared/workshop/transition';
import { latestAgreedPlan } from '../exports/documents/planExport';
import type { Logger } from '../app/logger';
import type { ShareLinkRecord, WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { memberOf, sendError } from './restRoutes';
import { hashToken, newId, newToken } from './secrets';

export interface ShareDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  logger: Logger;
  context: () => TransitionContext;
  publicUrl: (req: Request) => string;
}

/** A workshop keeps at most this many live share links: enough for every sponsor, few enough to review. */
export const SHARE_LINKS_MAX = 20;

/** The sponsor's link: the token travels in the #fragment, never to a server log (like members' links). */
export function shareLinkUrl(origin: string, token: string): string {
  return `${origin}/shared#token=${token}`;
}

/** The live share link a request's `Authorization: Bearer` token belongs to, or an error response already sent. */
export async function shareLinkOf(req: Request, res: Response, store: WorkshopStore): Promise<ShareLinkRecord | null> {
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length).trim() : '';
  const link = token && token.length <= 200 ? await store.findShareLinkByTokenHash(hashToken(token)) : null;
  if (!link) sendError(res, { code: 'unauthorized', message: 'This link to the action plan does not work (any more). Ask the facilitators for a new one.' });
  return link;
}

/**
 * [SHARE1] Facilitators make read-only links to the agreed action plan for sponsors who were not in the room, list
 * them and revoke them; a revoked link stops working at once. Participants cannot.
 */
export function shareRoutes(deps: ShareDeps): express.Router {
  const router = express.Router();

  async function facilitatorOf(req: Request, res: Response) {
    const member = await memberOf(req, res, deps.store);
    if (!member) return null;
    if (member.role !== 'facilitator') {
      sendError(res, { code: 'forbidden', message: 'Only a facilitator can share the action plan outside the workshop.' });
      return null;
    }
    return member;
  }

  router.get('/workshops/:workshopId/share-links', async (req, res) => {
    const member = await facilitatorOf(req, res);
    if (!member) return;
    const body: ShareLinksResponse = { links: await deps.store.listShareLinks(member.workshopId) };
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.post('/workshops/:workshopId/share-links', async (req, res) => {
    const member = await facilitatorOf(req, res);
    if (!member) return;
    const live = (await deps.store.listShareLinks(member.workshopId)).filter((l) => l.revokedAt === null);
    if (live.length >= SHARE_LINKS_MAX) {
      return sendError(res, { code: 'limit_reached', message: `This workshop has ${SHARE_LINKS_MAX} share links. Revoke one you no longer need first.` });
    }
    const token = newToken();
    const link = await deps.store.createShareLink({ linkId: newId(), workshopId: member.workshopId as WorkshopId, tokenHash: hashToken(token), createdBy: member.memberId });
    deps.logger.info({ workshopId: member.workshopId, linkId: link.linkId }, 'share link created');
    const body: ShareLinkCreated = { link, url: shareLinkUrl(deps.publicUrl(req), token) };
    res.status(201).set('Cache-Control', 'no-store').json(body);
  });

  router.delete('/workshops/:workshopId/share-links/:linkId', async (req, res) => {
    const member = await facilitatorOf(req, res);
    if (!member) return;
    const revoked = await deps.store.revokeShareLink(member.workshopId as WorkshopId, String(req.params.linkId).slice(0, 64));
    if (!revoked) return sendError(res, { code: 'not_found', message: 'There is no such live share link in this workshop.' });
    deps.logger.info({ workshopId: member.workshopId, linkId: req.params.linkId }, 'share link revoked');
    res.status(204).end();
  });

  /**
   * [SHARE2] What a share link opens: the latest agreed version of the plan, and nothing else of the workshop (its
   * files are served with every other document's, by exportRoutes.ts).
   */
  router.get('/shared/plan.json', async (req, res) => {
    const link = await shareLinkOf(req, res, deps.store);
    if (!link) return;
    const state = await deps.rooms.with(link.workshopId, (room) => room.readCommitted(() => room.current));
    if (!state) return sendError(res, { code: 'not_found', message: 'This workshop no longer exists.' });
    const body: SharedPlanResponse = { title: state.meta.title, area: state.meta.area, plan: latestAgreedPlan(state, deps.context().now) };
    res.set('Cache-Control', 'no-store').json(body);
  });

  return router;
}
