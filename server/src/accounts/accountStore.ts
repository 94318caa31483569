import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { AccountRole, InstanceSettings } from '@roundtable/shared/accounts/accountRest';

/**
 * Where accounts live: identities (passkeys, single sign-on), recovery codes, sessions, WebAuthn challenges, the
 * instance's settings, invitations and the facilitator seats accounts keep. Three implementations pass one contract
 * (accountStore.contract.ts): SQL on PGlite and on PostgreSQL (the same database as the workshops), and in memory.
 * Every secret arrives here already hashed; the store never sees a token or a code.
 */

export interface AccountRecord {
  accountId: string;
  email: string;
  displayName: string;
  role: AccountRole;
  /** The WebAuthn user handle (base64url). */
  webauthnUser: string;
  createdAt: string;
  disabledAt: string | null;
}

export interface PasskeyRecord {
  passkeyId: string;
  accountId: string;
  /** base64url */
  credentialId: string;
  name: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  createdAt: string;
  lastUsedAt: string | null;
}

export type NewPasskey = Omit<PasskeyRecord, 'createdAt' | 'lastUsedAt' | 'accountId'>;

export interface SsoIdentityRecord {
  providerId: string;
  issuer: string;
  subject: string;
  email: string | null;
}

export interface SessionRecord {
  sessionId: string;
  accountId: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  endedAt: string | null;
}

export type ChallengePurpose = 'sign-up' | 'sign-in' | 'add-passkey';

export interface ChallengeRecord {
  flowId: string;
  challenge: string;
  purpose: ChallengePurpose;
  /** What the ceremony is for (a sign-up's name and email, the account adding a passkey), as JSON. */
  details: Record<string, unknown>;
  expiresAt: string;
}

export interface StoredSettings extends InstanceSettings {
  setupTokenHash: string | null;
}

export interface InvitationRecord {
  invitationId: string;
  email: string | null;
  role: AccountRole;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

export interface SeatRecord {
  workshopId: WorkshopId;
  memberId: MemberId;
  accountId: string;
  keptAt: string;
}

/** How an account comes into being: with its first passkey or its first single sign-on identity, never with neither. */
export interface NewAccount {
  account: Omit<AccountRecord, 'createdAt' | 'disabledAt'>;
  passkey?: NewPasskey;
  sso?: SsoIdentityRecord;
  recoveryCodeHashes: readonly string[];
  /** Uses this invitation in the same transaction (InvitationUnusableError if it was used, revoked or expired meanwhile). */
  invitationId?: string;
  /** The first administrator: refused (SetupClosedError) if an administrator exists by then; clears the setup token. */
  firstAdministrator?: boolean;
}

export class EmailTakenError extends Error {}
export class CredentialTakenError extends Error {}
export class InvitationUnusableError extends Error {}
export class SetupClosedError extends Error {}
export class SeatTakenError extends Error {}

export interface AccountStore {
  /** Creates an account with its first way to sign in, atomically. Throws EmailTakenError, CredentialTakenError, InvitationUnusableError, SetupClosedError. */
  createAccount(input: NewAccount): Promise<AccountRecord>;
  findAccount(accountId: string): Promise<AccountRecord | null>;
  /** By email (already lower-cased). */
  findAccountByEmail(email: string): Promise<AccountRecord | null>;
  findAccountByWebauthnUser(webauthnUser: string): Promise<AccountRecord | null>;
  listAccounts(): Promise<AccountRecord[]>;
  /** Whether an enabled administrator exists. */
  hasAdministrator(): Promise<boolean>;
  /** Disables the account and ends all its sessions in one transaction; null if there is no such account. */
  disableAccount(accountId: string, at: string): Promise<AccountRecord | null>;
  enableAccount(accountId: string): Promise<AccountRecord | null>;

  /** Throws CredentialTakenError if the credential is already registered (to any account). */
  addPasskey(accountId: string, passkey: NewPasskey): Promise<PasskeyRecord>;
  findPasskeyByCredentialId(credentialId: string): Promise<PasskeyRecord | null>;
  listPasskeys(accountId: string): Promise<PasskeyRecord[]>;
  /** Records a sign-in: the new signature counter and when. */
  touchPasskey(credentialId: string, counter: number, at: string): Promise<void>;
  /** Removes one of the account's passkeys, unless it is the account's last way to sign in; false if refused or unknown. */
  removePasskey(accountId: string, passkeyId: string): Promise<boolean>;

  /** Replaces the account's recovery codes (the old ones stop working). */
  replaceRecoveryCodes(accountId: string, codeHashes: readonly string[]): Promise<void>;
  /** Uses one unused code, once: true if it was there and unused (concurrent uses: only one wins). */
  useRecoveryCode(accountId: string, codeHash: string, at: string): Promise<boolean>;
  countRecoveryCodesLeft(accountId: string): Promise<number>;

  /** Links an identity to an existing account (false if that identity is already linked elsewhere). */
  addSsoIdentity(accountId: string, identity: SsoIdentityRecord): Promise<boolean>;
  findAccountBySso(issuer: string, subject: string): Promise<AccountRecord | null>;
  listSsoIdentities(accountId: string): Promise<SsoIdentityRecord[]>;

  createSession(session: { sessionId: string; tokenHash: string; accountId: string; device: string; at: string }): Promise<SessionRecord>;
  /**
   * The live session a token hash belongs to, with its account, if the session has not ended, was seen after
   * `seenAfter`, and its account is not disabled; `lastSeenAt` is moved to `now` when older than a minute.
   */
  findLiveSession(tokenHash: string, seenAfter: string, now: string): Promise<{ session: SessionRecord; account: AccountRecord } | null>;
  listLiveSessions(accountId: string, seenAfter: string): Promise<SessionRecord[]>;
  /** Ends one of the account's sessions; false if there is no such live session. */
  endSession(accountId: string, sessionId: string, at: string): Promise<boolean>;
  endAllSessions(accountId: string, at: string): Promise<number>;

  saveChallenge(challenge: ChallengeRecord): Promise<void>;
  /** Takes the challenge out (single use): it is returned once, and only if it has not expired by `now`. */
  takeChallenge(flowId: string, now: string): Promise<ChallengeRecord | null>;

  getSettings(): Promise<StoredSettings>;
  updateSettings(settings: InstanceSettings): Promise<StoredSettings>;
  /** Stores a new setup token's hash (replacing any earlier one), only while no administrator exists; false otherwise. */
  setSetupTokenHash(hash: string): Promise<boolean>;

  createInvitation(invitation: Omit<InvitationRecord, 'usedAt' | 'revokedAt' | 'createdAt'> & { tokenHash: string; createdAt: string }): Promise<InvitationRecord>;
  listInvitations(): Promise<InvitationRecord[]>;
  /** A usable invitation (not used, revoked or expired by `now`) a token hash belongs to. */
  findUsableInvitation(tokenHash: string, now: string): Promise<InvitationRecord | null>;
  /** An unused, live invitation for this email address (for a single sign-on under the invitation policy). */
  findUsableInvitationForEmail(email: string, now: string): Promise<InvitationRecord | null>;
  revokeInvitation(invitationId: string, at: string): Promise<boolean>;

  /** The account keeps this facilitator seat. Throws SeatTakenError if another account keeps it, or this account keeps another seat of the workshop. Keeping the same seat again is a no-op. */
  keepSeat(seat: { workshopId: WorkshopId; memberId: MemberId; accountId: string; at: string }): Promise<SeatRecord>;
  findSeatOfAccount(accountId: string, workshopId: WorkshopId): Promise<SeatRecord | null>;
  findSeatOfMember(workshopId: WorkshopId, memberId: MemberId): Promise<SeatRecord | null>;
  listSeatsOfAccount(accountId: string): Promise<SeatRecord[]>;
  listSeatsOfWorkshop(workshopId: WorkshopId): Promise<SeatRecord[]>;
  releaseSeat(workshopId: WorkshopId, memberId: MemberId): Promise<boolean>;

  close(): Promise<void>;
}
