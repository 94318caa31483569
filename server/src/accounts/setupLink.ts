import { hashToken, newToken } from '../http/secrets';
import type { AccountStore } from './accountStore';

/**
 * [ADM1] On a start with no administrator yet: a fresh setup token, its hash stored (replacing the one an earlier start
 * made), and the link for the log — `<origin>/setup#token=…`. Null once an administrator exists. Only whoever can read
 * the server's log can claim a new instance.
 */
export async function prepareSetupLink(accounts: AccountStore, origin: string): Promise<string | null> {
  if (await accounts.hasAdministrator()) return null;
  const token = newToken();
  if (!(await accounts.setSetupTokenHash(hashToken(token)))) return null;
  return `${origin}/setup#token=${token}`;
}
