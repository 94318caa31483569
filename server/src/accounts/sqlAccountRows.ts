import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { AccountRole, SignUpPolicy } from '@roundtable/shared/accounts/accountRest';
import type { AccountRecord, InvitationRecord, PasskeyRecord, SeatRecord, SessionRecord, StoredSettings } from './accountStore';

/** The account tables' rows (migration 0007_accounts.sql) as records, for sqlAccountStore.ts. */

export const UNIQUE_VIOLATION = '23505';
export const violated = (error: unknown, constraint: string) => {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e.code === UNIQUE_VIOLATION && `${e.constraint ?? ''} ${e.message ?? ''}`.includes(constraint);
};

export const iso = (t: Date | string) => new Date(t).toISOString();
export const isoOrNull = (t: Date | string | null) => (t === null ? null : iso(t));
export const fromJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export type Row = Record<string, unknown>;
export const ACCOUNT_COLUMNS = 'account_id, email, display_name, role, webauthn_user, created_at, disabled_at';
export const accountOf = (r: Row): AccountRecord => ({
  accountId: r.account_id as string,
  email: r.email as string,
  displayName: r.display_name as string,
  role: r.role as AccountRole,
  webauthnUser: r.webauthn_user as string,
  createdAt: iso(r.created_at as Date),
  disabledAt: isoOrNull(r.disabled_at as Date | null),
});
export const PASSKEY_COLUMNS = 'passkey_id, account_id, credential_id, name, public_key, counter, transports, created_at, last_used_at';
export const passkeyOf = (r: Row): PasskeyRecord => ({
  passkeyId: r.passkey_id as string,
  accountId: r.account_id as string,
  credentialId: r.credential_id as string,
  name: r.name as string,
  publicKey: new Uint8Array(r.public_key as Uint8Array),
  counter: Number(r.counter),
  transports: fromJson(r.transports) as string[],
  createdAt: iso(r.created_at as Date),
  lastUsedAt: isoOrNull(r.last_used_at as Date | null),
});
export const SESSION_COLUMNS = 'session_id, account_id, device, created_at, last_seen_at, ended_at';
export const sessionOf = (r: Row): SessionRecord => ({
  sessionId: r.session_id as string,
  accountId: r.account_id as string,
  device: r.device as string,
  createdAt: iso(r.created_at as Date),
  lastSeenAt: iso(r.last_seen_at as Date),
  endedAt: isoOrNull(r.ended_at as Date | null),
});
export const INVITATION_COLUMNS = 'invitation_id, email, role, created_by, created_at, expires_at, used_at, revoked_at';
export const invitationOf = (r: Row): InvitationRecord => ({
  invitationId: r.invitation_id as string,
  email: (r.email as string | null) ?? null,
  role: r.role as AccountRole,
  createdBy: r.created_by as string,
  createdAt: iso(r.created_at as Date),
  expiresAt: iso(r.expires_at as Date),
  usedAt: isoOrNull(r.used_at as Date | null),
  revokedAt: isoOrNull(r.revoked_at as Date | null),
});
export const seatOf = (r: Row): SeatRecord => ({
  workshopId: r.workshop_id as WorkshopId,
  memberId: r.member_id as MemberId,
  accountId: r.account_id as string,
  keptAt: iso(r.kept_at as Date),
});
export const USABLE_INVITATION = 'used_at IS NULL AND revoked_at IS NULL AND expires_at > $2::timestamptz';

export function settingsOf(r: Row): StoredSettings {
  return { signUp: r.sign_up as SignUpPolicy, accountFreeWorkshops: Boolean(r.account_free_workshops), setupTokenHash: (r.setup_token_hash as string | null) ?? null };
}
