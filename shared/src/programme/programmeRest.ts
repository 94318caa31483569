import { z } from 'zod';
import { safeIdText } from '../ids/ids';
import type { AreaOutputs } from './areaOutputs';
import type { AreaSummary } from './areaSummary';

/*
 * Programmes: many areas, one programme. The REST contract between the programme pages and the server (all under
 * /api, all for signed-in accounts; anything of a programme the account is not staff of answers 404, as one that does
 * not exist).
 *
 *   GET    /programmes                                   → { programmes: ProgrammeListing[] } (the account's own)
 *   POST   /programmes                                   NewProgrammeBody → ProgrammeDetails (its maker is its first lead)
 *   GET    /programmes/:programmeId                      → ProgrammeDetails (its leads and facilitators)
 *   PUT    /programmes/:programmeId                      ProgrammeBody → ProgrammeDetails (leads)
 *   GET    /programmes/:programmeId/invitations          → { invitations: ProgrammeInvitation[] } (leads)
 *   POST   /programmes/:programmeId/invitations          NewProgrammeInvitationBody → CreatedProgrammeInvitation (leads)
 *   DELETE /programmes/:programmeId/invitations/:invitationId → 204 (leads)
 *   POST   /programme-invitations/accept                 AcceptProgrammeInvitationBody → ProgrammeListing
 *   POST   /programmes/:programmeId/areas/:areaId/workshop  NewAreaWorkshopBody → AreaWorkshopCreated (facilitators)
 *   PUT    /programmes/:programmeId/areas/:areaId/workshop  BringWorkshopBody → 204 (facilitators who facilitate it)
 *   GET    /programmes/:programmeId/areas                → ProgrammeView (leads)
 *   GET    /programmes/:programmeId/areas/:areaId/outputs → AreaOutputs (leads; read-only)
 *
 * Live: the Socket.io namespace PROGRAMME_NAMESPACE, joined with `auth: { programmeId }` by a lead's signed-in browser,
 * sends `programme:view` (a ProgrammeView) on joining and again after any area's change alters what it publishes.
 *
 * Pages: /programmes (the account's programmes and making one), /programmes/:programmeId (the programme view),
 * /programmes/join#invitation=<token> (accepting an invitation).
 */

export const PROGRAMME_NAMESPACE = '/programmes';
export const PROGRAMME_ROLES = ['lead', 'facilitator'] as const;
export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];

export const PROGRAMME_TITLE_MAX_CHARS = 120;
export const OBJECTIVE_MAX_CHARS = 300;
export const OBJECTIVES_MAX = 10;
export const PLACE_NAME_MAX_CHARS = 80;
export const REGIONS_MAX = 20;
export const AREAS_PER_REGION_MAX = 30;

const words = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, `${label} cannot be empty.`)
    .max(max, `${label} can be at most ${max} characters.`);

const uniqueNames = <T extends { name: string }>(list: T[], ctx: z.RefinementCtx, what: string) => {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const key = item.name.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Two ${what} are called “${item.name}”.` });
    seen.add(key);
  });
};

const placeName = (label: string) => words(PLACE_NAME_MAX_CHARS, label);
const areaList = <A extends z.ZodType<{ name: string }>>(area: A) =>
  z
    .array(area)
    .max(AREAS_PER_REGION_MAX, `A region has at most ${AREAS_PER_REGION_MAX} areas.`)
    .superRefine((areas, ctx) => uniqueNames(areas, ctx, 'areas'));
const regionList = <R extends z.ZodType<{ name: string }>>(region: R) =>
  z
    .array(region)
    .max(REGIONS_MAX, `A programme has at most ${REGIONS_MAX} regions.`)
    .superRefine((regions, ctx) => uniqueNames(regions, ctx, 'regions'))
    .default([]);

const newRegions = regionList(z.strictObject({ name: placeName('A region’s name'), areas: areaList(z.strictObject({ name: placeName('An area’s name') })) }));
const keptRegions = regionList(
  z.strictObject({
    /** An existing region's id; a new region has none. */
    regionId: safeIdText.optional(),
    name: placeName('A region’s name'),
    areas: areaList(z.strictObject({ areaId: safeIdText.optional(), name: placeName('An area’s name') })),
  }),
);

const programmeFields = {
  title: words(PROGRAMME_TITLE_MAX_CHARS, 'The title'),
  objectives: z.array(words(OBJECTIVE_MAX_CHARS, 'A national objective')).max(OBJECTIVES_MAX, `A programme has at most ${OBJECTIVES_MAX} national objectives.`).default([]),
};

/** A new programme: its regions and areas are all new, so none carries an id. */
export const newProgrammeBodySchema = z.strictObject({ ...programmeFields, regions: newRegions });
export type NewProgrammeBody = z.input<typeof newProgrammeBodySchema>;

/** A change to a programme: a region or an area it has keeps its id; a new one is sent without. */
export const programmeBodySchema = z.strictObject({ ...programmeFields, regions: keptRegions });
export type ProgrammeBody = z.input<typeof programmeBodySchema>;

export const newProgrammeInvitationBodySchema = z.strictObject({
  role: z.enum(PROGRAMME_ROLES, { error: 'An invitation is for a programme lead or a facilitator.' }),
});
export type NewProgrammeInvitationBody = z.input<typeof newProgrammeInvitationBodySchema>;

export const acceptProgrammeInvitationBodySchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'This invitation link is not complete. Open it again from where you received it.'),
});

export const newAreaWorkshopBodySchema = z.strictObject({
  facilitatorName: words(80, 'Your name'),
  /** The workshop's title; the programme's title and the area's name when left out. */
  title: words(120, 'The title').optional(),
});
export type NewAreaWorkshopBody = z.input<typeof newAreaWorkshopBodySchema>;

export const bringWorkshopBodySchema = z.strictObject({ workshopId: safeIdText });

export interface ProgrammeArea {
  areaId: string;
  name: string;
  /** The area's workshop, once one is made or brought in. */
  workshopId: string | null;
}

export interface ProgrammeRegion {
  regionId: string;
  name: string;
  areas: ProgrammeArea[];
}

export interface ProgrammeStaffMember {
  accountId: string;
  displayName: string;
  role: ProgrammeRole;
}

export interface ProgrammeDetails {
  programmeId: string;
  title: string;
  objectives: string[];
  regions: ProgrammeRegion[];
  staff: ProgrammeStaffMember[];
  /** The asker's role in it. */
  you: ProgrammeRole;
}

export interface ProgrammeListing {
  programmeId: string;
  title: string;
  role: ProgrammeRole;
}

export interface ProgrammeInvitation {
  invitationId: string;
  role: ProgrammeRole;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedProgrammeInvitation {
  invitation: ProgrammeInvitation;
  /** The link to send; shown once (its token is kept only as a hash). */
  url: string;
}

export interface AreaWorkshopCreated {
  workshopId: string;
  joinCode: string;
  facilitatorUrl: string;
  coFacilitatorUrl: string;
}

/** An area's line in the programme view: where it sits, and its summary once it has a workshop. */
export interface ProgrammeViewArea {
  areaId: string;
  name: string;
  regionId: string;
  regionName: string;
  summary: AreaSummary | null;
}

export interface ProgrammeView {
  programmeId: string;
  title: string;
  areas: ProgrammeViewArea[];
}

export type { AreaOutputs, AreaSummary };
