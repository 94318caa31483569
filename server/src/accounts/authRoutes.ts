import express from 'express';
import { rateLimit } from 'express-rate-limit';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { recoveryBodySchema, type AuthState, type SignedIn } from '@roundtable/shared/accounts/accountRest';
import { sendError } from '../http/restRoutes';
import { invalid, nowIso, type AccountDeps } from './accountDeps';
import { accountTokenFromHeaders, clearAccountCookie, sessionOf, startSession, summaryOf } from './accountSessions';
import { hashRecoveryCode } from './recoveryCodes';

const RECOVERY_WINDOW_S = 15 * 60;

/**
 * GET /auth/state, POST /auth/recovery and POST /auth/sign-out (the passkey ceremonies are in passkeyRoutes.ts,
 * single sign-on in sso/).
 */
export function authRoutes(deps: AccountDeps): express.Router {
  const router = express.Router();
  const { accounts } = deps;
  // [ACC6] Wrong recovery codes are counted per address (here) and per account (below): past either limit, the
  // answer is 429 whatever the code, for 15 minutes. A right code does not count.
  const perAccount = new RateLimiterMemory({ points: deps.recoveryAttemptsPer15Min, duration: RECOVERY_WINDOW_S });
  const tooMany = 'Too many wrong recovery codes. Wait 15 minutes and try again.';

  router.get('/auth/state', async (req, res) => {
    const [signedIn, settings, hasAdministrator] = await Promise.all([sessionOf(accounts, req.headers), accounts.getSettings(), accounts.hasAdministrator()]);
    const state: AuthState = {
      signedIn: signedIn ? summaryOf(signedIn.account) : null,
      setupRequired: !hasAdministrator,
      signUp: settings.signUp,
      accountFreeWorkshops: settings.accountFreeWorkshops,
      sso: deps.sso ? [{ providerId: deps.sso.providerId, label: deps.sso.label }] : [],
    };
    res.set('Cache-Control', 'no-store').json(state);
  });

  router.post(
    '/auth/recovery',
    rateLimit({
      windowMs: RECOVERY_WINDOW_S * 1000,
      limit: deps.recoveryAttemptsPer15Min,
      skipSuccessfulRequests: true,
      handler: (_req, res) => sendError(res, { code: 'rate_limited', message: tooMany }),
    }),
    async (req, res) => {
      const body = recoveryBodySchema.safeParse(req.body);
      if (!body.success) return invalid(res, body.error.issues);
      const { email, code } = body.data;
      const limit = await perAccount.get(email);
      if (limit && limit.consumedPoints >= deps.recoveryAttemptsPer15Min) return sendError(res, { code: 'rate_limited', message: tooMany });
      const account = await accounts.findAccountByEmail(email);
      // The same work whether or not the address has an account, so the answer's timing does not tell.
      const codeHash = await hashRecoveryCode(account?.accountId ?? 'no-such-account', code, deps.recoveryCodeScryptCost);
      // [ADM4] A disabled account is refused before a code is used: one spent on a refused sign-in would be lost to
      // its owner once the account is enabled again. (No code can be tried against it meanwhile.)
      if (account && account.disabledAt !== null) return sendError(res, { code: 'forbidden', message: 'This account has been disabled by an administrator of this Roundtable.' });
      const used = account ? await accounts.useRecoveryCode(account.accountId, codeHash, nowIso()) : false;
      if (!account || !used) {
        await perAccount.penalty(email, 1);
        return sendError(res, { code: 'unauthorized', message: 'That email address and recovery code do not match an account (each code works once).' });
      }
      await startSession(accounts, account, req, res);
      deps.logger.info({ accountId: account.accountId }, 'signed in with a recovery code');
      const answer: SignedIn = { account: summaryOf(account) };
      res.json(answer);
    },
  );

  router.post('/auth/sign-out', async (req, res) => {
    const token = accountTokenFromHeaders(req.headers);
    const signedIn = token ? await sessionOf(accounts, req.headers) : null;
    if (signedIn) {
      await accounts.endSession(signedIn.account.accountId, signedIn.session.sessionId, nowIso());
      // [ACC7] As for every ended session: the seats' live connections close, and those holding another key reconnect.
      for (const seat of await accounts.listSeatsOfAccount(signedIn.account.accountId)) deps.endMemberConnections(seat.workshopId, seat.memberId);
    }
    clearAccountCookie(req, res);
    res.status(204).end();
  });

  return router;
}

