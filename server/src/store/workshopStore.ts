import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { LeadSlot } from '@roundtable/shared/plan/plan';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { SurveyResponse } from '@roundtable/shared/survey/surveyResults';
import type { Effect } from '@roundtable/shared/workshop/transition';
import type { Role } from '@roundtable/shared/workshop/workshop';

export interface NewMemberRecord {
  memberId: MemberId;
  role: Role;
  tokenHash: string;
}

export interface MemberRecord {
  memberId: MemberId;
  workshopId: WorkshopId;
  role: Role;
}

export interface CommandRecord {
  memberId: MemberId;
  commandId: string;
  name: string;
  result: Ack<unknown>;
}

/** The shared doc every member syncs, and the hidden doc that never leaves the server. */
export type DocName = 'shared' | 'hidden';

/** One atomic change: everything in it is durable together, or none of it is. */
export interface Commit {
  workshopId: WorkshopId;
  /** The Yjs update the change produced, if it changed the shared doc. */
  update: Uint8Array | null;
  /** The update to the hidden doc, if it changed. */
  hiddenUpdate?: Uint8Array | null;
  command?: CommandRecord;
  newMember?: NewMemberRecord;
  /**
   * What the transition changed outside the docs, made durable in this same transaction, each in turn (a store
   * handles every kind: see `Effect`). A `joinCodeChanged` that clashes throws JoinCodeTakenError.
   */
  effects?: readonly Effect[];
}

export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Seq of the last update included (snapshot or log); 0 when empty. */
  lastSeq: number;
}

export interface CommitSeqs {
  shared: number | null;
  hidden: number | null;
}

/** A read-only link to the agreed plan, as the facilitators see it listed (the token itself is never stored). */
export interface ShareLinkRecord {
  linkId: string;
  workshopId: WorkshopId;
  createdBy: MemberId;
  createdAt: string;
  revokedAt: string | null;
}

/** A lead's personal link for reporting progress on one action, as the facilitators see it listed (never the token). */
export interface LeadLinkRecord {
  linkId: string;
  workshopId: WorkshopId;
  actionId: string;
  slot: LeadSlot;
  leadName: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface NewLeadLink {
  linkId: string;
  workshopId: WorkshopId;
  actionId: string;
  slot: LeadSlot;
  leadName: string;
  tokenHash: string;
  createdBy: MemberId;
}

export class JoinCodeTakenError extends Error {}

/** The join code a commit sets, if it sets one (for JoinCodeTakenError). */
export function newJoinCodeOf(commit: Commit): string | null {
  for (const effect of commit.effects ?? []) if (effect.type === 'joinCodeChanged') return effect.joinCode;
  return null;
}

/**
 * The server's store of record. Two implementations share this contract (store/workshopStore.contract.ts):
 * SQL on PGlite (embedded default) and SQL on PostgreSQL.
 */
export interface WorkshopStore {
  /** Creates a workshop with its first doc update and its facilitators. Throws JoinCodeTakenError on a clash. */
  createWorkshop(input: { workshopId: WorkshopId; joinCode: string; update: Uint8Array; members: NewMemberRecord[] }): Promise<void>;
  workshopExists(workshopId: WorkshopId): Promise<boolean>;
  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopId | null>;
  /** The member a token belongs to, unless removed. */
  findMemberByTokenHash(tokenHash: string): Promise<MemberRecord | null>;
  loadDoc(workshopId: WorkshopId, doc?: DocName): Promise<StoredDoc | null>;
  findCommandResult(workshopId: WorkshopId, memberId: MemberId, commandId: string): Promise<Ack<unknown> | null>;
  /**
   * Makes one change durable. Returns the seqs of the appended updates (null where that doc did not change).
   * Throws JoinCodeTakenError on a clash.
   */
  commit(commit: Commit): Promise<CommitSeqs>;
  /** Replaces one doc's log up to `uptoSeq` by `snapshot` (which must contain exactly those updates). */
  compact(workshopId: WorkshopId, snapshot: Uint8Array, uptoSeq: number, doc?: DocName): Promise<void>;
  createShareLink(link: { linkId: string; workshopId: WorkshopId; tokenHash: string; createdBy: MemberId }): Promise<ShareLinkRecord>;
  listShareLinks(workshopId: WorkshopId): Promise<ShareLinkRecord[]>;
  /** Revokes a link of this workshop; false if there is no such link (or it was already revoked). */
  revokeShareLink(workshopId: WorkshopId, linkId: string): Promise<boolean>;
  /** The live (not revoked) link a token belongs to. */
  findShareLinkByTokenHash(tokenHash: string): Promise<ShareLinkRecord | null>;
  /**
   * Makes a lead's link and, in the same transaction, revokes the live link that lead had (same action and slot),
   * so at most one link per lead works. Returns the new link and the ids of the links it revoked.
   */
  createLeadLink(link: NewLeadLink): Promise<{ link: LeadLinkRecord; revoked: string[] }>;
  /** The workshop's lead links, oldest first. */
  listLeadLinks(workshopId: WorkshopId): Promise<LeadLinkRecord[]>;
  /** Revokes a lead link of this workshop; false if there is no such live link. */
  revokeLeadLink(workshopId: WorkshopId, linkId: string): Promise<boolean>;
  /** The live (not revoked) lead link a token belongs to. */
  findLeadLinkByTokenHash(tokenHash: string): Promise<LeadLinkRecord | null>;
  /** The workshop's survey answers, in no particular order, naming no one. */
  listSurveyResponses(workshopId: WorkshopId): Promise<SurveyResponse[]>;
  close(): Promise<void>;
}
