import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { InstanceSettings } from '@roundtable/shared/accounts/accountRest';
import {
  CredentialTakenError,
  EmailTakenError,
  InvitationUnusableError,
  SeatTakenError,
  SetupClosedError,
  type AccountRecord,
  type AccountStore,
  type ChallengeRecord,
  type InvitationRecord,
  type NewPasskey,
  type PasskeyRecord,
  type SeatRecord,
  type SessionRecord,
  type SsoIdentityRecord,
  type StoredSettings,
} from './accountStore';

const MINUTE_MS = 60_000;

/**
 * The account store in memory: what tests that are not about storage run on, and what a server started without one
 * uses. It passes the same contract as the SQL store (accountStore.contract.ts); nothing survives a restart.
 */
export function createMemoryAccountStore(): AccountStore {
  const accounts = new Map<string, AccountRecord>();
  const passkeys = new Map<string, PasskeyRecord>();
  const codes = new Map<string, Map<string, string | null>>();
  const sso = new Map<string, SsoIdentityRecord & { accountId: string }>();
  const sessions = new Map<string, SessionRecord & { tokenHash: string }>();
  const challenges = new Map<string, ChallengeRecord>();
  const invitations = new Map<string, InvitationRecord & { tokenHash: string; usedBy: string | null }>();
  const seats = new Map<string, SeatRecord>();
  let settings: StoredSettings = { signUp: 'invitation', accountFreeWorkshops: true, setupTokenHash: null };

  const ssoKey = (issuer: string, subject: string) => JSON.stringify([issuer, subject]);
  const seatKey = (workshopId: string, memberId: string) => JSON.stringify([workshopId, memberId]);
  const copy = <T>(value: T): T => structuredClone(value);
  const hasAdministrator = () => [...accounts.values()].some((a) => a.role === 'admin' && a.disabledAt === null);
  const isUsable = (i: InvitationRecord, now: string) => i.usedAt === null && i.revokedAt === null && i.expiresAt > now;
  const newPasskeyRecord = (accountId: string, p: NewPasskey, at: string): PasskeyRecord => ({ ...copy(p), accountId, createdAt: at, lastUsedAt: null });
  const waysToSignIn = (accountId: string) =>
    [...passkeys.values()].filter((p) => p.accountId === accountId).length + [...sso.values()].filter((s) => s.accountId === accountId).length;

  return {
    async createAccount(input) {
      const now = new Date().toISOString();
      if (input.firstAdministrator && hasAdministrator()) throw new SetupClosedError('An administrator exists already.');
      if ([...accounts.values()].some((a) => a.email === input.account.email)) throw new EmailTakenError(input.account.email);
      if (input.passkey && passkeys.has(input.passkey.credentialId)) throw new CredentialTakenError('credential registered already');
      if (input.sso && sso.has(ssoKey(input.sso.issuer, input.sso.subject))) throw new CredentialTakenError('identity linked already');
      const invitation = input.invitationId === undefined ? undefined : invitations.get(input.invitationId);
      if (input.invitationId !== undefined && (!invitation || !isUsable(invitation, now))) throw new InvitationUnusableError('invitation unusable');
      const account: AccountRecord = { ...input.account, createdAt: now, disabledAt: null };
      accounts.set(account.accountId, account);
      if (input.passkey) passkeys.set(input.passkey.credentialId, newPasskeyRecord(account.accountId, input.passkey, now));
      if (input.sso) sso.set(ssoKey(input.sso.issuer, input.sso.subject), { ...input.sso, accountId: account.accountId });
      codes.set(account.accountId, new Map(input.recoveryCodeHashes.map((h) => [h, null])));
      if (invitation) Object.assign(invitation, { usedAt: now, usedBy: account.accountId });
      if (input.firstAdministrator) settings = { ...settings, setupTokenHash: null };
      return copy(account);
    },
    findAccount: async (accountId) => copy(accounts.get(accountId) ?? null),
    findAccountByEmail: async (email) => copy([...accounts.values()].find((a) => a.email === email) ?? null),
    findAccountByWebauthnUser: async (user) => copy([...accounts.values()].find((a) => a.webauthnUser === user) ?? null),
    listAccounts: async () => copy([...accounts.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt))),
    hasAdministrator: async () => hasAdministrator(),
    async disableAccount(accountId, at) {
      const account = accounts.get(accountId);
      if (!account) return null;
      account.disabledAt ??= at;
      for (const s of sessions.values()) if (s.accountId === accountId && s.endedAt === null) s.endedAt = at;
      return copy(account);
    },
    async enableAccount(accountId) {
      const account = accounts.get(accountId);
      if (!account) return null;
      account.disabledAt = null;
      return copy(account);
    },

    async addPasskey(accountId, passkey) {
      if (passkeys.has(passkey.credentialId)) throw new CredentialTakenError('credential registered already');
      const record = newPasskeyRecord(accountId, passkey, new Date().toISOString());
      passkeys.set(passkey.credentialId, record);
      return copy(record);
    },
    findPasskeyByCredentialId: async (credentialId) => copy(passkeys.get(credentialId) ?? null),
    listPasskeys: async (accountId) => copy([...passkeys.values()].filter((p) => p.accountId === accountId)),
    async touchPasskey(credentialId, counter, at) {
      const p = passkeys.get(credentialId);
      if (p) Object.assign(p, { counter, lastUsedAt: at });
    },
    async removePasskey(accountId, passkeyId) {
      const p = [...passkeys.values()].find((k) => k.accountId === accountId && k.passkeyId === passkeyId);
      if (!p || waysToSignIn(accountId) <= 1) return false;
      passkeys.delete(p.credentialId);
      return true;
    },

    async replaceRecoveryCodes(accountId, hashes) {
      codes.set(accountId, new Map(hashes.map((h) => [h, null])));
    },
    async useRecoveryCode(accountId, codeHash, at) {
      const mine = codes.get(accountId);
      if (!mine || !mine.has(codeHash) || mine.get(codeHash) !== null) return false;
      mine.set(codeHash, at);
      return true;
    },
    countRecoveryCodesLeft: async (accountId) => [...(codes.get(accountId)?.values() ?? [])].filter((u) => u === null).length,

    async addSsoIdentity(accountId, identity) {
      const key = ssoKey(identity.issuer, identity.subject);
      if (sso.has(key)) return false;
      sso.set(key, { ...identity, accountId });
      return true;
    },
    async findAccountBySso(issuer, subject) {
      const identity = sso.get(ssoKey(issuer, subject));
      return copy(identity ? (accounts.get(identity.accountId) ?? null) : null);
    },
    listSsoIdentities: async (accountId) =>
      [...sso.values()].filter((s) => s.accountId === accountId).map(({ providerId, issuer, subject, email }) => ({ providerId, issuer, subject, email })),

    async createSession({ sessionId, tokenHash, accountId, device, at }) {
      const record = { sessionId, tokenHash, accountId, device, createdAt: at, lastSeenAt: at, endedAt: null };
      sessions.set(sessionId, record);
      const { tokenHash: _hash, ...session } = record;
      return copy(session);
    },
    async findLiveSession(tokenHash, seenAfter, now) {
      const s = [...sessions.values()].find((x) => x.tokenHash === tokenHash);
      const account = s ? accounts.get(s.accountId) : undefined;
      if (!s || !account || s.endedAt !== null || s.lastSeenAt <= seenAfter || account.disabledAt !== null) return null;
      if (Date.parse(now) - Date.parse(s.lastSeenAt) > MINUTE_MS) s.lastSeenAt = now;
      const { tokenHash: _hash, ...session } = s;
      return copy({ session, account });
    },
    listLiveSessions: async (accountId, seenAfter) =>
      copy(
        [...sessions.values()]
          .filter((s) => s.accountId === accountId && s.endedAt === null && s.lastSeenAt > seenAfter)
          .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt))
          .map(({ tokenHash: _hash, ...s }) => s),
      ),
    async endSession(accountId, sessionId, at) {
      const s = sessions.get(sessionId);
      if (!s || s.accountId !== accountId || s.endedAt !== null) return false;
      s.endedAt = at;
      return true;
    },
    async endAllSessions(accountId, at) {
      let n = 0;
      for (const s of sessions.values()) {
        if (s.accountId === accountId && s.endedAt === null) {
          s.endedAt = at;
          n += 1;
        }
      }
      return n;
    },

    async saveChallenge(challenge) {
      challenges.set(challenge.flowId, copy(challenge));
    },
    async takeChallenge(flowId, now) {
      const c = challenges.get(flowId);
      challenges.delete(flowId);
      return c && c.expiresAt > now ? c : null;
    },

    getSettings: async () => copy(settings),
    async updateSettings(next: InstanceSettings) {
      settings = { ...settings, signUp: next.signUp, accountFreeWorkshops: next.accountFreeWorkshops };
      return copy(settings);
    },
    async setSetupTokenHash(hash) {
      if (hasAdministrator()) return false;
      settings = { ...settings, setupTokenHash: hash };
      return true;
    },

    async createInvitation({ tokenHash, ...invitation }) {
      const record = { ...invitation, tokenHash, usedAt: null, revokedAt: null, usedBy: null };
      invitations.set(invitation.invitationId, record);
      return publicInvitation(record);
    },
    listInvitations: async () => [...invitations.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(publicInvitation),
    async findUsableInvitation(tokenHash, now) {
      const i = [...invitations.values()].find((x) => x.tokenHash === tokenHash);
      return i && isUsable(i, now) ? publicInvitation(i) : null;
    },
    async findUsableInvitationForEmail(email, now) {
      const i = [...invitations.values()].filter((x) => x.email === email && isUsable(x, now)).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
      return i ? publicInvitation(i) : null;
    },
    async revokeInvitation(invitationId, at) {
      const i = invitations.get(invitationId);
      if (!i || i.revokedAt !== null || i.usedAt !== null) return false;
      i.revokedAt = at;
      return true;
    },

    async keepSeat({ workshopId, memberId, accountId, at }) {
      const held = seats.get(seatKey(workshopId, memberId));
      if (held?.accountId === accountId) return copy(held);
      if (held || [...seats.values()].some((s) => s.workshopId === workshopId && s.accountId === accountId)) throw new SeatTakenError('seat kept already');
      const seat: SeatRecord = { workshopId, memberId, accountId, keptAt: at };
      seats.set(seatKey(workshopId, memberId), seat);
      return copy(seat);
    },
    findSeatOfAccount: async (accountId, workshopId) => copy([...seats.values()].find((s) => s.accountId === accountId && s.workshopId === workshopId) ?? null),
    findSeatOfMember: async (workshopId: WorkshopId, memberId: MemberId) => copy(seats.get(seatKey(workshopId, memberId)) ?? null),
    listSeatsOfAccount: async (accountId) => copy([...seats.values()].filter((s) => s.accountId === accountId).sort((a, b) => a.keptAt.localeCompare(b.keptAt))),
    listSeatsOfWorkshop: async (workshopId) => copy([...seats.values()].filter((s) => s.workshopId === workshopId)),
    releaseSeat: async (workshopId, memberId) => seats.delete(seatKey(workshopId, memberId)),

    async close() {},
  };
}

function publicInvitation({ tokenHash: _hash, usedBy: _by, ...invitation }: InvitationRecord & { tokenHash: string; usedBy: string | null }): InvitationRecord {
  return structuredClone(invitation);
}
