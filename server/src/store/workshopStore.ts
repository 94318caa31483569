import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { SurveyResponse } from '@roundtable/shared/survey/surveyResults';
import type { HealthCheckResponse } from '@roundtable/shared/healthCheck/healthCheckResults';
import type { LinkKind, LinkRecord, NewLink } from '../links/linkKinds';
import type { Effect } from '@roundtable/shared/workshop/transitionContext';
import type { Role } from '@roundtable/shared/command/actor';

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

/** A sponsor's share link and a lead's progress link as the store keeps them (links/linkKinds.ts describes every kind). */
export type ShareLinkRecord = LinkRecord<'share'>;
export type LeadLinkRecord = LinkRecord<'lead'>;

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
  /**
   * Stores a link of any kind (links/linkKinds.ts), its details checked against the kind's. Where the kind allows one
   * live link per key (`oneLivePer`: a lead's link, per action and slot), the live link with the same key is revoked
   * in the same transaction, so exactly one stays live even when two are made at once. Returns the new link and the
   * ids of the links it revoked.
   */
  createLink<K extends LinkKind>(link: NewLink<K>): Promise<{ link: LinkRecord<K>; revoked: string[] }>;
  /** The workshop's links of one kind (of every kind when none is named), oldest first, revoked ones too. */
  listLinks<K extends LinkKind = LinkKind>(workshopId: WorkshopId, kind?: K): Promise<LinkRecord<K>[]>;
  /** Revokes a live link of this workshop and kind; false if there is no such live link. */
  revokeLink(workshopId: WorkshopId, kind: LinkKind, linkId: string): Promise<boolean>;
  /** The live (not revoked) link a token belongs to, of whichever kind it is. */
  findLinkByTokenHash(tokenHash: string): Promise<LinkRecord | null>;
  /** The workshop's survey answers, in no particular order, naming no one. */
  listSurveyResponses(workshopId: WorkshopId): Promise<SurveyResponse[]>;
  /** The workshop's health check answers, every round's, in no particular order, naming no one (HEALTH4). */
  listHealthCheckResponses(workshopId: WorkshopId): Promise<HealthCheckResponse[]>;
  close(): Promise<void>;
}
