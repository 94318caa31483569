import express from 'express';
import type { AccountDeps } from './accountDeps';
import { accountRoutes } from './accountRoutes';
import { accountOriginCheck } from './accountSessions';
import { adminRoutes } from './adminRoutes';
import { authRoutes } from './authRoutes';
import { facilitatorRoutes } from './facilitatorRoutes';
import { passkeyRoutes } from './passkeyRoutes';

/**
 * Every account route under /api (shared/src/accounts/accountRest.ts): sign-up and sign-in, the account's own pages,
 * administration, and a workshop's facilitators. Mounted before the workshop routes. The Origin check runs first on
 * all of /api, so it guards every state-changing request that carries the account cookie, workshop routes included.
 */
export function accountsRouter(deps: AccountDeps): express.Router {
  const router = express.Router();
  router.use(accountOriginCheck(deps.publicUrl, deps.allowedOrigins));
  router.use(authRoutes(deps), passkeyRoutes(deps), accountRoutes(deps), adminRoutes(deps), facilitatorRoutes(deps));
  return router;
}
