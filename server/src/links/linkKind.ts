import type { z } from 'zod';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import { fieldErrors, type Ack, type AppError } from '@roundtable/shared/protocol/errors';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/**
 * A bearer link: it opens part of one workshop to whoever holds it, without an account (a sponsor's read-only link to
 * the agreed plan, a lead's link for reporting progress). Every kind is stored alike — the token only as its SHA-256
 * hash, who made it and when, when it was revoked — with the kind's own details beside; a revoked link stops working
 * at once. A kind is described once, with `defineLinkKind`, and listed in LINK_KINDS (linkKinds.ts): the store, the
 * routes that make, list and revoke links and the check of a holder's token all read that description.
 */
export interface StoredLink<D> {
  linkId: string;
  workshopId: WorkshopId;
  createdBy: MemberId;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601; null while the link works. */
  revokedAt: string | null;
  /** What the kind keeps with each link (a lead's link: the action, the lead slot and the lead's name). */
  details: D;
}

/** What facilitators send to make a link, and the workshop's committed state if the kind needs it. */
export interface LinkRequest {
  body: unknown;
  /** The workshop's committed state, read only when asked for; null if the workshop no longer exists. */
  state: () => Promise<WorkshopState | null>;
}

/** The sentences a kind's refusals use: each names the kind as facilitators and holders know it. */
export interface LinkWording {
  /** 403 to a participant who tries to make, list or revoke one. */
  forbidden: string;
  /** 404 for a revoke of a link this workshop does not have live. */
  noSuchLink: string;
  /** 401 to a holder whose token is unknown or revoked (or of another kind). */
  notWorking: string;
  /** 409 when a new link would take the workshop over `maxLive`. */
  limitReached: (maxLive: number) => string;
}

export interface LinkKindDescription<D, Info> {
  /** Where facilitators manage them: `/api/workshops/:workshopId/<path>` (GET lists, POST makes, DELETE `/:linkId` revokes). */
  path: string;
  /** The client page a link opens: the URL handed out is `<origin><page>#token=…` (the #fragment never reaches a server log). */
  page: string;
  /** The kind's details as the store keeps them: checked on every write and every read. */
  details: z.ZodType<D>;
  /**
   * At most one live link per this key in a workshop (a lead's link: per action and lead slot): making a link revokes
   * the live one with the same key in the same transaction, and two made at once leave one live. Absent: no such rule.
   */
  oneLivePer?: (details: D) => readonly string[];
  /** The most live links a workshop keeps; a link that replaces another (same `oneLivePer` key) can always be made. */
  maxLive: number;
  /** A new link's details from the request (its body, and the workshop's state if needed), or why none can be made. */
  make: (request: LinkRequest) => Promise<Ack<D>>;
  /** A link as the REST answers show it to facilitators (never its token). */
  info: (link: StoredLink<D>) => Info;
  wording: LinkWording;
}

export function defineLinkKind<D, Info>(description: LinkKindDescription<D, Info>): LinkKindDescription<D, Info> {
  return description;
}

/** The 400 for a body its schema refuses: the first field's sentence, and every field's. */
export function invalidPayload(issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const fields = fieldErrors(issues);
  return { code: 'invalid_payload', message: Object.values(fields)[0] ?? 'The request is not valid.', fields };
}
