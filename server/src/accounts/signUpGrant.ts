import type { AccountRole } from '@roundtable/shared/accounts/accountRest';
import type { AppError } from '@roundtable/shared/protocol/errors';
import { hashToken } from '../http/secrets';
import type { AccountStore } from './accountStore';

/** What a sign-up may become: its role, and the invitation or setup token it uses up. */
export interface SignUpGrant {
  role: AccountRole;
  invitationId?: string;
  firstAdministrator?: boolean;
}

/**
 * [ADM1] [ADM2] Whether this person may make an account by passkey, and as what:
 * - before any administrator exists, only the holder of the setup link (printed in the server's log) may, and
 *   becomes the first administrator;
 * - after that, the holder of an invitation link (for their email, if it names one), with the invitation's role;
 * - or anyone, when the administrator allows anyone to sign up. Under "invitation" or "sso-domain" (single sign-on
 *   only) there is no other way in.
 */
export async function signUpGrant(
  accounts: AccountStore,
  request: { email: string; setupToken?: string | undefined; invitationToken?: string | undefined },
  now: string,
): Promise<{ ok: true; grant: SignUpGrant } | { ok: false; error: AppError }> {
  const refuse = (code: AppError['code'], message: string) => ({ ok: false as const, error: { code, message } });
  const settings = await accounts.getSettings();
  if (!(await accounts.hasAdministrator())) {
    if (!request.setupToken) {
      return refuse('forbidden', "This Roundtable is not set up yet. Its first administrator signs up through the setup link in the server's log.");
    }
    if (settings.setupTokenHash === null || hashToken(request.setupToken) !== settings.setupTokenHash) {
      return refuse('forbidden', "This setup link is not valid (any more). Restart the server: it prints a new one in its log.");
    }
    return { ok: true, grant: { role: 'admin', firstAdministrator: true } };
  }
  if (request.setupToken) return refuse('conflict', 'This Roundtable is set up already. Sign in, or ask its administrator for an invitation.');
  if (await accounts.findAccountByEmail(request.email)) return refuse('conflict', 'An account with this email address exists already. Sign in instead.');
  if (request.invitationToken) {
    const invitation = await accounts.findUsableInvitation(hashToken(request.invitationToken), now);
    if (!invitation) return refuse('forbidden', 'This invitation is not valid any more (used, withdrawn or expired). Ask for a new one.');
    if (invitation.email !== null && invitation.email !== request.email) return refuse('forbidden', `This invitation is for another email address. Sign up with the address it was sent to.`);
    return { ok: true, grant: { role: invitation.role, invitationId: invitation.invitationId } };
  }
  if (settings.signUp === 'anyone') return { ok: true, grant: { role: 'member' } };
  if (settings.signUp === 'sso-domain') return refuse('forbidden', "Accounts here are made by signing in with your organisation's single sign-on.");
  return refuse('forbidden', 'Sign-up here is by invitation. Ask an administrator to invite you.');
}
