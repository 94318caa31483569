import { fromJson, iso, isoOrNull, violated, type Row } from '../accounts/sqlAccountRows';
import type { SqlDatabase } from '../store/sqlDatabase';
import {
  AreaInUseError,
  AreaTakenError,
  areasOf,
  strongerRole,
  type AreaWorkshopRecord,
  type ProgrammeInvitationRecord,
  type ProgrammeRecord,
  type ProgrammeStore,
  type RegionRecord,
  type StaffRecord,
} from './programmeStore';
import type { ProgrammeRole } from '@roundtable/shared/programme/programmeRest';

const PROGRAMME_COLUMNS = 'programme_id, title, objectives, regions, created_by, created_at';
const programmeOf = (r: Row): ProgrammeRecord => ({
  programmeId: r.programme_id as string,
  title: r.title as string,
  objectives: fromJson(r.objectives) as string[],
  regions: fromJson(r.regions) as RegionRecord[],
  createdBy: r.created_by as string,
  createdAt: iso(r.created_at as Date),
});
const STAFF_COLUMNS = 'programme_id, account_id, role, added_at';
const staffOf = (r: Row): StaffRecord => ({ programmeId: r.programme_id as string, accountId: r.account_id as string, role: r.role as ProgrammeRole, addedAt: iso(r.added_at as Date) });
const WORKSHOP_COLUMNS = 'workshop_id, programme_id, area_id, added_by, added_at';
const areaWorkshopOf = (r: Row): AreaWorkshopRecord => ({
  workshopId: r.workshop_id as string,
  programmeId: r.programme_id as string,
  areaId: r.area_id as string,
  addedBy: r.added_by as string,
  addedAt: iso(r.added_at as Date),
});
const INVITATION_COLUMNS = 'invitation_id, programme_id, role, created_by, created_at, expires_at, used_at, used_by, revoked_at';
const invitationOf = (r: Row): ProgrammeInvitationRecord => ({
  invitationId: r.invitation_id as string,
  programmeId: r.programme_id as string,
  role: r.role as ProgrammeRole,
  createdBy: r.created_by as string,
  createdAt: iso(r.created_at as Date),
  expiresAt: iso(r.expires_at as Date),
  usedAt: isoOrNull(r.used_at as Date | null),
  usedBy: (r.used_by as string | null) ?? null,
  revokedAt: isoOrNull(r.revoked_at as Date | null),
});

/** The programme store on the workshops' own database (PGlite or PostgreSQL): the tables of migration 0009_programmes.sql. */
export function createSqlProgrammeStore(db: SqlDatabase): ProgrammeStore {
  return {
    async createProgramme({ at, ...p }) {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `INSERT INTO programmes (programme_id, title, objectives, regions, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${PROGRAMME_COLUMNS}`,
          [p.programmeId, p.title, JSON.stringify(p.objectives), JSON.stringify(p.regions), p.createdBy, at],
        );
        await tx.query("INSERT INTO programme_staff (programme_id, account_id, role, added_at) VALUES ($1, $2, 'lead', $3)", [p.programmeId, p.createdBy, at]);
        return programmeOf(rows[0]!);
      });
    },
    async findProgramme(programmeId) {
      const rows = await db.query(`SELECT ${PROGRAMME_COLUMNS} FROM programmes WHERE programme_id = $1`, [programmeId]);
      return rows[0] ? programmeOf(rows[0]) : null;
    },
    async updateProgramme(programmeId, change) {
      return db.transaction(async (tx) => {
        // The programme's row is the lock an area's workshop and an edit of its areas queue on.
        const found = await tx.query('SELECT programme_id FROM programmes WHERE programme_id = $1 FOR UPDATE', [programmeId]);
        if (found.length === 0) return null;
        const kept = new Set(areasOf(change).map((a) => a.area.areaId));
        for (const w of await tx.query<{ area_id: string }>('SELECT area_id FROM programme_workshops WHERE programme_id = $1', [programmeId])) {
          if (!kept.has(w.area_id)) throw new AreaInUseError(w.area_id);
        }
        const rows = await tx.query(`UPDATE programmes SET title = $2, objectives = $3, regions = $4 WHERE programme_id = $1 RETURNING ${PROGRAMME_COLUMNS}`, [
          programmeId,
          change.title,
          JSON.stringify(change.objectives),
          JSON.stringify(change.regions),
        ]);
        return programmeOf(rows[0]!);
      });
    },
    async listProgrammesOfAccount(accountId) {
      const rows = await db.query(
        `SELECT ${PROGRAMME_COLUMNS.split(', ').map((c) => `p.${c}`).join(', ')}, s.role FROM programme_staff s JOIN programmes p USING (programme_id) WHERE s.account_id = $1 ORDER BY p.title, p.programme_id`,
        [accountId],
      );
      return rows.map((r) => ({ programme: programmeOf(r), role: r.role as ProgrammeRole }));
    },
    async findStaff(programmeId, accountId) {
      const rows = await db.query(`SELECT ${STAFF_COLUMNS} FROM programme_staff WHERE programme_id = $1 AND account_id = $2`, [programmeId, accountId]);
      return rows[0] ? staffOf(rows[0]) : null;
    },
    async listStaff(programmeId) {
      return (await db.query(`SELECT ${STAFF_COLUMNS} FROM programme_staff WHERE programme_id = $1 ORDER BY added_at, account_id`, [programmeId])).map(staffOf);
    },
    async createInvitation(i) {
      const rows = await db.query(
        `INSERT INTO programme_invitations (invitation_id, programme_id, token_hash, role, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${INVITATION_COLUMNS}`,
        [i.invitationId, i.programmeId, i.tokenHash, i.role, i.createdBy, i.createdAt, i.expiresAt],
      );
      return invitationOf(rows[0]!);
    },
    async listInvitations(programmeId) {
      return (await db.query(`SELECT ${INVITATION_COLUMNS} FROM programme_invitations WHERE programme_id = $1 ORDER BY created_at, invitation_id`, [programmeId])).map(invitationOf);
    },
    async revokeInvitation(programmeId, invitationId, at) {
      const rows = await db.query(
        'UPDATE programme_invitations SET revoked_at = $3 WHERE programme_id = $1 AND invitation_id = $2 AND used_at IS NULL AND revoked_at IS NULL RETURNING 1',
        [programmeId, invitationId, at],
      );
      return rows.length > 0;
    },
    async acceptInvitation(tokenHash, accountId, at) {
      return db.transaction(async (tx) => {
        const used = await tx.query<{ programme_id: string; role: ProgrammeRole }>(
          'UPDATE programme_invitations SET used_at = $3, used_by = $2 WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $3 RETURNING programme_id, role',
          [tokenHash, accountId, at],
        );
        const invitation = used[0];
        if (!invitation) return null;
        const before = await tx.query(`SELECT ${STAFF_COLUMNS} FROM programme_staff WHERE programme_id = $1 AND account_id = $2 FOR UPDATE`, [invitation.programme_id, accountId]);
        if (before[0]) {
          const role = strongerRole(staffOf(before[0]).role, invitation.role);
          const rows = await tx.query(`UPDATE programme_staff SET role = $3 WHERE programme_id = $1 AND account_id = $2 RETURNING ${STAFF_COLUMNS}`, [invitation.programme_id, accountId, role]);
          return staffOf(rows[0]!);
        }
        const rows = await tx.query(
          `INSERT INTO programme_staff (programme_id, account_id, role, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT (programme_id, account_id) DO UPDATE SET role = CASE WHEN programme_staff.role = 'lead' THEN 'lead' ELSE EXCLUDED.role END RETURNING ${STAFF_COLUMNS}`,
          [invitation.programme_id, accountId, invitation.role, at],
        );
        return staffOf(rows[0]!);
      });
    },
    async attachWorkshop(w) {
      try {
        const rows = await db.query(`INSERT INTO programme_workshops (workshop_id, programme_id, area_id, added_by, added_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${WORKSHOP_COLUMNS}`, [
          w.workshopId,
          w.programmeId,
          w.areaId,
          w.addedBy,
          w.addedAt,
        ]);
        return areaWorkshopOf(rows[0]!);
      } catch (error) {
        if (violated(error, 'programme_workshops_pkey') || violated(error, 'programme_workshops_programme_id_area_id_key')) throw new AreaTakenError('taken');
        throw error;
      }
    },
    async listAreaWorkshops(programmeId) {
      return (await db.query(`SELECT ${WORKSHOP_COLUMNS} FROM programme_workshops WHERE programme_id = $1 ORDER BY added_at, workshop_id`, [programmeId])).map(areaWorkshopOf);
    },
    async findAreaOfWorkshop(workshopId) {
      const rows = await db.query(`SELECT ${WORKSHOP_COLUMNS} FROM programme_workshops WHERE workshop_id = $1`, [workshopId]);
      return rows[0] ? areaWorkshopOf(rows[0]) : null;
    },
    async close() {},
  };
}
