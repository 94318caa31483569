import { inMemoryTransaction } from '../store/memoryTransaction';
import {
  AreaInUseError,
  AreaTakenError,
  areasOf,
  strongerRole,
  type AreaWorkshopRecord,
  type ProgrammeInvitationRecord,
  type ProgrammeRecord,
  type ProgrammeStore,
  type StaffRecord,
} from './programmeStore';

const copy = <T>(value: T): T => structuredClone(value);

/** The programme store in memory, for tests and for servers made without a database (createServer's default). */
export function createMemoryProgrammeStore(): ProgrammeStore {
  const programmes = new Map<string, ProgrammeRecord>();
  const staff = new Map<string, StaffRecord>();
  const workshops = new Map<string, AreaWorkshopRecord>();
  const invitations = new Map<string, ProgrammeInvitationRecord & { tokenHash: string }>();
  const staffKey = (programmeId: string, accountId: string) => `${programmeId}\u0000${accountId}`;
  const strip = ({ tokenHash: _hash, ...invitation }: ProgrammeInvitationRecord & { tokenHash: string }): ProgrammeInvitationRecord => copy(invitation);

  return {
    async createProgramme({ at, ...p }) {
      if (programmes.has(p.programmeId)) throw new Error('programme exists');
      const record: ProgrammeRecord = { ...copy(p), createdAt: at };
      inMemoryTransaction((tx) => {
        tx.set(programmes, p.programmeId, record);
        tx.set(staff, staffKey(p.programmeId, p.createdBy), { programmeId: p.programmeId, accountId: p.createdBy, role: 'lead', addedAt: at });
      });
      return copy(record);
    },
    async findProgramme(programmeId) {
      const p = programmes.get(programmeId);
      return p ? copy(p) : null;
    },
    async updateProgramme(programmeId, change) {
      const p = programmes.get(programmeId);
      if (!p) return null;
      const kept = new Set(areasOf(change).map((a) => a.area.areaId));
      for (const w of workshops.values()) if (w.programmeId === programmeId && !kept.has(w.areaId)) throw new AreaInUseError(w.areaId);
      const next: ProgrammeRecord = { ...p, ...copy(change) };
      programmes.set(programmeId, next);
      return copy(next);
    },
    async listProgrammesOfAccount(accountId) {
      return [...staff.values()]
        .filter((s) => s.accountId === accountId)
        .map((s) => ({ programme: copy(programmes.get(s.programmeId)!), role: s.role }))
        .sort((a, b) => a.programme.title.localeCompare(b.programme.title) || a.programme.programmeId.localeCompare(b.programme.programmeId));
    },
    async findStaff(programmeId, accountId) {
      const s = staff.get(staffKey(programmeId, accountId));
      return s ? copy(s) : null;
    },
    async listStaff(programmeId) {
      return [...staff.values()].filter((s) => s.programmeId === programmeId).map(copy).sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.accountId.localeCompare(b.accountId));
    },
    async createInvitation(invitation) {
      if (!programmes.has(invitation.programmeId)) throw new Error('no such programme');
      const record = { ...copy(invitation), usedAt: null, usedBy: null, revokedAt: null };
      invitations.set(invitation.invitationId, record);
      return strip(record);
    },
    async listInvitations(programmeId) {
      return [...invitations.values()].filter((i) => i.programmeId === programmeId).map(strip).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.invitationId.localeCompare(b.invitationId));
    },
    async revokeInvitation(programmeId, invitationId, at) {
      const i = invitations.get(invitationId);
      if (!i || i.programmeId !== programmeId || i.usedAt !== null || i.revokedAt !== null) return false;
      i.revokedAt = at;
      return true;
    },
    async acceptInvitation(tokenHash, accountId, at) {
      const i = [...invitations.values()].find((x) => x.tokenHash === tokenHash);
      if (!i || i.usedAt !== null || i.revokedAt !== null || i.expiresAt <= at) return null;
      return inMemoryTransaction((tx) => {
        tx.assign(i, 'usedAt', at);
        tx.assign(i, 'usedBy', accountId);
        const key = staffKey(i.programmeId, accountId);
        const before = staff.get(key);
        const record: StaffRecord = before ? { ...before, role: strongerRole(before.role, i.role) } : { programmeId: i.programmeId, accountId, role: i.role, addedAt: at };
        tx.set(staff, key, record);
        return copy(record);
      });
    },
    async attachWorkshop(record) {
      if (workshops.has(record.workshopId)) throw new AreaTakenError('workshop in an area already');
      for (const w of workshops.values()) if (w.programmeId === record.programmeId && w.areaId === record.areaId) throw new AreaTakenError('area has a workshop');
      workshops.set(record.workshopId, copy(record));
      return copy(record);
    },
    async listAreaWorkshops(programmeId) {
      return [...workshops.values()].filter((w) => w.programmeId === programmeId).map(copy);
    },
    async findAreaOfWorkshop(workshopId) {
      const w = workshops.get(workshopId);
      return w ? copy(w) : null;
    },
    async close() {},
  };
}
