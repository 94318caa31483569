import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { AccountStore } from '../accounts/accountStore';
import type { WorkshopStore } from '../store/workshopStore';
import { AreaInUseError, AreaTakenError, type ProgrammeRecord, type ProgrammeStore } from './programmeStore';

export interface ProgrammeStores {
  programmes: ProgrammeStore;
  /** The accounts staff rows point at, and the workshops areas point at (the SQL store references both). */
  accounts: AccountStore;
  workshops: WorkshopStore;
}

/**
 * The contract every ProgrammeStore meets: SQL on PGlite, SQL on PostgreSQL (when TEST_DATABASE_URL is set) and in
 * memory. Each test makes its own accounts, programmes and workshops (random ids), so one store serves the suite.
 */
export function programmeStoreContract(name: string, open: () => Promise<ProgrammeStores>): void {
  describe(`${name} programme store`, () => {
    let programmes: ProgrammeStore;
    let accounts: AccountStore;
    let workshops: WorkshopStore;
    beforeAll(async () => {
      ({ programmes, accounts, workshops } = await open());
    });
    afterAll(async () => {
      await programmes?.close();
      await accounts?.close();
      await workshops?.close();
    });

    const id = () => randomBytes(16).toString('base64url');
    const at = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();
    async function account(): Promise<string> {
      const a = await accounts.createAccount({
        account: { accountId: id(), email: `${id().toLowerCase()}@example.org`, displayName: 'Pat', role: 'member', webauthnUser: id() },
        passkey: { passkeyId: id(), credentialId: id(), name: 'Laptop', publicKey: new Uint8Array([1]), counter: 0, transports: [] },
        recoveryCodeHashes: [],
      });
      return a.accountId;
    }
    async function workshop(): Promise<string> {
      const workshopId = id() as WorkshopId;
      const doc = new Y.Doc();
      doc.getMap('meta').set('title', 'T');
      await workshops.createWorkshop({
        workshopId,
        joinCode: randomBytes(4).toString('hex').toUpperCase().slice(0, 6),
        update: Y.encodeStateAsUpdate(doc),
        members: [{ memberId: `lead-${workshopId}` as MemberId, role: 'facilitator', tokenHash: `lead-${id()}` }],
      });
      return workshopId;
    }
    async function programme(createdBy: string): Promise<ProgrammeRecord> {
      return programmes.createProgramme({
        programmeId: id(),
        title: 'Partnership Improvement Programme',
        objectives: ['Better partnership working', 'Shared local objectives'],
        regions: [
          { regionId: 'north-east', name: 'North East', areas: [{ areaId: 'darlington', name: 'Darlington' }, { areaId: 'gateshead', name: 'Gateshead' }] },
          { regionId: 'london-01', name: 'London', areas: [{ areaId: 'sutton-01', name: 'Sutton' }] },
        ],
        createdBy,
        at: at(),
      });
    }

    it('[PROG1] keeps a programme as made, its maker as its first lead, and lists it in the maker\'s account', async () => {
      const maker = await account();
      const p = await programme(maker);
      expect(await programmes.findProgramme(p.programmeId)).toEqual(p);
      expect(p.regions[0]!.areas.map((a) => a.name)).toEqual(['Darlington', 'Gateshead']);
      expect(await programmes.findStaff(p.programmeId, maker)).toMatchObject({ role: 'lead', accountId: maker });
      expect(await programmes.listProgrammesOfAccount(maker)).toEqual([{ programme: p, role: 'lead' }]);
      expect(await programmes.listProgrammesOfAccount(await account())).toEqual([]);
      expect(await programmes.findProgramme(id())).toBeNull();
    });

    it('[PROG1] changes title, objectives and regions, but never takes out an area that has a workshop', async () => {
      const maker = await account();
      const p = await programme(maker);
      const changed = await programmes.updateProgramme(p.programmeId, { title: 'PIP 2027', objectives: ['One'], regions: [p.regions[0]!] });
      expect(changed).toMatchObject({ title: 'PIP 2027', objectives: ['One'], regions: [p.regions[0]] });
      await programmes.attachWorkshop({ workshopId: await workshop(), programmeId: p.programmeId, areaId: 'darlington', addedBy: maker, addedAt: at() });
      await expect(programmes.updateProgramme(p.programmeId, { title: 'PIP 2027', objectives: [], regions: [] })).rejects.toBeInstanceOf(AreaInUseError);
      expect(await programmes.findProgramme(p.programmeId)).toEqual(changed);
      expect(await programmes.updateProgramme(id(), { title: 'x', objectives: [], regions: [] })).toBeNull();
    });

    it('[PROG2] an invitation is used once, makes its holder staff with its role, and a lead invited as a facilitator stays a lead', async () => {
      const lead = await account();
      const p = await programme(lead);
      const hash = id();
      const invitation = await programmes.createInvitation({ invitationId: id(), programmeId: p.programmeId, tokenHash: hash, role: 'facilitator', createdBy: lead, createdAt: at(), expiresAt: at(60_000) });
      expect(invitation).toMatchObject({ role: 'facilitator', usedAt: null, revokedAt: null });
      const joiner = await account();
      const [first, second] = await Promise.all([programmes.acceptInvitation(hash, joiner, at()), programmes.acceptInvitation(hash, await account(), at())]);
      expect([first, second].filter(Boolean)).toHaveLength(1);
      const winner = (first ?? second)!;
      expect(winner).toMatchObject({ programmeId: p.programmeId, role: 'facilitator' });
      expect((await programmes.listInvitations(p.programmeId))[0]).toMatchObject({ usedBy: winner.accountId });
      const again = id();
      await programmes.createInvitation({ invitationId: id(), programmeId: p.programmeId, tokenHash: again, role: 'facilitator', createdBy: lead, createdAt: at(), expiresAt: at(60_000) });
      expect(await programmes.acceptInvitation(again, lead, at())).toMatchObject({ role: 'lead' });
      expect((await programmes.listStaff(p.programmeId)).map((s) => s.role).sort()).toEqual(['facilitator', 'lead']);
    });

    it('[PROG2] a revoked or expired invitation makes nobody staff; revoking needs an open invitation of that programme', async () => {
      const lead = await account();
      const p = await programme(lead);
      const other = await programme(lead);
      const revoked = { invitationId: id(), tokenHash: id() };
      await programmes.createInvitation({ ...revoked, programmeId: p.programmeId, role: 'lead', createdBy: lead, createdAt: at(), expiresAt: at(60_000) });
      expect(await programmes.revokeInvitation(other.programmeId, revoked.invitationId, at())).toBe(false);
      expect(await programmes.revokeInvitation(p.programmeId, revoked.invitationId, at())).toBe(true);
      expect(await programmes.revokeInvitation(p.programmeId, revoked.invitationId, at())).toBe(false);
      const expired = id();
      await programmes.createInvitation({ invitationId: id(), programmeId: p.programmeId, tokenHash: expired, role: 'lead', createdBy: lead, createdAt: at(-120_000), expiresAt: at(-60_000) });
      const stranger = await account();
      expect(await programmes.acceptInvitation(revoked.tokenHash, stranger, at())).toBeNull();
      expect(await programmes.acceptInvitation(expired, stranger, at())).toBeNull();
      expect(await programmes.acceptInvitation(id(), stranger, at())).toBeNull();
      expect(await programmes.findStaff(p.programmeId, stranger)).toBeNull();
    });

    it('[PROG3] an area has one workshop and a workshop is one area\'s, in one programme', async () => {
      const lead = await account();
      const p = await programme(lead);
      const other = await programme(lead);
      const w = await workshop();
      const record = { workshopId: w, programmeId: p.programmeId, areaId: 'darlington', addedBy: lead, addedAt: at() };
      expect(await programmes.attachWorkshop(record)).toEqual(record);
      await expect(programmes.attachWorkshop({ ...record, workshopId: await workshop() })).rejects.toBeInstanceOf(AreaTakenError);
      await expect(programmes.attachWorkshop({ ...record, areaId: 'gateshead' })).rejects.toBeInstanceOf(AreaTakenError);
      await expect(programmes.attachWorkshop({ ...record, programmeId: other.programmeId })).rejects.toBeInstanceOf(AreaTakenError);
      expect(await programmes.listAreaWorkshops(p.programmeId)).toEqual([record]);
      expect(await programmes.findAreaOfWorkshop(w)).toEqual(record);
      expect(await programmes.findAreaOfWorkshop(await workshop())).toBeNull();
    });
  });
}
