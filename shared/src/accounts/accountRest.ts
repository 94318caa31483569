import { z } from 'zod';

/*
 * Facilitator and programme-staff accounts: the REST contract between the pages and the server.
 *
 * Participants never have an account (a join code is all they need). An account signs in with a passkey (WebAuthn)
 * or, where the instance is configured for it, by single sign-on (OpenID Connect); it holds server-side sessions,
 * one per device, carried by an HttpOnly cookie. A workshop kept in an account opens on any device where that account
 * is signed in: the account's session stands in for the workshop link.
 *
 * Paths (all under /api):
 *   GET    /auth/state                            → AuthState
 *   POST   /auth/passkeys/register/options        PasskeySignUpBody → PasskeyChallenge
 *   POST   /auth/passkeys/register/verify         PasskeyVerifyBody → SignedUp (and the session cookie)
 *   POST   /auth/passkeys/sign-in/options         {} → PasskeyChallenge
 *   POST   /auth/passkeys/sign-in/verify          PasskeyVerifyBody → SignedIn (and the session cookie)
 *   POST   /auth/recovery                         RecoveryBody → SignedIn (rate-limited per address and per account)
 *   POST   /auth/sign-out                         → 204 (ends this device's session)
 *   GET    /auth/sso/:providerId/start?returnTo=  → 302 to the provider
 *   GET    /auth/sso/:providerId/callback         → 302 to returnTo, or to /sign-in?error=<SsoErrorCode>
 *
 *   GET    /account                               → AccountDetails
 *   POST   /account/passkeys/options              {} → PasskeyChallenge (adds a passkey to the signed-in account)
 *   POST   /account/passkeys/verify               PasskeyVerifyBody → PasskeySummary
 *   DELETE /account/passkeys/:passkeyId           → 204 (never the account's last way to sign in)
 *   POST   /account/recovery-codes                → RecoveryCodes (new codes; the old ones stop working)
 *   GET    /account/sessions                      → { sessions: DeviceSession[] }
 *   DELETE /account/sessions/:sessionId           → 204
 *   POST   /account/sessions/sign-out-everywhere  → 204 (every session of the account, this one included)
 *   GET    /account/workshops                     → { workshops: MyWorkshop[] }
 *   POST   /account/workshops/:workshopId/keep    → MyWorkshop (this browser's facilitator link, kept in the account)
 *
 *   GET    /workshops/:workshopId/facilitators    → { facilitators: WorkshopFacilitator[] } (facilitators only)
 *   DELETE /workshops/:workshopId/facilitators/:memberId → 204 (the other facilitator: link and account access end)
 *
 *   GET    /admin/settings                        → InstanceSettings (administrators only, as is all of /admin)
 *   PUT    /admin/settings                        InstanceSettings → InstanceSettings
 *   GET    /admin/invitations                     → { invitations: Invitation[] }
 *   POST   /admin/invitations                     NewInvitationBody → CreatedInvitation
 *   DELETE /admin/invitations/:invitationId       → 204
 *   GET    /admin/accounts                        → { accounts: AdminAccount[] }
 *   POST   /admin/accounts/:accountId/disable     → AdminAccount (its sessions end at once, live connections too)
 *   POST   /admin/accounts/:accountId/enable      → AdminAccount
 *
 * A POST /api/workshops made while signed in keeps the new workshop in the account (the lead facilitator's seat).
 * Every state-changing request that carries the account cookie must come from the server's own origin.
 *
 * Pages: /sign-in, /sign-up (#invitation=<token> from an invitation link), /setup (#token=<token> from the link the
 * server prints on its first start), /account, /admin, /workshops (My workshops).
 */

/** Who may create an account: anyone, only people holding an invitation, or single sign-on from the allowed domains. */
export const SIGN_UP_POLICIES = ['anyone', 'invitation', 'sso-domain'] as const;
export type SignUpPolicy = (typeof SIGN_UP_POLICIES)[number];

export const ACCOUNT_ROLES = ['admin', 'member'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const DISPLAY_NAME_MAX_CHARS = 80;
export const EMAIL_MAX_CHARS = 254;
export const PASSKEY_NAME_MAX_CHARS = 60;
/** Recovery codes an account holds at a time, each usable once. */
export const RECOVERY_CODE_COUNT = 10;

const name = (max: number, label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is at most ${max} characters.`);

export const emailSchema = z
  .string({ error: 'Your email address is required.' })
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_CHARS, `An email address is at most ${EMAIL_MAX_CHARS} characters.`)
  .pipe(z.email('Enter an email address, like name@example.org.'));

/** A secret carried in a link's #fragment (setup or invitation): 256 random bits, base64url. */
const linkSecret = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, 'This link is not complete. Open it again from where you received it.');

/** A browser's WebAuthn response, passed through to the verifier (which checks every field); bounded in size. */
const webAuthnResponse = z.looseObject({
  id: z.string().min(1).max(1_024),
  rawId: z.string().min(1).max(1_024),
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: z.string().max(8_192) }),
});

export const passkeySignUpBodySchema = z.strictObject({
  displayName: name(DISPLAY_NAME_MAX_CHARS, 'Your name'),
  email: emailSchema,
  /** From the setup link: makes the instance's first administrator. */
  setupToken: linkSecret.optional(),
  /** From an invitation link. */
  invitationToken: linkSecret.optional(),
});
export type PasskeySignUpBody = z.input<typeof passkeySignUpBodySchema>;

/** The options to hand to the browser's WebAuthn call, and the flow they belong to (single use, a few minutes). */
export interface PasskeyChallenge {
  flowId: string;
  /** PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON, as @simplewebauthn makes them. */
  options: { challenge: string } & Record<string, unknown>;
}

export const passkeyVerifyBodySchema = z.strictObject({
  flowId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'This sign-in attempt is not known. Start again.'),
  response: webAuthnResponse,
  /** A name for the passkey, so the account's list tells devices apart ("Work laptop"). */
  passkeyName: name(PASSKEY_NAME_MAX_CHARS, 'The passkey name').optional(),
});
export type PasskeyVerifyBody = z.input<typeof passkeyVerifyBodySchema>;

export const recoveryBodySchema = z.strictObject({
  email: emailSchema,
  code: z
    .string({ error: 'Enter one of your recovery codes.' })
    .trim()
    .max(40, 'A recovery code is shorter than that.')
    .regex(/^[A-Za-z0-9 -]+$/, 'A recovery code is letters and digits, like 7KQ2-M9XD-4TPA.'),
});
export type RecoveryBody = z.input<typeof recoveryBodySchema>;

export interface AccountSummary {
  accountId: string;
  displayName: string;
  email: string;
  role: AccountRole;
}

export interface SsoProviderSummary {
  providerId: string;
  /** What the sign-in button says: "Sign in with Microsoft". */
  label: string;
}

export interface AuthState {
  signedIn: AccountSummary | null;
  /** No administrator yet: the first account must come from the setup link in the server's log. */
  setupRequired: boolean;
  signUp: SignUpPolicy;
  /** Whether a workshop can still be made without an account (its link is then its only key). */
  accountFreeWorkshops: boolean;
  sso: SsoProviderSummary[];
}

export interface SignedIn {
  account: AccountSummary;
}

export interface RecoveryCodes {
  /** Shown once; only their hashes are kept. */
  recoveryCodes: string[];
}

export type SignedUp = SignedIn & RecoveryCodes;

export interface PasskeySummary {
  passkeyId: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface SsoIdentitySummary {
  providerLabel: string;
  email: string | null;
}

export interface AccountDetails {
  account: AccountSummary;
  passkeys: PasskeySummary[];
  ssoIdentities: SsoIdentitySummary[];
  recoveryCodesLeft: number;
}

export interface DeviceSession {
  sessionId: string;
  /** A short description of the browser and system ("Firefox on Windows"), from its User-Agent at sign-in. */
  device: string;
  signedInAt: string;
  lastSeenAt: string;
  /** The session this request came with. */
  current: boolean;
}

export interface MyWorkshop {
  workshopId: string;
  title: string;
  area: string;
  /** The session the workshop is on (1–5), with its title; null before the first. */
  currentSession: { number: number; title: string } | null;
  /** The next session's date (ISO date), if one is set. */
  nextDate: string | null;
  participantsBySector: { council: number; thirdSector: number; other: number };
  /** The workshop's page (it opens with this account's session). */
  url: string;
}

export interface WorkshopFacilitator {
  memberId: string;
  name: string;
  /** Whether the seat is kept in an account (then it opens on any of that account's devices). */
  kept: boolean;
  /** The seat of the person asking. */
  you: boolean;
}

export const instanceSettingsSchema = z.strictObject({
  signUp: z.enum(SIGN_UP_POLICIES, { error: 'Choose who may sign up: anyone, by invitation, or by single sign-on.' }),
  accountFreeWorkshops: z.boolean({ error: 'Say whether workshops can be made without an account.' }),
});
export type InstanceSettings = z.infer<typeof instanceSettingsSchema>;

export const newInvitationBodySchema = z.strictObject({
  /** If given, only this address can use the invitation. */
  email: emailSchema.optional(),
  role: z.enum(ACCOUNT_ROLES, { error: 'An invitation is for an administrator or a member.' }).default('member'),
});
export type NewInvitationBody = z.input<typeof newInvitationBodySchema>;

export interface Invitation {
  invitationId: string;
  email: string | null;
  role: AccountRole;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedInvitation {
  invitation: Invitation;
  /** The link to send; shown once (its token is stored only as a hash). */
  url: string;
}

export interface AdminAccount extends AccountSummary {
  createdAt: string;
  disabledAt: string | null;
  passkeys: number;
  sso: boolean;
}

/** Why a single sign-on did not sign anyone in; the sign-in page says it in words. */
export const SSO_ERROR_CODES = ['cancelled', 'invalid_response', 'domain_not_allowed', 'sign_up_closed', 'account_disabled', 'unavailable'] as const;
export type SsoErrorCode = (typeof SSO_ERROR_CODES)[number];
