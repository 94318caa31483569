import { AccountBrowser, type Answer } from '../testing/accountClient';
import { BASELINE_SETTINGS, passkeySignIn, type AccountFuzz } from './accountFuzz';
import type { CaseRecord, FindingLog } from './findings';
import type { FuzzServer } from './fuzzWorkshops';

/**
 * After the attack, what the account routes accepted must load back and still work: the administrator's pages list
 * every account and invitation the run made, with Vic disabled or not as the last accepted request said; Fran's
 * account shows every passkey added to it and as many recovery codes as she has not used; the passkeys the run added
 * and the accounts it made sign in; a recovery code signs in; the settings are as they were put back. A failure is
 * blamed on the accepted cases that changed the accounts (the last eight).
 */
const SIGN_INS_CHECKED = 3;

type Check = { what: string; run: () => Promise<string | null> };

const ids = (list: unknown, key: string): string[] => (Array.isArray(list) ? list.map((x: Record<string, unknown>) => String(x[key])) : []);
const shown = (a: Answer) => `${a.status} ${JSON.stringify(a.body).slice(0, 300)}`;

function checksFor(a: AccountFuzz): Check[] {
  const admin = a.admin.browser;
  const fran = a.fran.browser;
  /** A sign-in on a fresh browser with the passkey `credentialId` of `holder`'s authenticator: the account it opened, or why not. */
  const signInWith = async (holder: AccountBrowser, credentialId: string, expectedAccountId: string, expectedStatus = 200): Promise<string | null> => {
    const answer = await passkeySignIn(new AccountBrowser(a.url, holder.authenticator), credentialId);
    if (answer.status !== expectedStatus) return `answered ${shown(answer)}, not ${expectedStatus}`;
    return expectedStatus !== 200 || answer.body.account?.accountId === expectedAccountId ? null : `signed in ${JSON.stringify(answer.body.account)}, not ${expectedAccountId}`;
  };
  const checks: Check[] = [
    {
      what: 'GET /api/admin/settings',
      run: async () => {
        const answer = await admin.get('/api/admin/settings');
        return answer.status === 200 && JSON.stringify(answer.body) === JSON.stringify(BASELINE_SETTINGS) ? null : `answered ${shown(answer)}, not the settings put back`;
      },
    },
    {
      what: 'GET /api/admin/accounts',
      run: async () => {
        const answer = await admin.get('/api/admin/accounts');
        if (answer.status !== 200) return `answered ${shown(answer)}`;
        const listed = ids(answer.body.accounts, 'accountId');
        const missing = [a.admin, a.fran, a.sam, a.vic, ...a.made].map((m) => m.accountId).filter((id) => !listed.includes(id));
        if (missing.length > 0) return `does not list ${missing.length} account(s) the run made: ${missing.join(', ')}`;
        const vic = (answer.body.accounts as { accountId: string; disabledAt: string | null }[]).find((x) => x.accountId === a.vic.accountId)!;
        return (vic.disabledAt !== null) === a.vicDisabled ? null : `shows Vic ${vic.disabledAt === null ? 'enabled' : 'disabled'}, though the last accepted request ${a.vicDisabled ? 'disabled' : 'enabled'} him`;
      },
    },
    {
      what: 'GET /api/admin/invitations',
      run: async () => {
        const answer = await admin.get('/api/admin/invitations');
        if (answer.status !== 200) return `answered ${shown(answer)}`;
        const missing = a.invitationIds.filter((id) => !ids(answer.body.invitations, 'invitationId').includes(id));
        return missing.length === 0 ? null : `does not list ${missing.length} invitation(s) the run made`;
      },
    },
    {
      what: "GET /api/account (Fran's)",
      run: async () => {
        const answer = await fran.get('/api/account');
        if (answer.status !== 200) return `answered ${shown(answer)}`;
        const missing = a.addedPasskeys.filter((p) => !ids(answer.body.passkeys, 'passkeyId').includes(p.passkeyId));
        if (missing.length > 0) return `does not list ${missing.length} passkey(s) added to it`;
        return answer.body.recoveryCodesLeft === a.fran.codes.length ? null : `says ${answer.body.recoveryCodesLeft} recovery codes are left; ${a.fran.codes.length} were given and not used`;
      },
    },
    {
      what: "GET /api/account/workshops (Fran's)",
      run: async () => {
        const answer = await fran.get('/api/account/workshops');
        if (answer.status !== 200) return `answered ${shown(answer)}`;
        const strange = ids(answer.body.workshops, 'workshopId').filter((id) => !a.keptWorkshops.has(id));
        return strange.length === 0 ? null : `lists workshops no accepted request kept: ${strange.join(', ')}`;
      },
    },
    { what: 'GET /api/auth/state', run: async () => ((await admin.get('/api/auth/state')).status === 200 ? null : 'did not answer 200') },
  ];
  for (const p of a.addedPasskeys.slice(-SIGN_INS_CHECKED)) checks.push({ what: `a sign-in with a passkey added to Fran's account (${p.passkeyId})`, run: () => signInWith(fran, p.credentialId, a.fran.accountId) });
  for (const m of a.made.slice(-SIGN_INS_CHECKED)) checks.push({ what: `a sign-in to an account a sign-up case made (${m.email})`, run: () => signInWith(a.newcomers, m.credentialId, m.accountId) });
  const vicPasskey = [...a.vic.browser.authenticator.credentials.keys()][0]!;
  checks.push({ what: `Vic's sign-in (${a.vicDisabled ? 'disabled' : 'enabled'})`, run: () => signInWith(a.vic.browser, vicPasskey, a.vic.accountId, a.vicDisabled ? 403 : 200) });
  const code = a.fran.codes[0];
  if (code) {
    checks.push({
      what: "a sign-in with one of Fran's recovery codes",
      run: async () => {
        const answer = await new AccountBrowser(a.url).post('/api/auth/recovery', { email: a.fran.email, code });
        a.fran.codes.shift();
        return answer.status === 200 && answer.body.account?.accountId === a.fran.accountId ? null : `answered ${shown(answer)}`;
      },
    });
  }
  return checks;
}

/** Reads the accounts back; returns how many checks it made (each one to three requests). */
export async function readBackAccounts(ctx: FuzzServer, accounts: AccountFuzz, history: readonly CaseRecord[], log: FindingLog): Promise<number> {
  const blamed = history.filter((r) => r.changed.some((part) => part.startsWith('accounts:'))).slice(-8);
  const checks = checksFor(accounts);
  for (const check of checks) {
    let problem: string | null;
    try {
      problem = await check.run();
    } catch (error) {
      problem = `failed: ${(error as Error).message}`;
    }
    if (problem) log.add({ check: 'accountsReadBack', workshop: `accounts at ${ctx.url}`, detail: `${check.what} ${problem}; suspects:`, cases: blamed });
  }
  return checks.length;
}
