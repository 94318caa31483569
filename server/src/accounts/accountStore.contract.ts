import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { WorkshopStore } from '../store/workshopStore';
import {
  CredentialTakenError,
  EmailTakenError,
  InvitationUnusableError,
  SeatTakenError,
  SetupClosedError,
  type AccountStore,
  type NewAccount,
  type NewPasskey,
} from './accountStore';

export interface AccountStores {
  accounts: AccountStore;
  /** The workshops the seats point at (the SQL store's seats reference its workshops and members). */
  workshops: WorkshopStore;
}

/**
 * The contract every AccountStore meets: SQL on PGlite, SQL on PostgreSQL (when TEST_DATABASE_URL is set) and in
 * memory. Tests make their own accounts (random emails), so one store serves the suite; the instance-wide tests
 * (settings, the first administrator) run first, in order, on the store as it was opened.
 */
export function accountStoreContract(name: string, open: () => Promise<AccountStores>): void {
  describe(`${name} account store`, () => {
    let accounts: AccountStore;
    let workshops: WorkshopStore;
    beforeAll(async () => {
      ({ accounts, workshops } = await open());
    });
    afterAll(async () => {
      await accounts?.close();
      await workshops?.close();
    });

    const id = () => randomBytes(16).toString('base64url');
    const at = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();
    const passkey = (over: Partial<NewPasskey> = {}): NewPasskey => ({
      passkeyId: id(),
      credentialId: id(),
      name: 'Work laptop',
      publicKey: new Uint8Array([1, 2, 3, 250]),
      counter: 0,
      transports: ['internal', 'hybrid'],
      ...over,
    });
    const newAccount = (over: Partial<NewAccount> = {}): NewAccount => ({
      account: { accountId: id(), email: `${id().toLowerCase()}@example.org`, displayName: 'Ann', role: 'member', webauthnUser: id() },
      passkey: passkey(),
      recoveryCodeHashes: ['h1', 'h2', 'h3'],
      ...over,
    });
    async function workshopWithSeats() {
      const workshopId = randomUUID().replace(/-/g, '').slice(0, 22) as WorkshopId;
      const doc = new Y.Doc();
      doc.getMap('meta').set('title', 'T');
      const lead = `lead-${workshopId}` as MemberId;
      const co = `co-${workshopId}` as MemberId;
      await workshops.createWorkshop({
        workshopId,
        joinCode: randomBytes(4).toString('hex').toUpperCase().slice(0, 6),
        update: Y.encodeStateAsUpdate(doc),
        members: [
          { memberId: lead, role: 'facilitator', tokenHash: `lead-${id()}` },
          { memberId: co, role: 'facilitator', tokenHash: `co-${id()}` },
        ],
      });
      return { workshopId, lead, co };
    }

    it('starts with no administrator, anyone-by-invitation sign-up and account-free workshops allowed', async () => {
      expect(await accounts.hasAdministrator()).toBe(false);
      expect(await accounts.getSettings()).toEqual({ signUp: 'invitation', accountFreeWorkshops: true, setupTokenHash: null });
    });

    it('keeps a setup token hash only while no administrator exists; the first administrator clears it and is the only one', async () => {
      expect(await accounts.setSetupTokenHash('setup-1')).toBe(true);
      expect(await accounts.setSetupTokenHash('setup-2')).toBe(true);
      expect((await accounts.getSettings()).setupTokenHash).toBe('setup-2');
      const first = newAccount({ firstAdministrator: true });
      first.account.role = 'admin';
      const second = newAccount({ firstAdministrator: true });
      second.account.role = 'admin';
      const results = await Promise.allSettled([accounts.createAccount(first), accounts.createAccount(second)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(SetupClosedError);
      expect(await accounts.hasAdministrator()).toBe(true);
      expect((await accounts.getSettings()).setupTokenHash).toBeNull();
      expect(await accounts.setSetupTokenHash('setup-3')).toBe(false);
    });

    it('changes the settings', async () => {
      expect(await accounts.updateSettings({ signUp: 'anyone', accountFreeWorkshops: false })).toMatchObject({ signUp: 'anyone', accountFreeWorkshops: false });
      expect(await accounts.getSettings()).toMatchObject({ signUp: 'anyone', accountFreeWorkshops: false });
      await accounts.updateSettings({ signUp: 'invitation', accountFreeWorkshops: true });
    });

    it('creates an account with its passkey and recovery codes, findable by id, email and user handle', async () => {
      const input = newAccount();
      const created = await accounts.createAccount(input);
      expect(created).toMatchObject({ ...input.account, disabledAt: null });
      expect(await accounts.findAccount(created.accountId)).toEqual(created);
      expect(await accounts.findAccountByEmail(input.account.email)).toEqual(created);
      expect(await accounts.findAccountByWebauthnUser(input.account.webauthnUser)).toEqual(created);
      expect(await accounts.findAccount('nobody')).toBeNull();
      const stored = await accounts.findPasskeyByCredentialId(input.passkey!.credentialId);
      expect(stored).toMatchObject({ ...input.passkey, publicKey: input.passkey!.publicKey, accountId: created.accountId, lastUsedAt: null });
      expect([...stored!.publicKey]).toEqual([1, 2, 3, 250]);
      expect(await accounts.countRecoveryCodesLeft(created.accountId)).toBe(3);
      expect((await accounts.listAccounts()).map((a) => a.accountId)).toContain(created.accountId);
    });

    it('refuses a second account with the same email, or a credential registered already, and keeps nothing of it', async () => {
      const first = await accounts.createAccount(newAccount());
      const sameEmail = newAccount();
      sameEmail.account.email = first.email;
      await expect(accounts.createAccount(sameEmail)).rejects.toBeInstanceOf(EmailTakenError);
      expect(await accounts.findPasskeyByCredentialId(sameEmail.passkey!.credentialId)).toBeNull();
      const firstKey = (await accounts.listPasskeys(first.accountId))[0]!;
      const sameCredential = newAccount({ passkey: passkey({ credentialId: firstKey.credentialId }) });
      await expect(accounts.createAccount(sameCredential)).rejects.toBeInstanceOf(CredentialTakenError);
      expect(await accounts.findAccount(sameCredential.account.accountId)).toBeNull();
      await expect(accounts.addPasskey(first.accountId, passkey({ credentialId: firstKey.credentialId }))).rejects.toBeInstanceOf(CredentialTakenError);
    });

    it('adds, touches and removes passkeys, never the last way to sign in', async () => {
      const a = await accounts.createAccount(newAccount());
      const [only] = await accounts.listPasskeys(a.accountId);
      expect(await accounts.removePasskey(a.accountId, only!.passkeyId)).toBe(false);
      const second = await accounts.addPasskey(a.accountId, passkey({ name: 'Phone' }));
      expect((await accounts.listPasskeys(a.accountId)).map((p) => p.name).sort()).toEqual(['Phone', 'Work laptop']);
      const when = at();
      await accounts.touchPasskey(second.credentialId, 7, when);
      expect(await accounts.findPasskeyByCredentialId(second.credentialId)).toMatchObject({ counter: 7, lastUsedAt: when });
      const other = await accounts.createAccount(newAccount());
      expect(await accounts.removePasskey(other.accountId, second.passkeyId)).toBe(false);
      expect(await accounts.removePasskey(a.accountId, only!.passkeyId)).toBe(true);
      expect(await accounts.listPasskeys(a.accountId)).toHaveLength(1);
    });

    it('uses each recovery code once, and replacing them stops the old ones', async () => {
      const a = await accounts.createAccount(newAccount());
      const results = await Promise.all([accounts.useRecoveryCode(a.accountId, 'h1', at()), accounts.useRecoveryCode(a.accountId, 'h1', at())]);
      expect(results.sort()).toEqual([false, true]);
      expect(await accounts.useRecoveryCode(a.accountId, 'nope', at())).toBe(false);
      const other = await accounts.createAccount(newAccount());
      expect(await accounts.useRecoveryCode(other.accountId, 'h1', at())).toBe(true);
      expect(await accounts.countRecoveryCodesLeft(a.accountId)).toBe(2);
      await accounts.replaceRecoveryCodes(a.accountId, ['n1', 'n2']);
      expect(await accounts.useRecoveryCode(a.accountId, 'h2', at())).toBe(false);
      expect(await accounts.countRecoveryCodesLeft(a.accountId)).toBe(2);
    });

    it('links single sign-on identities, one account per issuer and subject', async () => {
      const sso = { providerId: 'oidc', issuer: 'https://idp.example.org', subject: id(), email: 'x@example.org' };
      const a = await accounts.createAccount(newAccount({ passkey: undefined, sso }));
      expect(await accounts.findAccountBySso(sso.issuer, sso.subject)).toEqual(a);
      expect(await accounts.findAccountBySso('https://other.example.org', sso.subject)).toBeNull();
      expect(await accounts.listSsoIdentities(a.accountId)).toEqual([sso]);
      const b = await accounts.createAccount(newAccount());
      expect(await accounts.addSsoIdentity(b.accountId, sso)).toBe(false);
      expect(await accounts.addSsoIdentity(b.accountId, { ...sso, subject: id() })).toBe(true);
      await expect(accounts.createAccount(newAccount({ sso }))).rejects.toBeInstanceOf(CredentialTakenError);
      // With a passkey and an identity, either may go.
      const [key] = await accounts.listPasskeys(b.accountId);
      expect(await accounts.removePasskey(b.accountId, key!.passkeyId)).toBe(true);
    });

    it('finds a live session by its token hash, and not once ended, idle too long or its account disabled', async () => {
      const a = await accounts.createAccount(newAccount());
      const s1 = await accounts.createSession({ sessionId: id(), tokenHash: `t-${id()}`, accountId: a.accountId, device: 'Firefox on Linux', at: at(-5 * 60_000) });
      const t2 = `t-${id()}`;
      const s2 = await accounts.createSession({ sessionId: id(), tokenHash: t2, accountId: a.accountId, device: 'Safari on iPhone', at: at() });
      const found = await accounts.findLiveSession(t2, at(-60 * 60_000), at());
      expect(found).toMatchObject({ session: { sessionId: s2.sessionId, device: 'Safari on iPhone', endedAt: null }, account: { accountId: a.accountId } });
      expect(await accounts.findLiveSession(t2, at(60_000), at())).toBeNull();
      expect(await accounts.findLiveSession('t-unknown', at(-60 * 60_000), at())).toBeNull();
      expect((await accounts.listLiveSessions(a.accountId, at(-60 * 60_000))).map((s) => s.sessionId).sort()).toEqual([s1.sessionId, s2.sessionId].sort());
      // A session seen more than a minute ago is seen again now.
      const seenNow = at();
      const tokenOfS1 = (await accounts.createSession({ sessionId: id(), tokenHash: `t1-${id()}`, accountId: a.accountId, device: 'Old', at: at(-10 * 60_000) })).sessionId;
      expect(tokenOfS1).toBeTruthy();
      expect(await accounts.endSession(a.accountId, s2.sessionId, at())).toBe(true);
      expect(await accounts.endSession(a.accountId, s2.sessionId, at())).toBe(false);
      expect(await accounts.findLiveSession(t2, at(-60 * 60_000), seenNow)).toBeNull();
      const other = await accounts.createAccount(newAccount());
      expect(await accounts.endSession(other.accountId, s1.sessionId, at())).toBe(false);
      expect(await accounts.endAllSessions(a.accountId, at())).toBe(2);
      expect(await accounts.listLiveSessions(a.accountId, at(-60 * 60_000))).toEqual([]);
    });

    it('moves a session\'s last-seen time on when it is used more than a minute later', async () => {
      const a = await accounts.createAccount(newAccount());
      const token = `t-${id()}`;
      await accounts.createSession({ sessionId: id(), tokenHash: token, accountId: a.accountId, device: 'Edge on Windows', at: at(-10 * 60_000) });
      const now = at();
      expect((await accounts.findLiveSession(token, at(-60 * 60_000), now))?.session.lastSeenAt).toBe(now);
      expect((await accounts.listLiveSessions(a.accountId, at(-60 * 60_000)))[0]?.lastSeenAt).toBe(now);
    });

    it('disabling an account ends its sessions at once; enabling it does not bring them back', async () => {
      const a = await accounts.createAccount(newAccount());
      const token = `t-${id()}`;
      await accounts.createSession({ sessionId: id(), tokenHash: token, accountId: a.accountId, device: 'd', at: at() });
      const disabled = await accounts.disableAccount(a.accountId, at());
      expect(disabled?.disabledAt).not.toBeNull();
      expect(await accounts.findLiveSession(token, at(-60_000), at())).toBeNull();
      expect(await accounts.listLiveSessions(a.accountId, at(-60_000))).toEqual([]);
      expect((await accounts.enableAccount(a.accountId))?.disabledAt).toBeNull();
      expect(await accounts.findLiveSession(token, at(-60_000), at())).toBeNull();
      expect(await accounts.disableAccount('nobody', at())).toBeNull();
    });

    it('hands a challenge out once, and not after it expired', async () => {
      const flowId = id();
      await accounts.saveChallenge({ flowId, challenge: 'c1', purpose: 'sign-up', details: { email: 'a@example.org', n: 1 }, expiresAt: at(5 * 60_000) });
      const taken = await Promise.all([accounts.takeChallenge(flowId, at()), accounts.takeChallenge(flowId, at())]);
      expect(taken.filter(Boolean)).toEqual([{ flowId, challenge: 'c1', purpose: 'sign-up', details: { email: 'a@example.org', n: 1 }, expiresAt: expect.any(String) }]);
      const old = id();
      await accounts.saveChallenge({ flowId: old, challenge: 'c2', purpose: 'sign-in', details: {}, expiresAt: at(-1) });
      expect(await accounts.takeChallenge(old, at())).toBeNull();
      expect(await accounts.takeChallenge('never', at())).toBeNull();
    });

    it('uses an invitation once, by token hash or by its email, and not when revoked or expired', async () => {
      const admin = await accounts.createAccount(newAccount());
      const make = async (over: { email?: string | null; expiresAt?: string } = {}) =>
        accounts.createInvitation({ invitationId: id(), tokenHash: `i-${id()}`, email: over.email ?? null, role: 'member', createdBy: admin.accountId, createdAt: at(), expiresAt: over.expiresAt ?? at(86_400_000) });
      const email = `${id().toLowerCase()}@example.org`;
      const inv = await make({ email });
      const hashOf = async (invitationId: string) => (await accounts.listInvitations()).find((i) => i.invitationId === invitationId);
      expect(await hashOf(inv.invitationId)).toMatchObject({ email, role: 'member', usedAt: null, revokedAt: null });
      expect(await accounts.findUsableInvitationForEmail(email, at())).toMatchObject({ invitationId: inv.invitationId });
      const created = await accounts.createAccount(newAccount({ invitationId: inv.invitationId }));
      expect((await hashOf(inv.invitationId))?.usedAt).not.toBeNull();
      expect(await accounts.findUsableInvitationForEmail(email, at())).toBeNull();
      await expect(accounts.createAccount(newAccount({ invitationId: inv.invitationId }))).rejects.toBeInstanceOf(InvitationUnusableError);
      expect(await accounts.findAccount(created.accountId)).not.toBeNull();
      const expired = await make({ expiresAt: at(-1) });
      await expect(accounts.createAccount(newAccount({ invitationId: expired.invitationId }))).rejects.toBeInstanceOf(InvitationUnusableError);
      const revoked = await make();
      expect(await accounts.revokeInvitation(revoked.invitationId, at())).toBe(true);
      expect(await accounts.revokeInvitation(revoked.invitationId, at())).toBe(false);
      await expect(accounts.createAccount(newAccount({ invitationId: revoked.invitationId }))).rejects.toBeInstanceOf(InvitationUnusableError);
    });

    it('finds a usable invitation by its token hash only', async () => {
      const admin = await accounts.createAccount(newAccount());
      const tokenHash = `i-${id()}`;
      const inv = await accounts.createInvitation({ invitationId: id(), tokenHash, email: null, role: 'admin', createdBy: admin.accountId, createdAt: at(), expiresAt: at(60_000) });
      expect(await accounts.findUsableInvitation(tokenHash, at())).toEqual(inv);
      expect(await accounts.findUsableInvitation(tokenHash, at(120_000))).toBeNull();
      expect(await accounts.findUsableInvitation('i-other', at())).toBeNull();
    });

    it('keeps a facilitator seat for one account, one seat per account and workshop', async () => {
      const { workshopId, lead, co } = await workshopWithSeats();
      const ann = await accounts.createAccount(newAccount());
      const bob = await accounts.createAccount(newAccount());
      const seat = await accounts.keepSeat({ workshopId, memberId: lead, accountId: ann.accountId, at: at() });
      expect(seat).toMatchObject({ workshopId, memberId: lead, accountId: ann.accountId });
      expect(await accounts.keepSeat({ workshopId, memberId: lead, accountId: ann.accountId, at: at() })).toEqual(seat);
      await expect(accounts.keepSeat({ workshopId, memberId: lead, accountId: bob.accountId, at: at() })).rejects.toBeInstanceOf(SeatTakenError);
      await expect(accounts.keepSeat({ workshopId, memberId: co, accountId: ann.accountId, at: at() })).rejects.toBeInstanceOf(SeatTakenError);
      await accounts.keepSeat({ workshopId, memberId: co, accountId: bob.accountId, at: at() });
      expect(await accounts.findSeatOfAccount(ann.accountId, workshopId)).toEqual(seat);
      expect(await accounts.findSeatOfMember(workshopId, co)).toMatchObject({ accountId: bob.accountId });
      expect((await accounts.listSeatsOfWorkshop(workshopId)).map((s) => s.memberId).sort()).toEqual([co, lead].sort());
      expect((await accounts.listSeatsOfAccount(ann.accountId)).map((s) => s.workshopId)).toEqual([workshopId]);
      expect(await accounts.releaseSeat(workshopId, co)).toBe(true);
      expect(await accounts.releaseSeat(workshopId, co)).toBe(false);
      expect(await accounts.findSeatOfMember(workshopId, co)).toBeNull();
    });
  });
}
