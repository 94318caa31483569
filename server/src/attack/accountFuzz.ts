import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import type { PasskeyChallenge } from '@roundtable/shared/accounts/accountRest';
import type { Random } from '@roundtable/shared/testing/seededRandom';
import type { AccountStore } from '../accounts/accountStore';
import { AccountBrowser, firstAdministrator, invitedMember, type Answer } from '../testing/accountClient';

/**
 * The accounts the fuzz attacks the account routes with, made through the real routes (the setup link's first
 * administrator, then members by invitation, each with a passkey in a software authenticator), and what the run has
 * learnt from accepted answers (invitation links, recovery codes, added passkeys), kept for later requests and for
 * reading back at the end (accountReadBack.ts).
 *
 * Who is used for what, so that what a valid request does never stops later ones from working:
 * - Ada, the administrator: /admin routes (settings are put back after each PUT);
 * - Fran: the account routes that leave her signed in (passkeys, recovery codes, keeping a workshop);
 * - Sam: the sign-outs, each with a session signed in just before (sign-out-everywhere ends all of his);
 * - Vic: the one account disabled and enabled (Fran, whose seats the workshops' facilitators use, never is);
 * - newcomers: accounts made by the sign-up cases, their passkeys in one software authenticator.
 */
export const BASELINE_SETTINGS = { signUp: 'invitation', accountFreeWorkshops: true } as const;

export interface FuzzAccount {
  label: string;
  email: string;
  accountId: string;
  browser: AccountBrowser;
  /** Its recovery codes not known to be used. */
  codes: string[];
}

interface PooledInvitation {
  token: string;
  email: string | null;
}

type Fields = Record<string, unknown>;

export class AccountFuzz {
  /** Unused invitation links (the administrator's, and those the invitation cases made). */
  readonly invitations: PooledInvitation[] = [];
  readonly invitationIds: string[] = [];
  /** Accounts made by accepted sign-up cases, with the credential each was made with (held by `newcomers`). */
  readonly made: { accountId: string; email: string; credentialId: string }[] = [];
  /** Passkeys added to Fran's account by accepted cases. */
  readonly addedPasskeys: { passkeyId: string; credentialId: string }[] = [];
  readonly keptWorkshops = new Set<string>();
  /** Whether Vic is disabled, as the last accepted disable or enable said. */
  vicDisabled = false;
  /** Why cases were not sent: their ceremony or session could not be started (its options refused). */
  readonly unprepared: string[] = [];
  readonly newcomers: AccountBrowser;
  private emails = 0;

  private constructor(
    readonly url: string,
    readonly store: AccountStore,
    readonly admin: FuzzAccount,
    readonly fran: FuzzAccount,
    readonly sam: FuzzAccount,
    readonly vic: FuzzAccount,
  ) {
    this.newcomers = new AccountBrowser(url);
  }

  static async setUp(url: string, store: AccountStore): Promise<AccountFuzz> {
    const email = 'ada.admin@example.org';
    const first = await firstAdministrator(url, store, email);
    const admin: FuzzAccount = { label: 'Ada (administrator)', email, accountId: first.accountId, browser: first.browser, codes: first.recoveryCodes };
    const member = async (label: string): Promise<FuzzAccount> => {
      const address = `${label.toLowerCase()}@example.org`;
      const made = await invitedMember(first.browser, address, label);
      return { label, email: address, accountId: made.accountId, browser: made.browser, codes: made.recoveryCodes };
    };
    return new AccountFuzz(url, store, admin, await member('Fran'), await member('Sam'), await member('Vic'));
  }

  freshEmail(): string {
    this.emails += 1;
    return `newcomer-${this.emails}@example.org`;
  }

  /** An unused invitation link: one learnt, or a new one the administrator makes. */
  async invitation(random: Random): Promise<PooledInvitation | null> {
    if (this.invitations.length > 0 && random.chance(0.7)) return random.pick(this.invitations);
    const made = await this.admin.browser.post('/api/admin/invitations', {});
    if (made.status !== 201) return this.notStarted('a new invitation', made);
    const pooled = { token: tokenOf(made.body.url as string), email: null };
    this.invitations.push(pooled);
    this.invitationIds.push(made.body.invitation.invitationId as string);
    return pooled;
  }

  /** Learns an invitation a case made (201), for the sign-up cases. */
  learnInvitation(body: { url?: unknown; invitation?: { invitationId?: unknown; email?: unknown } }): void {
    if (typeof body.url !== 'string' || typeof body.invitation?.invitationId !== 'string') return;
    this.invitations.push({ token: tokenOf(body.url), email: typeof body.invitation.email === 'string' ? body.invitation.email : null });
    this.invitationIds.push(body.invitation.invitationId);
  }

  usedInvitation(token: string): void {
    const at = this.invitations.findIndex((i) => i.token === token);
    if (at >= 0) this.invitations.splice(at, 1);
  }

  /** The fields of a valid sign-up options request: an unused invitation and an address with no account. */
  async signUpFields(random: Random): Promise<{ fields: Fields; invitation: PooledInvitation } | null> {
    const invitation = await this.invitation(random);
    if (!invitation) return null;
    return { fields: { email: invitation.email ?? this.freshEmail(), invitationToken: invitation.token }, invitation };
  }

  /** A sign-up started through the real options route, and the new passkey's response to it: a valid verify body. */
  async signUpCeremony(random: Random): Promise<{ fields: Fields; invitation: PooledInvitation; email: string } | null> {
    const start = await this.signUpFields(random);
    if (!start) return null;
    const options = await this.newcomers.post('/api/auth/passkeys/register/options', { displayName: 'Nia Newcomer', ...start.fields });
    if (options.status !== 200) return this.notStarted('sign-up options', options);
    const challenge = options.body as PasskeyChallenge;
    const response = this.newcomers.authenticator.create(challenge.options as unknown as PublicKeyCredentialCreationOptionsJSON);
    return { fields: { flowId: challenge.flowId, response }, invitation: start.invitation, email: start.fields.email as string };
  }

  /** A discoverable sign-in started through the real options route, answered by one of the fuzz's passkeys. */
  async signInCeremony(random: Random): Promise<{ fields: Fields; who: string } | null> {
    const holders = [this.fran, this.sam, this.vic].map((a) => ({ who: a.label, browser: a.browser }));
    if (this.made.length > 0) holders.push({ who: 'a newcomer', browser: this.newcomers });
    const holder = random.pick(holders);
    const options = await new AccountBrowser(this.url).post('/api/auth/passkeys/sign-in/options', {});
    if (options.status !== 200) return this.notStarted('sign-in options', options);
    const challenge = options.body as PasskeyChallenge;
    const credentialId = random.pick([...holder.browser.authenticator.credentials.keys()]);
    const response = holder.browser.authenticator.get(challenge.options as unknown as PublicKeyCredentialRequestOptionsJSON, { credentialId });
    return { fields: { flowId: challenge.flowId, response }, who: `${holder.who}'s passkey` };
  }

  /** Another passkey for Fran's account, started with her session. */
  async addPasskeyCeremony(): Promise<Fields | null> {
    const options = await this.fran.browser.post('/api/account/passkeys/options', {});
    if (options.status !== 200) return this.notStarted('new passkey options', options);
    const challenge = options.body as PasskeyChallenge;
    const response = this.fran.browser.authenticator.create(challenge.options as unknown as PublicKeyCredentialCreationOptionsJSON);
    return { flowId: challenge.flowId, response };
  }

  /** Sam signed in afresh on his browser: a session a sign-out case may end. */
  async spareSession(): Promise<AccountBrowser | null> {
    const signedIn = await passkeySignIn(this.sam.browser);
    return signedIn.status === 200 ? this.sam.browser : this.notStarted("Sam's sign-in", signedIn);
  }

  /** A real recovery code of Fran, Sam or Vic (Fran's renewed by her when all have run out). */
  async recoveryCode(random: Random): Promise<{ account: FuzzAccount; code: string } | null> {
    let holders = [this.fran, this.sam, this.vic].filter((a) => a.codes.length > 0);
    if (holders.length === 0) {
      const renewed = await this.fran.browser.post('/api/account/recovery-codes', {});
      if (renewed.status !== 201) return this.notStarted("Fran's new recovery codes", renewed);
      this.fran.codes = renewed.body.recoveryCodes as string[];
      holders = [this.fran];
    }
    const account = random.pick(holders);
    return { account, code: random.pick(account.codes) };
  }

  private notStarted(what: string, answer: Answer): null {
    this.unprepared.push(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`);
    return null;
  }
}

/**
 * A passkey sign-in on `browser` (its cookie kept), with the credential named or its newest: the verify answer, or
 * the options' refusal (the fuzz's server raises WEBAUTHN_OPTIONS_PER_MINUTE, so not for starting too many).
 */
export async function passkeySignIn(browser: AccountBrowser, credentialId?: string): Promise<Answer> {
  const options = await browser.post('/api/auth/passkeys/sign-in/options', {});
  if (options.status !== 200) return options;
  const challenge = options.body as PasskeyChallenge;
  const response = browser.authenticator.get(challenge.options as unknown as PublicKeyCredentialRequestOptionsJSON, credentialId ? { credentialId } : {});
  return browser.post('/api/auth/passkeys/sign-in/verify', { flowId: challenge.flowId, response });
}

const tokenOf = (url: string) => new URL(url).hash.replace(/^#invitation=/, '');

/** The headers of a request from one of our pages by `browser`: its account cookie and our own Origin. */
export function browserHeaders(browser: AccountBrowser): Record<string, string> {
  return { 'user-agent': browser.userAgent, origin: browser.pageOrigin, ...(browser.cookies.size > 0 ? { cookie: browser.cookieHeader() } : {}) };
}

/**
 * Everything the account store holds that a request can change, as plain data, to compare before and after a case:
 * the settings, each account (its passkeys with their counters, recovery codes left, live sessions, kept seats), and
 * the invitations. Not a session's last-seen time (every request with its cookie moves it on) nor the challenges.
 */
export async function accountPicture(store: AccountStore): Promise<Record<string, unknown>> {
  const { signUp, accountFreeWorkshops, setupTokenHash } = await store.getSettings();
  const picture: Record<string, unknown> = { settings: { signUp, accountFreeWorkshops, setupTokenHash }, invitations: await store.listInvitations() };
  const since = new Date(0).toISOString();
  for (const a of await store.listAccounts()) {
    picture[`account ${a.email}`] = a;
    picture[`account ${a.email} passkeys`] = (await store.listPasskeys(a.accountId)).map((p) => ({ ...p, publicKey: Buffer.from(p.publicKey).toString('base64url') }));
    picture[`account ${a.email} recovery codes`] = await store.countRecoveryCodesLeft(a.accountId);
    picture[`account ${a.email} sessions`] = (await store.listLiveSessions(a.accountId, since)).map((s) => s.sessionId).sort();
    picture[`account ${a.email} seats`] = await store.listSeatsOfAccount(a.accountId);
    picture[`account ${a.email} sso`] = await store.listSsoIdentities(a.accountId);
  }
  return picture;
}

/** The parts of the account store that differ between two pictures. */
export function accountChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => `accounts: ${k}`);
}
