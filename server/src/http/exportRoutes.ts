import express, { type Response } from 'express';
import { buildProfile, type PartnershipProfile } from '@roundtable/shared/profile/profile';
import type { TransitionContext } from '@roundtable/shared/workshop/transition';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { fileSlug } from '../exports/exportWording';
import { profileDocx } from '../exports/profileDocx';
import { profileMarkdown } from '../exports/profileMarkdown';
import { profilePdf } from '../exports/profilePdf';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { memberOf, sendError } from './restRoutes';

export interface ExportDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  /** The clock: exports say when they were generated. */
  context: () => TransitionContext;
}

/** A file format a document can be downloaded in. */
interface Format<T> {
  contentType: string;
  render: (document: T) => Buffer | Promise<Buffer>;
}

export const MARKDOWN_TYPE = 'text/markdown; charset=utf-8';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

const PROFILE_FORMATS: Readonly<Record<string, Format<PartnershipProfile>>> = {
  md: { contentType: MARKDOWN_TYPE, render: (p) => Buffer.from(profileMarkdown(p), 'utf8') },
  docx: { contentType: DOCX_TYPE, render: profileDocx },
  pdf: { contentType: PDF_TYPE, render: profilePdf },
};

/** Sends a rendered document as a download that no cache keeps (it holds what a workshop agreed). */
function sendDownload(res: Response, fileName: string, contentType: string, body: Buffer): void {
  res
    .status(200)
    .set({
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    .end(body);
}

/**
 * The workshop's documents as files: [PRO2] the partnership profile as Markdown, Word or PDF, for any member of the
 * workshop (participant or facilitator) and nobody else. Each document is rendered from the committed state
 * (`room.current`) when asked for; its anonymity is the document's own (see shared/src/profile/profile.ts).
 * The action plan and the review go beside the profile here.
 */
export function exportRoutes(deps: ExportDeps): express.Router {
  const router = express.Router();

  router.get('/workshops/:workshopId/profile.:format', async (req, res) => {
    const format = Object.hasOwn(PROFILE_FORMATS, req.params.format) ? PROFILE_FORMATS[req.params.format] : undefined;
    if (!format) return sendError(res, { code: 'not_found', message: 'The profile can be downloaded as .md, .docx or .pdf.' });
    const member = await memberOf(req, res, deps.store);
    if (!member) return;
    const state: WorkshopState | null = await deps.rooms.with(member.workshopId, (room) => room.readCommitted(() => room.current));
    if (!state) return sendError(res, { code: 'not_found', message: 'There is no such workshop.' });
    const body = await format.render(buildProfile(state, deps.context().now));
    sendDownload(res, `${fileSlug(state.meta.title)}-partnership-profile.${req.params.format}`, format.contentType, body);
  });

  return router;
}
