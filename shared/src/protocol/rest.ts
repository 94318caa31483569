import { z } from 'zod';
import type { PlanDocument } from '../plan/planDocument';
import type { LeadSlot } from '../plan/plan';
import type { Evidence, ProgressStatus, ProgressUpdate } from '../review/progress';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from './joinCode';
import { AREA_MAX_CHARS, WORKSHOP_TITLE_MAX_CHARS } from '../workshop/workshopLimits';
import { ORGANISATION_MAX_CHARS, PERSON_NAME_MAX_CHARS } from '../members/memberLimits';
import type { Sector } from '../members/sector';
import { sectorSchema } from '../members/memberSchema';
import type { Role } from '../command/actor';
import { text } from '../command/payload';

export const createWorkshopBodySchema = z.strictObject({
  title: text(WORKSHOP_TITLE_MAX_CHARS, 'The workshop title'),
  area: text(AREA_MAX_CHARS, 'The area'),
  facilitatorName: text(PERSON_NAME_MAX_CHARS, 'Your name'),
  /** [LIVE5] Who the creator is to the room, optional here and editable later like any member's. */
  facilitatorOrganisation: text(ORGANISATION_MAX_CHARS, 'Your organisation', 0).optional(),
  facilitatorSector: sectorSchema.optional(),
});
export type CreateWorkshopBody = z.input<typeof createWorkshopBodySchema>;

export interface CreateWorkshopResponse {
  workshopId: string;
  joinCode: string;
  facilitatorUrl: string;
  coFacilitatorUrl: string;
}

export const joinBodySchema = z.strictObject({
  joinCode: z
    .string({ error: 'Enter the code shown in the room.' })
    .transform(normaliseJoinCode)
    .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'A join code is six letters and digits, like ABC-234.')),
  name: text(PERSON_NAME_MAX_CHARS, 'Your name'),
  organisation: text(ORGANISATION_MAX_CHARS, 'Your organisation', 0),
  sector: sectorSchema,
});
export type JoinBody = z.input<typeof joinBodySchema>;

export interface JoinResponse {
  workshopId: string;
  participantId: string;
  participantUrl: string;
}

/** `POST /api/session`: exchange a token (from a link's #fragment) for an HttpOnly cookie. */
export const sessionBodySchema = z.strictObject({
  workshopId: z.string().max(64),
  token: z.string().min(16).max(200),
});

/** `GET /api/workshops/:id/me`: who this browser is in the workshop. */
export interface MeResponse {
  workshopId: string;
  memberId: string;
  role: Role;
  sector: Sector | null;
}

/** Body of every REST error response. */
export interface ErrorResponse {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** A read-only link to the agreed action plan, as facilitators see it (the token is shown once, in `url`). */
export interface ShareLinkInfo {
  linkId: string;
  workshopId: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** `GET /api/workshops/:id/share-links` (facilitators). */
export interface ShareLinksResponse {
  links: ShareLinkInfo[];
}

/** `POST /api/workshops/:id/share-links` (facilitators): the new link; its URL carries the token in the #fragment. */
export interface ShareLinkCreated {
  link: ShareLinkInfo;
  url: string;
}

/** `GET /api/shared/plan.json` with a share link's token: the latest agreed plan (null before the first agreement). */
export interface SharedPlanResponse {
  title: string;
  area: string;
  plan: PlanDocument | null;
}

/**
 * A lead's personal link for reporting progress on one action (session five). Facilitators see these; the token
 * is shown once, in `url` (as `/lead#token=…`). A link belongs to one action and one of its two lead slots.
 */
export interface LeadLinkInfo {
  linkId: string;
  workshopId: string;
  actionId: string;
  slot: LeadSlot;
  /** The lead's name as the plan has it when the link was made. */
  leadName: string;
  createdAt: string;
  revokedAt: string | null;
}

/** `GET /api/workshops/:id/lead-links` (facilitators). */
export interface LeadLinksResponse {
  links: LeadLinkInfo[];
}

/** `POST /api/workshops/:id/lead-links` (facilitators), body `{ actionId, slot }`: the new link (an older live link for the same lead is revoked). */
export interface LeadLinkCreated {
  link: LeadLinkInfo;
  url: string;
}

/** `GET /api/lead/action.json` with a lead link's token (Bearer): what the lead may see and report on. */
export interface LeadActionResponse {
  workshopTitle: string;
  area: string;
  objectiveText: string;
  action: { id: string; text: string; timescaleLabel: string | null; overdue: boolean };
  slot: LeadSlot;
  leadName: string;
  /** Every update on this action since agreement, oldest first, from either lead. */
  updates: ProgressUpdate[];
}

/** `POST /api/lead/progress` with a lead link's token (Bearer): one report; `commandId` makes a resend harmless. */
export interface LeadProgressRequest {
  commandId: string;
  /** The action the page shows; when given it must be the link's own (a link reports on one action, for one lead). */
  actionId?: string;
  slot?: LeadSlot;
  status: ProgressStatus;
  note: string;
  evidence: Evidence[];
}

/** The answer to a LeadProgressRequest: the update as stored (a resend returns the same one). */
export interface LeadProgressResponse {
  update: ProgressUpdate;
}
