import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { SsoErrorCode } from '@roundtable/shared/accounts/accountRest';
import { newId } from '../http/secrets';
import { nowIso, type AccountDeps } from './accountDeps';
import { CredentialTakenError, EmailTakenError, InvitationUnusableError, type AccountRecord } from './accountStore';
import { startSession } from './accountSessions';
import type { SsoIdentity, SsoSignIn } from './sso/ssoSeam';

type Outcome = { ok: true } | { ok: false; code: SsoErrorCode };

/**
 * [SSO…] The accounts side of single sign-on. The identity has been verified by the provider's flow (sso/); here:
 * - an identity seen before signs its account in (unless disabled);
 * - else the provider must vouch for an email address (verified) in an allowed domain, when domains are configured;
 * - an account with that email address gets this identity linked to it (so one person has one account, whether they
 *   came by passkey or by single sign-on first);
 * - else an account is made, if the sign-up policy lets this person in: "anyone", "sso-domain" when the provider has
 *   allowed domains (with none configured, "sso-domain" makes no account), or an open
 *   invitation for this address under "invitation". Before the first administrator exists, nobody signs up this way.
 */
export function ssoSignIn(deps: Pick<AccountDeps, 'accounts' | 'logger'>): SsoSignIn {
  const { accounts } = deps;
  return {
    async signIn(identity: SsoIdentity, allowedDomains: readonly string[], req: Request, res: Response): Promise<Outcome> {
      const signInAs = async (account: AccountRecord): Promise<Outcome> => {
        if (account.disabledAt !== null) return { ok: false, code: 'account_disabled' };
        await startSession(accounts, account, req, res);
        return { ok: true };
      };
      const known = await accounts.findAccountBySso(identity.issuer, identity.subject);
      if (known) return signInAs(known);

      const email = identity.email?.trim().toLowerCase() ?? null;
      if (!email || !identity.emailVerified || !/^[^@\s]+@[^@\s]+$/.test(email)) return { ok: false, code: 'invalid_response' };
      const domain = email.slice(email.lastIndexOf('@') + 1);
      if (allowedDomains.length > 0 && !allowedDomains.map((d) => d.toLowerCase()).includes(domain)) return { ok: false, code: 'domain_not_allowed' };
      const record = { providerId: identity.providerId, issuer: identity.issuer, subject: identity.subject, email };

      const byEmail = await accounts.findAccountByEmail(email);
      if (byEmail) {
        if (byEmail.disabledAt !== null) return { ok: false, code: 'account_disabled' };
        if (!(await accounts.addSsoIdentity(byEmail.accountId, record))) return { ok: false, code: 'invalid_response' };
        deps.logger.info({ accountId: byEmail.accountId, issuer: identity.issuer }, 'single sign-on identity linked');
        return signInAs(byEmail);
      }

      if (!(await accounts.hasAdministrator())) return { ok: false, code: 'sign_up_closed' };
      const settings = await accounts.getSettings();
      const invitation = await accounts.findUsableInvitationForEmail(email, nowIso());
      if (settings.signUp === 'invitation' && !invitation) return { ok: false, code: 'sign_up_closed' };
      // [ACC16] "By single sign-on from the allowed domains" with no domains configured allows no domain: otherwise a
      // public provider (anyone with a Google account) would open sign-up to everyone.
      if (settings.signUp === 'sso-domain' && allowedDomains.length === 0 && !invitation) return { ok: false, code: 'sign_up_closed' };
      const accountId = newId();
      try {
        const account = await accounts.createAccount({
          account: { accountId, email, displayName: identity.name?.trim().slice(0, 80) || email, role: invitation?.role ?? 'member', webauthnUser: randomBytes(32).toString('base64url') },
          sso: record,
          // The provider is its way back in; it can make recovery codes on its account page once it adds a passkey.
          recoveryCodeHashes: [],
          ...(invitation ? { invitationId: invitation.invitationId } : {}),
        });
        deps.logger.info({ accountId, issuer: identity.issuer }, 'account created by single sign-on');
        return signInAs(account);
      } catch (error) {
        if (error instanceof EmailTakenError || error instanceof CredentialTakenError || error instanceof InvitationUnusableError) return { ok: false, code: 'invalid_response' };
        throw error;
      }
    },
  };
}
