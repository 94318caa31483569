import express, { type Request, type Response } from 'express';
import type { AppError } from '@roundtable/shared/protocol/errors';
import type { Logger } from '../app/logger';
import type { DocumentFiles } from '../exports/documentFiles';
import { RenderQueueFull } from '../exports/documentRenderer';
import type { Askers, Audience, ExportFile, RegisteredExport, ServedAccess } from '../exports/exportDocument';
import { EXPORT_REGISTRY } from '../exports/exportRegistry';
import { EXPORT_WORDING } from '../exports/exportWording';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { leadLinkOf } from './leadRoutes';
import { memberOf, sendError } from './restRoutes';
import { shareLinkOf } from './shareRoutes';
import type { TransitionContext } from '@roundtable/shared/workshop/transitionContext';

export interface ExportDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  /** The clock: exports say when they were generated. */
  context: () => TransitionContext;
  /** The documents to serve: the registry, unless a test names others. */
  documents?: readonly RegisteredExport[];
  /** [CAP1] [CAP2] Where files are rendered (a pool of workers) and kept. */
  files: DocumentFiles;
  logger: Logger;
}

/** Sends a rendered document as a download that no cache keeps (it holds what a workshop agreed). */
function sendDownload(res: Response, file: ExportFile): void {
  res
    .status(200)
    .set({
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Content-Length': String(file.body.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    .end(file.body);
}

interface AudienceRoute<A extends Audience> {
  /** Where its documents are: the path for the document `name`. */
  path: (name: string) => string;
  /** Who asks, from the request's cookie or bearer token; or null with the error response already sent. */
  asker: (req: Request, res: Response, store: WorkshopStore) => Promise<Askers[A] | null>;
  /** The answer when the asker's workshop can no longer be read. */
  noWorkshop: AppError;
}

const AUDIENCES: { readonly [A in Audience]: AudienceRoute<A> } = {
  member: { path: (name) => `/workshops/:workshopId/${name}.:format`, asker: memberOf, noWorkshop: { code: 'not_found', message: 'There is no such workshop.' } },
  shareLink: { path: (name) => `/shared/${name}.:format`, asker: shareLinkOf, noWorkshop: { code: 'not_found', message: 'This workshop no longer exists.' } },
  leadLink: { path: (name) => `/lead/${name}.:format`, asker: leadLinkOf, noWorkshop: { code: 'not_found', message: 'This workshop no longer exists.' } },
};

/**
 * Every registered document (exports/exportRegistry.ts) as files, to each asker its description names: members of the
 * workshop (participant or facilitator), a sponsor's share link, a lead's progress link. Each file is rendered from
 * the committed state (`room.current`) when asked for. The checks run in one order for every document: the format
 * (404 naming the formats there are), the asker (401), the query (400), the workshop (404), whether the document is
 * available yet (its description's error), then the file.
 *
 * [CAP1] The main thread builds the document's model; its file is rendered by a worker (or was kept: CAP2). [CAP3]
 * While every worker is busy and the queue is full the answer is 503 `unavailable` with Retry-After; [CAP4] a render
 * that fails is 500 `internal`, and the next request renders afresh.
 *
 * Mount after shareRoutes and leadRoutes: their pages' data (`/shared/plan.json`) sits beside the documents' files
 * and would otherwise be answered here as a format the plan does not come in.
 */
export function exportRoutes(deps: ExportDeps): express.Router {
  const router = express.Router();

  function serve<A extends Audience>(audience: A, document: RegisteredExport, way: ServedAccess<Askers[A]>): void {
    const { path, asker, noWorkshop } = AUDIENCES[audience];
    router.get(path(document.name), async (req, res) => {
      const extension = String(req.params.format);
      if (!document.isFormat(extension)) return sendError(res, way.unknownFormat);
      const who = await asker(req, res, deps.store);
      if (!who) return;
      const opened = way.open(req.query);
      if (!opened.ok) return sendError(res, opened.error);
      const state = await deps.rooms.with(who.workshopId, (room) => room.readCommitted(() => room.current));
      if (!state) return sendError(res, noWorkshop);
      const prepared = opened.data(state, deps.context().now, who, extension);
      if (!prepared.ok) return sendError(res, prepared.error);
      const { fileName, contentType, make } = prepared.data;
      let body: Buffer;
      try {
        body = await deps.files.bytes(who.workshopId, make);
      } catch (error) {
        return renderRefused(res, error);
      }
      sendDownload(res, { fileName, contentType, body });
    });
  }

  function renderRefused(res: Response, error: unknown): void {
    if (error instanceof RenderQueueFull) {
      res.set('Retry-After', String(error.retryAfterSeconds));
      return sendError(res, { code: 'unavailable', message: EXPORT_WORDING.renderersBusy(error.retryAfterSeconds) });
    }
    deps.logger.error({ err: error }, 'a document could not be rendered');
    sendError(res, { code: 'internal', message: EXPORT_WORDING.renderFailed });
  }

  for (const document of deps.documents ?? EXPORT_REGISTRY) {
    const { member, shareLink, leadLink } = document.served;
    if (member) serve('member', document, member);
    if (shareLink) serve('shareLink', document, shareLink);
    if (leadLink) serve('leadLink', document, leadLink);
  }
  return router;
}
