import express, { type Request, type Response } from 'express';
import type { Logger } from '../app/logger';
import { LINK_KIND_NAMES, linkKind, oneLiveKey, type LinkKind, type LinkRecord, type NewLink } from '../links/linkKinds';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { memberOf, sendError } from './restRoutes';
import { hashToken, newId, newToken } from './secrets';
import type { TransitionContext } from '@roundtable/shared/workshop/transitionContext';

export interface LinkDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  logger: Logger;
  context: () => TransitionContext;
  publicUrl: (req: Request) => string;
}

/** A token longer than this is no token of ours (ours are 43 characters): refused before it is hashed. */
const TOKEN_MAX_CHARS = 200;

/** The address a link hands out: the token travels in the #fragment, never to a server log (like members' links). */
export function linkUrl(kind: LinkKind, origin: string, token: string): string {
  return `${origin}${linkKind(kind).page}#token=${token}`;
}

/**
 * Who holds a link of this kind: the live link the request's `Authorization: Bearer` token belongs to, or null with
 * a 401 already sent (no token, an unknown or revoked one, or a token of another kind of link or of a member). The
 * asker of every route a link's holder may use: the kind's own (shareRoutes.ts, leadRoutes.ts) and its documents'
 * (exportRoutes.ts).
 */
export function linkHolder<K extends LinkKind>(kind: K): (req: Request, res: Response, store: WorkshopStore) => Promise<LinkRecord<K> | null> {
  return async (req, res, store) => {
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length).trim() : '';
    const link = token && token.length <= TOKEN_MAX_CHARS ? await store.findLinkByTokenHash(hashToken(token)) : null;
    if (link?.kind === kind) return link as LinkRecord<K>;
    sendError(res, { code: 'unauthorized', message: linkKind(kind).wording.notWorking });
    return null;
  };
}

/**
 * [SHARE1] [REV1] Facilitators make, list and revoke the workshop's links, every kind (links/linkKinds.ts) at its own
 * path: `GET` and `POST /api/workshops/:workshopId/<path>`, `DELETE …/<path>/:linkId`. Participants are refused with
 * 403, anyone without a facilitator's or participant's token for this workshop with 401. A new link is answered once
 * with its URL (the only time the token leaves the server); a kind's `oneLivePer` link with the same key is revoked in
 * the same transaction, and a workshop keeps at most the kind's `maxLive` live links (409 `limit_reached`; replacing a
 * link is always possible).
 */
export function linkRoutes(deps: LinkDeps): express.Router {
  const router = express.Router();

  for (const kind of LINK_KIND_NAMES) {
    const description = linkKind(kind);
    const path = `/workshops/:workshopId/${description.path}`;

    const facilitatorOf = async (req: Request, res: Response) => {
      const member = await memberOf(req, res, deps.store);
      if (!member) return null;
      if (member.role !== 'facilitator') {
        sendError(res, { code: 'forbidden', message: description.wording.forbidden });
        return null;
      }
      return member;
    };

    router.get(path, async (req, res) => {
      const member = await facilitatorOf(req, res);
      if (!member) return;
      const links = await deps.store.listLinks(member.workshopId, kind);
      res.set('Cache-Control', 'no-store').json({ links: links.map((link) => description.info(link)) });
    });

    router.post(path, async (req, res) => {
      const member = await facilitatorOf(req, res);
      if (!member) return;
      const workshopId = member.workshopId;
      const details = await description.make({ body: req.body as unknown, state: () => deps.rooms.with(workshopId, (room) => room.readCommitted(() => room.current)) });
      if (!details.ok) return sendError(res, details.error);
      // A link that replaces another (same one-live-link key) does not count against the limit.
      const key = oneLiveKey(kind, details.data);
      const live = (await deps.store.listLinks(workshopId, kind)).filter((l) => l.revokedAt === null && (key === null || oneLiveKey(kind, l.details) !== key));
      if (live.length >= description.maxLive) return sendError(res, { code: 'limit_reached', message: description.wording.limitReached(description.maxLive) });
      const token = newToken();
      // The details are the kind's own `make`'s (and the store checks them against the kind's schema again).
      const made = await deps.store.createLink({ kind, linkId: newId(), workshopId, tokenHash: hashToken(token), createdBy: member.memberId, details: details.data } as NewLink);
      deps.logger.info({ workshopId, kind, linkId: made.link.linkId, revoked: made.revoked }, 'link created');
      res.status(201).set('Cache-Control', 'no-store').json({ link: description.info(made.link), url: linkUrl(kind, deps.publicUrl(req), token) });
    });

    router.delete(`${path}/:linkId`, async (req, res) => {
      const member = await facilitatorOf(req, res);
      if (!member) return;
      const linkId = String(req.params.linkId).slice(0, 64);
      if (!(await deps.store.revokeLink(member.workshopId, kind, linkId))) return sendError(res, { code: 'not_found', message: description.wording.noSuchLink });
      deps.logger.info({ workshopId: member.workshopId, kind, linkId }, 'link revoked');
      res.status(204).end();
    });
  }

  return router;
}
