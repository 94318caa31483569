import express, { type Request, type Response } from 'express';
import { planDocument } from '@roundtable/shared/plan/planDocument';
import { buildProfile, type PartnershipProfile } from '@roundtable/shared/profile/profile';
import { reviewDocument } from '@roundtable/shared/review/reviewDocument';
import type { TransitionContext } from '@roundtable/shared/workshop/transition';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { CONTENT_TYPES } from '../exports/contentTypes';
import { fileSlug } from '../exports/exportWording';
import { isPlanFormat, planFile } from '../exports/planExports';
import { profileDocx } from '../exports/profileDocx';
import { profileMarkdown } from '../exports/profileMarkdown';
import { profilePdf } from '../exports/profilePdf';
import { isReviewFormat, reviewFile } from '../exports/reviewExports';
import type { MemberRecord, WorkshopStore } from '../store/workshopStore';
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

const PROFILE_FORMATS: Readonly<Record<string, Format<PartnershipProfile>>> = {
  md: { contentType: CONTENT_TYPES.md, render: (p) => Buffer.from(profileMarkdown(p), 'utf8') },
  docx: { contentType: CONTENT_TYPES.docx, render: profileDocx },
  pdf: { contentType: CONTENT_TYPES.pdf, render: profilePdf },
};

/** Sends a rendered document as a download that no cache keeps (it holds what a workshop agreed). */
export function sendDownload(res: Response, fileName: string, contentType: string, body: Buffer): void {
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

/** Versions are numbered from 1; past this a number is not one a plan could have reached. */
const VERSION_PATTERN = /^[1-9][0-9]{0,5}$/;

/**
 * `?version=N` as asked: null when absent (the plan as it stands), the number, or 'invalid' for anything else (a
 * repeated parameter, zero, a sign, a fraction, letters).
 */
export function requestedVersion(req: Request): number | null | 'invalid' {
  const raw: unknown = req.query.version;
  if (raw === undefined) return null;
  return typeof raw === 'string' && VERSION_PATTERN.test(raw) ? Number(raw) : 'invalid';
}

/**
 * The workshop's documents as files, for any member of the workshop (participant or facilitator) and nobody else.
 * Each is rendered from the committed state (`room.current`) when asked for.
 * - [PRO2] the partnership profile as Markdown, Word or PDF; its anonymity is its own (shared/src/profile/profile.ts).
 * - [EXP1] [EXP2] the action plan as Word, PDF, Markdown or CSV: the plan as it stands, or with `?version=N` an agreed
 *   version exactly as agreed.
 * - [REVEXP1] [REVEXP2] the session-five review as Word, PDF or Markdown, once a version of the plan has been agreed.
 */
export function exportRoutes(deps: ExportDeps): express.Router {
  const router = express.Router();

  const committedState = (member: MemberRecord): Promise<WorkshopState | null> => deps.rooms.with(member.workshopId, (room) => room.readCommitted(() => room.current));

  router.get('/workshops/:workshopId/profile.:format', async (req, res) => {
    const format = Object.hasOwn(PROFILE_FORMATS, req.params.format) ? PROFILE_FORMATS[req.params.format] : undefined;
    if (!format) return sendError(res, { code: 'not_found', message: 'The profile can be downloaded as .md, .docx or .pdf.' });
    const member = await memberOf(req, res, deps.store);
    if (!member) return;
    const state = await committedState(member);
    if (!state) return sendError(res, { code: 'not_found', message: 'There is no such workshop.' });
    const body = await format.render(buildProfile(state, deps.context().now));
    sendDownload(res, `${fileSlug(state.meta.title)}-partnership-profile.${req.params.format}`, format.contentType, body);
  });

  router.get('/workshops/:workshopId/plan.:format', async (req, res) => {
    const format = req.params.format;
    if (!isPlanFormat(format)) return sendError(res, { code: 'not_found', message: 'The action plan can be downloaded as .docx, .pdf, .md or .csv.' });
    const member = await memberOf(req, res, deps.store);
    if (!member) return;
    const version = requestedVersion(req);
    if (version === 'invalid') {
      return sendError(res, { code: 'invalid_payload', message: 'The version is a whole number from 1, such as ?version=2.', fields: { version: 'Give a version number such as 2.' } });
    }
    const state = await committedState(member);
    if (!state) return sendError(res, { code: 'not_found', message: 'There is no such workshop.' });
    const document = planDocument(state, version, deps.context().now);
    if (!document) return sendError(res, { code: 'not_found', message: `Version ${version} of the action plan has not been agreed.` });
    const file = await planFile(format, document);
    sendDownload(res, file.fileName, file.contentType, file.body);
  });

  router.get('/workshops/:workshopId/review.:format', async (req, res) => {
    const format = req.params.format;
    if (!isReviewFormat(format)) return sendError(res, { code: 'not_found', message: 'The review report can be downloaded as .docx, .pdf or .md.' });
    const member = await memberOf(req, res, deps.store);
    if (!member) return;
    const state = await committedState(member);
    if (!state) return sendError(res, { code: 'not_found', message: 'There is no such workshop.' });
    const document = reviewDocument(state, deps.context().now);
    if (!document) return sendError(res, { code: 'wrong_phase', message: 'The review report is made once the action plan has been agreed: no version has been agreed yet.' });
    const file = await reviewFile(format, document);
    sendDownload(res, file.fileName, file.contentType, file.body);
  });

  return router;
}
