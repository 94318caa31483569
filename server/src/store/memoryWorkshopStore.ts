import { randomBytes, randomInt } from 'node:crypto';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { shuffled, type SurveyResponse } from '@roundtable/shared/survey/surveyResults';
import { surveyResponseSchema } from '@roundtable/shared/survey/surveyResponseSchema';
import { isLinkKind, linkKind, oneLiveKey, type LinkKind, type LinkRecord, type NewLink } from '../links/linkKinds';
import { inMemoryTransaction, type MemoryTransaction } from './memoryTransaction';
import { insertMemoryHealthCheckResponse, listMemoryHealthCheckResponses, rewriteMemoryHealthCheckResponses, type MemoryHealthCheckRows } from './healthCheckRows';
import { asJsonbColumn, asTextColumn as t } from './postgresText';
import { JoinCodeTakenError, type DocName, type NewMemberRecord, type StoredDoc, type WorkshopStore } from './workshopStore';
import type { Effect } from '@roundtable/shared/workshop/transitionContext';
import type { Role } from '@roundtable/shared/command/actor';

/** One doc's log: the snapshot, and the updates after it by seq (appended in rising seq order). */
interface DocLog {
  snapshot: Uint8Array | null;
  uptoSeq: number;
  updates: Map<number, Uint8Array>;
}

interface WorkshopRow {
  joinCode: string;
  docs: Map<DocName, DocLog>;
  /** Survey answers under random keys, in stored order: JSON text, so nothing the caller holds is shared. */
  surveyResponses: Map<string, string>;
  /** Health check answers, every round's, likewise (HEALTH4). */
  healthCheckResponses: MemoryHealthCheckRows;
}

interface MemberRow {
  memberId: MemberId;
  workshopId: WorkshopId;
  role: Role;
  tokenHash: string;
  removedAt: string | null;
}

/** A link as the SQL table keeps it: its details as jsonb text, and its kind's one-live-link key. */
interface LinkRow {
  linkId: string;
  kind: LinkKind;
  workshopId: WorkshopId;
  createdBy: MemberId;
  createdAt: string;
  revokedAt: string | null;
  details: string;
  liveKey: string | null;
  tokenHash: string;
}

/** Bytes the store keeps or hands out are its own copy: no caller can change what another reads. */
const copyBytes = (bytes: Uint8Array) => new Uint8Array(bytes);
const now = () => new Date().toISOString();
const lookUp = <K, V>(table: Map<K, V>, key: K | undefined): V | undefined => (key === undefined ? undefined : table.get(key));
/** A composite key as one Map key: the JSON array of its parts (no separator an id could contain). */
const keyOf = (...parts: string[]) => JSON.stringify(parts);
const ROLES: ReadonlySet<string> = new Set<Role>(['facilitator', 'participant']);

/** What the SQL store's constraints refuse, refused here with the same effect: the whole change is undone. */
class ConstraintError extends Error {}

/**
 * The WorkshopStore in memory, for tests that are not about storage (as tldraw's InMemorySyncStorage): Maps keyed by
 * id, nothing persisted. It keeps the SQL store's contract (store/workshopStore.contract.ts): a commit is all or
 * nothing, join codes and command ids are unique, seqs rise across both docs, compaction never goes back, making a
 * link revokes the live one with the same one-live-link key in the same step, survey answers are rewritten in a random order at close.
 */
export function createMemoryWorkshopStore(): WorkshopStore {
  const workshops = new Map<WorkshopId, WorkshopRow>();
  const workshopByJoinCode = new Map<string, WorkshopId>();
  const members = new Map<MemberId, MemberRow>();
  const memberByTokenHash = new Map<string, MemberId>();
  /** Command results as JSON text (as jsonb keeps them), by workshop, member and command id. */
  const commands = new Map<string, string>();
  /** Links of every kind by id, in the order they were made. */
  const links = new Map<string, LinkRow>();
  /** Every link's token hash, revoked or not: they stay unique, as the SQL table's unique index keeps them. */
  const linkByTokenHash = new Map<string, string>();
  /** The live link of each one-live-link key, by workshop, kind and key (a lead's link: its action and slot). */
  const liveLinkByKey = new Map<string, string>();
  let lastSeq = 0;
  let closed = false;

  const whenOpen = () => {
    if (closed) throw new Error('The store is closed.');
  };
  const workshopOf = (workshopId: WorkshopId): WorkshopRow => {
    const row = workshops.get(t(workshopId) as WorkshopId);
    if (!row) throw new ConstraintError(`No workshop ${workshopId}: a row cannot refer to it.`);
    return row;
  };
  const docLog = (row: WorkshopRow, doc: DocName): DocLog => {
    let log = row.docs.get(doc);
    if (!log) row.docs.set(doc, (log = { snapshot: null, uptoSeq: 0, updates: new Map() }));
    return log;
  };

  function insertMember(tx: MemoryTransaction, workshopId: WorkshopId, m: NewMemberRecord): void {
    workshopOf(workshopId);
    const memberId = t(m.memberId) as MemberId;
    const tokenHash = t(m.tokenHash);
    if (!ROLES.has(m.role)) throw new ConstraintError(`Not a role: ${m.role}`);
    if (members.has(memberId)) throw new ConstraintError(`Member ${memberId} already exists.`);
    if (memberByTokenHash.has(tokenHash)) throw new ConstraintError('That token hash is already a member’s.');
    tx.set(members, memberId, { memberId, workshopId, role: m.role, tokenHash, removedAt: null });
    tx.set(memberByTokenHash, tokenHash, memberId);
  }

  function appendUpdate(tx: MemoryTransaction, workshopId: WorkshopId, update: Uint8Array, doc: DocName): number {
    const log = docLog(workshopOf(workshopId), doc);
    lastSeq += 1;
    tx.set(log.updates, lastSeq, copyBytes(update));
    return lastSeq;
  }

  function setJoinCode(tx: MemoryTransaction, workshopId: WorkshopId, joinCode: string): void {
    const row = workshops.get(workshopId);
    joinCode = t(joinCode);
    if (!row || row.joinCode === joinCode) return;
    if (workshopByJoinCode.has(joinCode)) throw new JoinCodeTakenError(joinCode);
    tx.delete(workshopByJoinCode, row.joinCode);
    tx.set(workshopByJoinCode, joinCode, workshopId);
    tx.assign(row, 'joinCode', joinCode);
  }

  /** Makes one of a transition's effects part of the commit's transaction, as the SQL store does. */
  function applyEffect(tx: MemoryTransaction, workshopId: WorkshopId, effect: Effect): void {
    switch (effect.type) {
      case 'joinCodeChanged':
        return setJoinCode(tx, workshopId, effect.joinCode);
      case 'memberRemoved': {
        const removed = members.get(t(effect.memberId) as MemberId);
        if (removed && removed.workshopId === workshopId) tx.assign(removed, 'removedAt', now());
        return;
      }
      case 'surveyResponse':
        return insertSurveyResponse(tx, workshopOf(workshopId).surveyResponses, effect.response);
      case 'surveyClosed': {
        const row = workshops.get(workshopId);
        if (row) rewriteSurveyResponses(tx, row);
        return;
      }
      case 'healthCheckResponse':
        return insertMemoryHealthCheckResponse(tx, workshopOf(workshopId).healthCheckResponses, effect.response);
      case 'healthCheckClosed':
        return rewriteMemoryHealthCheckResponses(tx, workshopOf(workshopId).healthCheckResponses, effect.healthCheckId);
      default:
        throw new Error(`Unknown effect: ${JSON.stringify(effect satisfies never)}`);
    }
  }

  /** [SURV4] Under 128 random bits, with no member id and no time. */
  function insertSurveyResponse(tx: MemoryTransaction, responses: Map<string, string>, response: SurveyResponse): void {
    tx.set(responses, randomBytes(16).toString('base64url'), asJsonbColumn(surveyResponseSchema.parse(response)));
  }

  /** [SURV4] The workshop's answers again, in a random order under fresh keys. */
  function rewriteSurveyResponses(tx: MemoryTransaction, row: WorkshopRow): void {
    const stored = [...row.surveyResponses.values()];
    tx.assign(row, 'surveyResponses', new Map());
    for (const json of shuffled(stored, () => randomInt(2 ** 32) / 2 ** 32)) tx.set(row.surveyResponses, randomBytes(16).toString('base64url'), json);
  }

  function revokeLinkRow(tx: MemoryTransaction, link: LinkRow): void {
    tx.assign(link, 'revokedAt', now());
    if (link.liveKey !== null) tx.delete(liveLinkByKey, keyOf(link.workshopId, link.kind, link.liveKey));
  }

  /** A stored link as the SQL store reads it back: its details parsed and checked against its kind's. */
  const linkRecord = (row: LinkRow): LinkRecord =>
    ({
      linkId: row.linkId,
      kind: row.kind,
      workshopId: row.workshopId,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
      revokedAt: row.revokedAt,
      details: linkKind(row.kind).details.parse(JSON.parse(row.details)),
    }) as LinkRecord;

  return {
    async createWorkshop(input) {
      whenOpen();
      const [workshopId, joinCode] = [t(input.workshopId) as WorkshopId, t(input.joinCode)];
      inMemoryTransaction((tx) => {
        if (workshops.has(workshopId)) throw new ConstraintError(`Workshop ${workshopId} already exists.`);
        if (workshopByJoinCode.has(joinCode)) throw new JoinCodeTakenError(joinCode);
        tx.set(workshops, workshopId, { joinCode, docs: new Map(), surveyResponses: new Map(), healthCheckResponses: new Map() });
        tx.set(workshopByJoinCode, joinCode, workshopId);
        for (const m of input.members) insertMember(tx, workshopId, m);
        appendUpdate(tx, workshopId, input.update, 'shared');
      });
    },

    async workshopExists(workshopId) {
      whenOpen();
      return workshops.has(t(workshopId) as WorkshopId);
    },

    async findWorkshopByJoinCode(joinCode) {
      whenOpen();
      return workshopByJoinCode.get(t(joinCode)) ?? null;
    },

    async findMemberByTokenHash(tokenHash) {
      whenOpen();
      const member = lookUp(members, memberByTokenHash.get(t(tokenHash)));
      if (!member || member.removedAt !== null) return null;
      return { memberId: member.memberId, workshopId: member.workshopId, role: member.role };
    },

    async loadDoc(workshopId, doc: DocName = 'shared'): Promise<StoredDoc | null> {
      whenOpen();
      const row = workshops.get(t(workshopId) as WorkshopId);
      if (!row) return null;
      const log = row.docs.get(doc);
      if (!log) return { snapshot: null, updates: [], lastSeq: 0 };
      const seqs = [...log.updates.keys()].sort((a, b) => a - b);
      return {
        snapshot: log.snapshot && copyBytes(log.snapshot),
        updates: seqs.map((seq) => copyBytes(log.updates.get(seq)!)),
        lastSeq: seqs.at(-1) ?? log.uptoSeq,
      };
    },

    async findCommandResult(workshopId, memberId, commandId) {
      whenOpen();
      const json = commands.get(keyOf(t(workshopId), t(memberId), t(commandId)));
      return json === undefined ? null : (JSON.parse(json) as Ack<unknown>);
    },

    async commit(c) {
      whenOpen();
      const workshopId = t(c.workshopId) as WorkshopId;
      return inMemoryTransaction((tx) => {
        const shared = c.update ? appendUpdate(tx, workshopId, c.update, 'shared') : null;
        const hidden = c.hiddenUpdate ? appendUpdate(tx, workshopId, c.hiddenUpdate, 'hidden') : null;
        if (c.command) {
          workshopOf(workshopId);
          t(c.command.name);
          const key = keyOf(workshopId, t(c.command.memberId), t(c.command.commandId));
          if (commands.has(key)) throw new ConstraintError(`Command ${c.command.commandId} is already recorded.`);
          tx.set(commands, key, asJsonbColumn(c.command.result));
        }
        if (c.newMember) insertMember(tx, workshopId, c.newMember);
        for (const effect of c.effects ?? []) applyEffect(tx, workshopId, effect);
        return { shared, hidden };
      });
    },

    async compact(workshopId, snapshot, uptoSeq, doc: DocName = 'shared') {
      whenOpen();
      const log = docLog(workshopOf(workshopId), doc);
      // As the SQL store: an older snapshot never replaces a newer one; the log up to `uptoSeq` goes either way.
      if (log.snapshot === null || log.uptoSeq < uptoSeq) {
        log.snapshot = copyBytes(snapshot);
        log.uptoSeq = uptoSeq;
      }
      for (const seq of [...log.updates.keys()]) if (seq <= uptoSeq) log.updates.delete(seq);
    },

    async createLink<K extends LinkKind>(link: NewLink<K>) {
      whenOpen();
      const [linkId, workshopId, tokenHash, createdBy] = [t(link.linkId), t(link.workshopId) as WorkshopId, t(link.tokenHash), t(link.createdBy) as MemberId];
      if (!isLinkKind(link.kind)) throw new ConstraintError(`Not a kind of link: ${String(link.kind)}`);
      const kind: LinkKind = link.kind;
      const details = linkKind(kind).details.parse(link.details);
      const liveKey = oneLiveKey(kind, details);
      const row: LinkRow = { linkId, kind, workshopId, createdBy, createdAt: now(), revokedAt: null, details: asJsonbColumn(details), liveKey: liveKey === null ? null : t(liveKey), tokenHash };
      return inMemoryTransaction((tx) => {
        workshopOf(workshopId);
        const key = row.liveKey === null ? null : keyOf(workshopId, kind, row.liveKey);
        const older = key === null ? undefined : lookUp(links, liveLinkByKey.get(key));
        if (older) revokeLinkRow(tx, older);
        if (links.has(linkId)) throw new ConstraintError(`Link ${linkId} already exists.`);
        if (linkByTokenHash.has(tokenHash)) throw new ConstraintError('That token hash is already a link’s.');
        tx.set(links, linkId, row);
        tx.set(linkByTokenHash, tokenHash, linkId);
        if (key !== null) tx.set(liveLinkByKey, key, linkId);
        return { link: linkRecord(row) as LinkRecord<K>, revoked: older ? [older.linkId] : [] };
      });
    },

    async listLinks<K extends LinkKind>(workshopId: WorkshopId, kind?: K) {
      whenOpen();
      const id = t(workshopId);
      return [...links.values()].filter((l) => l.workshopId === id && (kind === undefined || l.kind === kind)).map(linkRecord) as LinkRecord<K>[];
    },

    async revokeLink(workshopId, kind, linkId) {
      whenOpen();
      const link = links.get(t(linkId));
      if (!link || link.workshopId !== t(workshopId) || link.kind !== kind || link.revokedAt !== null) return false;
      inMemoryTransaction((tx) => revokeLinkRow(tx, link));
      return true;
    },

    async findLinkByTokenHash(tokenHash) {
      whenOpen();
      const link = lookUp(links, linkByTokenHash.get(t(tokenHash)));
      return link && link.revokedAt === null ? linkRecord(link) : null;
    },

    async listSurveyResponses(workshopId) {
      whenOpen();
      const row = workshops.get(t(workshopId) as WorkshopId);
      return row ? [...row.surveyResponses.values()].map((json) => JSON.parse(json) as SurveyResponse) : [];
    },

    async listHealthCheckResponses(workshopId) {
      whenOpen();
      return listMemoryHealthCheckResponses(workshops.get(t(workshopId) as WorkshopId)?.healthCheckResponses);
    },

    async close() {
      closed = true;
    },
  };
}
