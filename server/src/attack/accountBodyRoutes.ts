import { z } from 'zod';
import { instanceSettingsSchema, newInvitationBodySchema, passkeySignUpBodySchema, passkeyVerifyBodySchema, recoveryBodySchema } from '@roundtable/shared/accounts/accountRest';
import { bearer, type HttpAnswer } from './attackHttp';
import { BASELINE_SETTINGS, type AccountFuzz } from './accountFuzz';
import type { Random } from '@roundtable/shared/testing/seededRandom';
import type { BodyRoute } from './fuzzCases';
import { activeActors } from './fuzzWorkshops';

/**
 * The account routes (server/src/accounts/) as the fuzz sends them. Each route's `prepare` makes the live part of a
 * valid request through the real routes just before it is sent — a started passkey ceremony and the authenticator's
 * answer, a real recovery code, an unused invitation, a session to sign out — and says whose session it carries
 * (with our own Origin, as the routes require of a request with the account cookie). The fuzz then sends that body
 * valid or broken, so a broken one meets the route's own checks, not a missing session.
 *
 * Routes that read no body (sign-out, the options of a sign-in, new recovery codes, keep, disable, enable) are sent
 * `{}` as the pages send it, and broken bodies besides: they must still answer as for `{}`, or refuse.
 */
const NO_BODY = z.strictObject({});

const status = (expected: number, then: (answer: HttpAnswer) => void) => async (answer: HttpAnswer) => {
  if (answer.status === expected) then(answer);
  return null;
};
/** What an accepted answer holds that the fuzz keeps (shared/src/accounts/accountRest.ts). */
const body = (answer: HttpAnswer) => answer.body as { account: { accountId: string }; passkeyId: string; recoveryCodes: string[] };

/** The account an administrator's case names: Vic; a broken case's sometimes Ada herself or no account at all. */
function targetAccount(a: AccountFuzz, random: Random, rightful: boolean): { accountId: string; whose: string } {
  if (rightful || random.chance(0.6)) return { accountId: a.vic.accountId, whose: a.vic.label };
  if (random.chance(0.4)) return { accountId: a.admin.accountId, whose: 'her own' };
  const accountId = random.pick(['no-such-account', 'constructor', '__proto__', 'x'.repeat(300)]);
  return { accountId, whose: `no account (${accountId.slice(0, 20)})` };
}

export const ACCOUNT_BODY_ROUTES: readonly BodyRoute[] = [
  {
    route: 'POST /api/auth/passkeys/register/options',
    path: () => '/api/auth/passkeys/register/options',
    schema: passkeySignUpBodySchema,
    exported: true,
    auth: 'none',
    markable: ['displayName'],
    // With an unused invitation (the instance's policy is by invitation); a broken one sometimes as the body comes.
    prepare: async (a, _w, random, rightful) => {
      if (!rightful && random.chance(0.2)) return { who: 'anyone' };
      const start = await a.signUpFields(random);
      return start && { fields: start.fields, omit: ['setupToken'], who: 'anyone, invited' };
    },
  },
  {
    route: 'POST /api/auth/passkeys/register/verify',
    path: () => '/api/auth/passkeys/register/verify',
    schema: passkeyVerifyBodySchema,
    exported: true,
    auth: 'none',
    markable: ['passkeyName'],
    prepare: async (a, _w, random) => {
      const ceremony = await a.signUpCeremony(random);
      if (!ceremony) return null;
      const credentialId = (ceremony.fields.response as { id: string }).id;
      const after = status(201, (answer) => {
        a.usedInvitation(ceremony.invitation.token);
        a.made.push({ accountId: body(answer).account.accountId, email: ceremony.email, credentialId });
      });
      return { fields: ceremony.fields, who: 'a newcomer, invited', after };
    },
  },
  { route: 'POST /api/auth/passkeys/sign-in/options', path: () => '/api/auth/passkeys/sign-in/options', schema: NO_BODY, exported: false, auth: 'none', prepare: async () => ({ who: 'anyone' }) },
  {
    route: 'POST /api/auth/passkeys/sign-in/verify',
    path: () => '/api/auth/passkeys/sign-in/verify',
    schema: passkeyVerifyBodySchema,
    exported: true,
    auth: 'none',
    markable: [],
    prepare: async (a, _w, random, rightful) => {
      if (!rightful && random.chance(0.1)) return { who: 'anyone' };
      const ceremony = await a.signInCeremony(random);
      return ceremony && { fields: ceremony.fields, who: ceremony.who };
    },
  },
  {
    route: 'POST /api/auth/recovery',
    path: () => '/api/auth/recovery',
    schema: recoveryBodySchema,
    exported: true,
    auth: 'none',
    prepare: async (a, _w, random, rightful) => {
      if (!rightful && random.chance(0.1)) return { who: 'anyone' };
      const held = await a.recoveryCode(random);
      if (!held) return null;
      const after = status(200, () => held.account.codes.splice(held.account.codes.indexOf(held.code), 1));
      return { fields: { email: held.account.email, code: held.code }, who: `${held.account.label}'s recovery code`, after };
    },
  },
  {
    route: 'POST /api/auth/sign-out',
    path: () => '/api/auth/sign-out',
    schema: NO_BODY,
    exported: false,
    auth: 'session',
    prepare: async (a, _w, random, rightful) => {
      if (!rightful && random.chance(0.2)) return { who: 'anyone (signed out)' };
      const browser = await a.spareSession();
      return browser && { browser, who: `${a.sam.label} (a session to end)` };
    },
  },
  {
    route: 'POST /api/account/passkeys/options',
    path: () => '/api/account/passkeys/options',
    schema: NO_BODY,
    exported: false,
    auth: 'account',
    prepare: async (a) => ({ browser: a.fran.browser, who: a.fran.label }),
  },
  {
    route: 'POST /api/account/passkeys/verify',
    path: () => '/api/account/passkeys/verify',
    schema: passkeyVerifyBodySchema,
    exported: true,
    auth: 'account',
    markable: ['passkeyName'],
    prepare: async (a) => {
      const fields = await a.addPasskeyCeremony();
      if (!fields) return null;
      const credentialId = (fields.response as { id: string }).id;
      const after = status(201, (answer) => a.addedPasskeys.push({ passkeyId: body(answer).passkeyId, credentialId }));
      return { fields, browser: a.fran.browser, who: a.fran.label, after };
    },
  },
  {
    route: 'POST /api/account/recovery-codes',
    path: () => '/api/account/recovery-codes',
    schema: NO_BODY,
    exported: false,
    auth: 'account',
    prepare: async (a) => ({ browser: a.fran.browser, who: a.fran.label, after: status(201, (answer) => (a.fran.codes = [...body(answer).recoveryCodes])) }),
  },
  {
    route: 'POST /api/account/sessions/sign-out-everywhere',
    path: () => '/api/account/sessions/sign-out-everywhere',
    schema: NO_BODY,
    exported: false,
    auth: 'session',
    prepare: async (a) => {
      const browser = await a.spareSession();
      return browser && { browser, who: `${a.sam.label} (his sessions to end)` };
    },
  },
  {
    route: 'POST /api/account/workshops/:workshopId/keep',
    path: (w) => `/api/account/workshops/${w.workshopId}/keep`,
    schema: NO_BODY,
    exported: false,
    auth: 'account',
    // Fran's session with a facilitator's link of the workshop (which she may keep); a broken one sometimes with a
    // participant's link, or at another workshop.
    prepare: async (a, w, random, rightful) => {
      const actors = activeActors(w);
      const facilitators = actors.filter((m) => m.role === 'facilitator');
      const holder = facilitators.length > 0 && (rightful || random.chance(0.8)) ? random.pick(facilitators) : random.pick(actors);
      const workshopId = rightful || random.chance(0.8) ? w.workshopId : random.pick(['constructor', 'no-such-workshop']);
      const after = status(200, () => a.keptWorkshops.add(workshopId));
      return { browser: a.fran.browser, headers: bearer(holder.token), path: `/api/account/workshops/${workshopId}/keep`, who: `${a.fran.label} with ${holder.label}'s link${workshopId === w.workshopId ? '' : `, at workshop ${JSON.stringify(workshopId)}`}`, after };
    },
  },
  {
    route: 'PUT /api/admin/settings',
    method: 'PUT',
    path: () => '/api/admin/settings',
    schema: instanceSettingsSchema,
    exported: true,
    auth: 'admin',
    // What was accepted reads back; then the baseline is put back (account-free workshops: the fuzz makes them).
    prepare: async (a) => ({
      browser: a.admin.browser,
      who: a.admin.label,
      after: async (answer) => {
        let problem: string | null = null;
        if (answer.status === 200) {
          const read = await a.admin.browser.get('/api/admin/settings');
          if (read.status !== 200 || JSON.stringify(read.body) !== JSON.stringify(answer.body)) problem = `PUT /api/admin/settings answered ${JSON.stringify(answer.body)}, then GET answered ${read.status} ${JSON.stringify(read.body)}`;
        }
        const back = await a.admin.browser.put('/api/admin/settings', BASELINE_SETTINGS);
        return problem ?? (back.status === 200 ? null : `the settings could not be put back: ${back.status} ${JSON.stringify(back.body)}`);
      },
    }),
  },
  {
    route: 'POST /api/admin/invitations',
    path: () => '/api/admin/invitations',
    schema: newInvitationBodySchema,
    exported: true,
    auth: 'admin',
    prepare: async (a) => ({ browser: a.admin.browser, who: a.admin.label, after: status(201, (answer) => a.learnInvitation(answer.body as Parameters<AccountFuzz['learnInvitation']>[0])) }),
  },
  {
    route: 'POST /api/admin/accounts/:accountId/disable',
    path: () => '/api/admin/accounts/:accountId/disable',
    schema: NO_BODY,
    exported: false,
    auth: 'admin',
    prepare: async (a, _w, random, rightful) => {
      const { accountId, whose } = targetAccount(a, random, rightful);
      const after = status(200, () => accountId === a.vic.accountId && (a.vicDisabled = true));
      return { browser: a.admin.browser, path: `/api/admin/accounts/${accountId}/disable`, who: `${a.admin.label}, disable ${whose}`, after };
    },
  },
  {
    route: 'POST /api/admin/accounts/:accountId/enable',
    path: () => '/api/admin/accounts/:accountId/enable',
    schema: NO_BODY,
    exported: false,
    auth: 'admin',
    prepare: async (a, _w, random, rightful) => {
      const { accountId, whose } = targetAccount(a, random, rightful);
      const after = status(200, () => accountId === a.vic.accountId && (a.vicDisabled = false));
      return { browser: a.admin.browser, path: `/api/admin/accounts/${accountId}/enable`, who: `${a.admin.label}, enable ${whose}`, after };
    },
  },
];
