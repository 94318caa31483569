import express from 'express';
import { areaRoutes } from './areaRoutes';
import type { ProgrammeDeps } from './programmeDeps';
import { programmeRoutes } from './programmeRoutes';

/**
 * Every programme route under /api (shared/src/programme/programmeRest.ts). Mounted after the account routes, whose
 * Origin check already guards every state-changing request that carries the account cookie.
 */
export function programmesRouter(deps: ProgrammeDeps): express.Router {
  return express.Router().use(programmeRoutes(deps), areaRoutes(deps));
}
