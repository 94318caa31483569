import type { ProgrammeRole } from '@roundtable/shared/programme/programmeRest';

/**
 * Where programmes live: each programme (title, national objectives, regions and their areas), its staff (accounts,
 * as leads or facilitators), which workshop is which area's, and invitations by link. Two implementations pass one
 * contract (programmeStore.contract.ts): SQL on the workshops' own database (PGlite or PostgreSQL; migration
 * 0009_programmes.sql) and in memory. Invitation tokens arrive here already hashed.
 */

export interface AreaRecord {
  areaId: string;
  name: string;
}

export interface RegionRecord {
  regionId: string;
  name: string;
  areas: AreaRecord[];
}

export interface ProgrammeRecord {
  programmeId: string;
  title: string;
  objectives: string[];
  regions: RegionRecord[];
  createdBy: string;
  createdAt: string;
}

export interface StaffRecord {
  programmeId: string;
  accountId: string;
  role: ProgrammeRole;
  addedAt: string;
}

export interface AreaWorkshopRecord {
  workshopId: string;
  programmeId: string;
  areaId: string;
  addedBy: string;
  addedAt: string;
}

export interface ProgrammeInvitationRecord {
  invitationId: string;
  programmeId: string;
  role: ProgrammeRole;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: string | null;
  revokedAt: string | null;
}

/** An area that has a workshop cannot be taken out of the programme. */
export class AreaInUseError extends Error {}
/** The area has a workshop already, or the workshop is some area's already. */
export class AreaTakenError extends Error {}

export interface ProgrammeStore {
  /** Makes a programme with its maker as its first lead, in one transaction. */
  createProgramme(programme: Omit<ProgrammeRecord, 'createdAt'> & { at: string }): Promise<ProgrammeRecord>;
  findProgramme(programmeId: string): Promise<ProgrammeRecord | null>;
  /** Replaces title, objectives and regions; null if no such programme. Throws AreaInUseError if an area with a workshop would go. */
  updateProgramme(programmeId: string, change: Pick<ProgrammeRecord, 'title' | 'objectives' | 'regions'>): Promise<ProgrammeRecord | null>;
  /** The programmes an account is staff of, with its role in each, by title. */
  listProgrammesOfAccount(accountId: string): Promise<{ programme: ProgrammeRecord; role: ProgrammeRole }[]>;
  findStaff(programmeId: string, accountId: string): Promise<StaffRecord | null>;
  listStaff(programmeId: string): Promise<StaffRecord[]>;

  createInvitation(invitation: Omit<ProgrammeInvitationRecord, 'usedAt' | 'usedBy' | 'revokedAt'> & { tokenHash: string }): Promise<ProgrammeInvitationRecord>;
  listInvitations(programmeId: string): Promise<ProgrammeInvitationRecord[]>;
  /** Revokes one of the programme's open invitations; false if it has none such. */
  revokeInvitation(programmeId: string, invitationId: string, at: string): Promise<boolean>;
  /**
   * Uses a live invitation (not used, revoked or expired by `at`), once even under a race, and makes the account staff
   * with its role (a lead invited again as a facilitator stays a lead). Null if the token is no live invitation's.
   */
  acceptInvitation(tokenHash: string, accountId: string, at: string): Promise<StaffRecord | null>;

  /** Makes the workshop the area's. Throws AreaTakenError if either already has the other kind of pairing. */
  attachWorkshop(record: AreaWorkshopRecord): Promise<AreaWorkshopRecord>;
  listAreaWorkshops(programmeId: string): Promise<AreaWorkshopRecord[]>;
  findAreaOfWorkshop(workshopId: string): Promise<AreaWorkshopRecord | null>;

  close(): Promise<void>;
}

/** A role at least as strong as both: a lead may do all a facilitator may. */
export function strongerRole(a: ProgrammeRole, b: ProgrammeRole): ProgrammeRole {
  return a === 'lead' || b === 'lead' ? 'lead' : 'facilitator';
}

/** Every area of a programme, with its region. */
export function areasOf(programme: Pick<ProgrammeRecord, 'regions'>): { area: AreaRecord; region: RegionRecord }[] {
  return programme.regions.flatMap((region) => region.areas.map((area) => ({ area, region })));
}
