import { randomBytes, randomInt } from 'node:crypto';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { shuffled, type SurveyResponse } from '@roundtable/shared/survey/surveyResults';
import { surveyResponseSchema } from '@roundtable/shared/survey/surveyResponseSchema';
import { isLinkKind, linkKind, oneLiveKey, type LinkKind, type LinkRecord, type NewLink } from '../links/linkKinds';
import type { SqlDatabase, SqlQueryable } from './sqlDatabase';
import { insertHealthCheckResponse, listHealthCheckResponses, rewriteHealthCheckResponses } from './healthCheckRows';
import { JoinCodeTakenError, newJoinCodeOf, type Commit, type DocName, type NewMemberRecord, type StoredDoc, type WorkshopStore } from './workshopStore';
import type { Effect } from '@roundtable/shared/workshop/transitionContext';
import type { Role } from '@roundtable/shared/command/actor';

const UNIQUE_VIOLATION = '23505';

function isJoinCodeClash(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e.code === UNIQUE_VIOLATION && `${e.constraint ?? ''}${e.message ?? ''}`.includes('join_code');
}

async function insertMember(tx: SqlQueryable, workshopId: WorkshopId, m: NewMemberRecord): Promise<void> {
  await tx.query('INSERT INTO members (member_id, workshop_id, role, token_hash) VALUES ($1, $2, $3, $4)', [m.memberId, workshopId, m.role, m.tokenHash]);
}

async function appendUpdate(tx: SqlQueryable, workshopId: WorkshopId, update: Uint8Array, doc: DocName = 'shared'): Promise<number> {
  const rows = await tx.query<{ seq: string | number }>('INSERT INTO doc_updates (workshop_id, update, doc) VALUES ($1, $2, $3) RETURNING seq', [workshopId, update, doc]);
  return Number(rows[0]!.seq);
}

/** jsonb comes back parsed from pg and PGlite alike; text is parsed here in case a driver leaves it as a string. */
const fromJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

type SurveyResponseRow = { sector: string | null; answers: unknown; texts: unknown };
const surveyResponseOf = (row: SurveyResponseRow): SurveyResponse => surveyResponseSchema.parse({ sector: row.sector, answers: fromJson(row.answers), texts: fromJson(row.texts) });

/** [SURV4] A row keyed by 128 random bits, with no member id and no time. */
async function insertSurveyResponse(tx: SqlQueryable, workshopId: WorkshopId, response: SurveyResponse): Promise<void> {
  await tx.query('INSERT INTO survey_responses (response_id, workshop_id, sector, answers, texts) VALUES ($1, $2, $3, $4, $5)', [
    randomBytes(16).toString('base64url'),
    workshopId,
    response.sector,
    JSON.stringify(response.answers),
    JSON.stringify(response.texts),
  ]);
}

/**
 * [SURV4] Rewrites a workshop's answers in a random order under fresh keys, so nothing the database keeps with a row
 * (its position, the transaction that wrote it) still ties it to the moment, and so the person, that answered.
 */
async function rewriteSurveyResponses(tx: SqlQueryable, workshopId: WorkshopId): Promise<void> {
  const rows = await tx.query<SurveyResponseRow>('DELETE FROM survey_responses WHERE workshop_id = $1 RETURNING sector, answers, texts', [workshopId]);
  for (const response of shuffled(rows.map(surveyResponseOf), () => randomInt(2 ** 32) / 2 ** 32)) await insertSurveyResponse(tx, workshopId, response);
}

interface LinkRow {
  link_id: string;
  kind: string;
  workshop_id: string;
  created_by: string;
  created_at: Date | string;
  revoked_at: Date | string | null;
  details: unknown;
}

const iso = (t: Date | string) => new Date(t).toISOString();
const LINK_COLUMNS = 'link_id, kind, workshop_id, created_by, created_at, revoked_at, details';

/** A stored link, its details checked against its kind's description (a row of a kind this server does not know throws). */
function linkOf(row: LinkRow): LinkRecord {
  if (!isLinkKind(row.kind)) throw new Error(`Link ${row.link_id} is of a kind this server does not know: ${row.kind}`);
  return {
    linkId: row.link_id,
    kind: row.kind,
    workshopId: row.workshop_id as WorkshopId,
    createdBy: row.created_by as MemberId,
    createdAt: iso(row.created_at),
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
    details: linkKind(row.kind).details.parse(fromJson(row.details)),
  } as LinkRecord;
}

/** Two links made for the same key at the same moment: one transaction wins the one-live-link index, the other retries. */
function isLiveLinkClash(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e.code === UNIQUE_VIOLATION && `${e.constraint ?? ''}${e.message ?? ''}`.includes('links_one_live_per_key');
}

/** The store on SQL, for PGlite and PostgreSQL alike. */
/** Makes one of a transition's effects durable inside the commit's transaction. Every kind is handled here. */
async function applyEffect(tx: SqlQueryable, workshopId: WorkshopId, effect: Effect): Promise<void> {
  switch (effect.type) {
    case 'joinCodeChanged':
      return void (await tx.query('UPDATE workshops SET join_code = $2 WHERE workshop_id = $1', [workshopId, effect.joinCode]));
    case 'memberRemoved':
      return void (await tx.query('UPDATE members SET removed_at = now() WHERE member_id = $1 AND workshop_id = $2', [effect.memberId, workshopId]));
    case 'surveyResponse':
      return insertSurveyResponse(tx, workshopId, effect.response);
    case 'surveyClosed':
      return rewriteSurveyResponses(tx, workshopId);
    case 'healthCheckResponse':
      return insertHealthCheckResponse(tx, workshopId, effect.response);
    case 'healthCheckClosed':
      return rewriteHealthCheckResponses(tx, workshopId, effect.healthCheckId);
    default:
      throw new Error(`Unknown effect: ${JSON.stringify(effect satisfies never)}`);
  }
}

export function createSqlWorkshopStore(db: SqlDatabase): WorkshopStore {
  return {
    async createWorkshop({ workshopId, joinCode, update, members }) {
      try {
        await db.transaction(async (tx) => {
          await tx.query('INSERT INTO workshops (workshop_id, join_code) VALUES ($1, $2)', [workshopId, joinCode]);
          for (const m of members) await insertMember(tx, workshopId, m);
          await appendUpdate(tx, workshopId, update);
        });
      } catch (error) {
        if (isJoinCodeClash(error)) throw new JoinCodeTakenError(joinCode);
        throw error;
      }
    },

    async workshopExists(workshopId) {
      return (await db.query('SELECT 1 FROM workshops WHERE workshop_id = $1', [workshopId])).length > 0;
    },

    async findWorkshopByJoinCode(joinCode) {
      const rows = await db.query<{ workshop_id: string }>('SELECT workshop_id FROM workshops WHERE join_code = $1', [joinCode]);
      return (rows[0]?.workshop_id as WorkshopId | undefined) ?? null;
    },

    async findMemberByTokenHash(tokenHash) {
      const rows = await db.query<{ member_id: string; workshop_id: string; role: Role }>(
        'SELECT member_id, workshop_id, role FROM members WHERE token_hash = $1 AND removed_at IS NULL',
        [tokenHash],
      );
      const row = rows[0];
      return row ? { memberId: row.member_id as MemberId, workshopId: row.workshop_id as WorkshopId, role: row.role } : null;
    },

    async loadDoc(workshopId, doc: DocName = 'shared'): Promise<StoredDoc | null> {
      return db.transaction(async (tx) => {
        const exists = await tx.query('SELECT 1 FROM workshops WHERE workshop_id = $1', [workshopId]);
        if (exists.length === 0) return null;
        const snap = await tx.query<{ snapshot: Uint8Array; upto_seq: string | number }>(
          'SELECT snapshot, upto_seq FROM doc_snapshots WHERE workshop_id = $1 AND doc = $2',
          [workshopId, doc],
        );
        const uptoSeq = snap[0] ? Number(snap[0].upto_seq) : 0;
        const log = await tx.query<{ seq: string | number; update: Uint8Array }>(
          'SELECT seq, update FROM doc_updates WHERE workshop_id = $1 AND doc = $2 AND seq > $3 ORDER BY seq',
          [workshopId, doc, uptoSeq],
        );
        const lastSeq = log.length > 0 ? Number(log[log.length - 1]!.seq) : uptoSeq;
        return { snapshot: snap[0]?.snapshot ?? null, updates: log.map((r) => r.update), lastSeq };
      });
    },

    async findCommandResult(workshopId, memberId, commandId) {
      const rows = await db.query<{ result: Ack<unknown> | string }>(
        'SELECT result FROM commands WHERE workshop_id = $1 AND member_id = $2 AND command_id = $3',
        [workshopId, memberId, commandId],
      );
      const result = rows[0]?.result;
      if (result === undefined) return null;
      return typeof result === 'string' ? (JSON.parse(result) as Ack<unknown>) : result;
    },

    async commit(c: Commit) {
      try {
        return await db.transaction(async (tx) => {
          const shared = c.update ? await appendUpdate(tx, c.workshopId, c.update) : null;
          const hidden = c.hiddenUpdate ? await appendUpdate(tx, c.workshopId, c.hiddenUpdate, 'hidden') : null;
          if (c.command) {
            await tx.query('INSERT INTO commands (workshop_id, member_id, command_id, name, result) VALUES ($1, $2, $3, $4, $5)', [
              c.workshopId,
              c.command.memberId,
              c.command.commandId,
              c.command.name,
              JSON.stringify(c.command.result),
            ]);
          }
          if (c.newMember) await insertMember(tx, c.workshopId, c.newMember);
          for (const effect of c.effects ?? []) await applyEffect(tx, c.workshopId, effect);
          return { shared, hidden };
        });
      } catch (error) {
        if (isJoinCodeClash(error)) throw new JoinCodeTakenError(newJoinCodeOf(c) ?? '');
        throw error;
      }
    },

    async compact(workshopId, snapshot, uptoSeq, doc: DocName = 'shared') {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO doc_snapshots (workshop_id, doc, snapshot, upto_seq) VALUES ($1, $2, $3, $4)
           ON CONFLICT (workshop_id, doc) DO UPDATE SET snapshot = EXCLUDED.snapshot, upto_seq = EXCLUDED.upto_seq, updated_at = now()
           WHERE doc_snapshots.upto_seq < EXCLUDED.upto_seq`,
          [workshopId, doc, snapshot, uptoSeq],
        );
        await tx.query('DELETE FROM doc_updates WHERE workshop_id = $1 AND doc = $2 AND seq <= $3', [workshopId, doc, uptoSeq]);
      });
    },

    async createLink<K extends LinkKind>(link: NewLink<K>) {
      if (!isLinkKind(link.kind)) throw new Error(`Not a kind of link: ${String(link.kind)}`);
      const details = linkKind(link.kind).details.parse(link.details);
      const liveKey = oneLiveKey(link.kind, details);
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await db.transaction(async (tx) => {
            const revoked =
              liveKey === null
                ? []
                : await tx.query<{ link_id: string }>(
                    'UPDATE links SET revoked_at = now() WHERE workshop_id = $1 AND kind = $2 AND live_key = $3 AND revoked_at IS NULL RETURNING link_id',
                    [link.workshopId, link.kind, liveKey],
                  );
            const rows = await tx.query<LinkRow>(
              `INSERT INTO links (link_id, kind, workshop_id, token_hash, created_by, details, live_key) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${LINK_COLUMNS}`,
              [link.linkId, link.kind, link.workshopId, link.tokenHash, link.createdBy, JSON.stringify(details), liveKey],
            );
            return { link: linkOf(rows[0]!) as LinkRecord<K>, revoked: revoked.map((r) => r.link_id) };
          });
        } catch (error) {
          if (!isLiveLinkClash(error) || attempt >= 2) throw error;
        }
      }
    },

    async listLinks<K extends LinkKind>(workshopId: WorkshopId, kind?: K) {
      const rows = kind
        ? await db.query<LinkRow>(`SELECT ${LINK_COLUMNS} FROM links WHERE workshop_id = $1 AND kind = $2 ORDER BY created_at, link_id`, [workshopId, kind])
        : await db.query<LinkRow>(`SELECT ${LINK_COLUMNS} FROM links WHERE workshop_id = $1 ORDER BY created_at, link_id`, [workshopId]);
      return rows.map(linkOf) as LinkRecord<K>[];
    },

    async revokeLink(workshopId, kind, linkId) {
      const rows = await db.query('UPDATE links SET revoked_at = now() WHERE workshop_id = $1 AND kind = $2 AND link_id = $3 AND revoked_at IS NULL RETURNING link_id', [workshopId, kind, linkId]);
      return rows.length > 0;
    },

    async findLinkByTokenHash(tokenHash) {
      const rows = await db.query<LinkRow>(`SELECT ${LINK_COLUMNS} FROM links WHERE token_hash = $1 AND revoked_at IS NULL`, [tokenHash]);
      return rows[0] ? linkOf(rows[0]) : null;
    },

    async listSurveyResponses(workshopId) {
      const rows = await db.query<SurveyResponseRow>('SELECT sector, answers, texts FROM survey_responses WHERE workshop_id = $1', [workshopId]);
      return rows.map(surveyResponseOf);
    },

    listHealthCheckResponses: (workshopId) => listHealthCheckResponses(db, workshopId),

    close: () => db.close(),
  };
}
