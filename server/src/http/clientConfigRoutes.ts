import express from 'express';
import type { ClientConfigResponse } from '@roundtable/shared/protocol/clientConfig';

/**
 * [WALLV5] The browser's share of the configuration: tldraw's licence key for the board wall (null without one).
 * Anyone may read it — a licence key is bound to the site's domain and ships to every browser that runs the wall.
 */
export function clientConfigRoutes(config: { tldrawLicenseKey: string | null }): express.Router {
  const router = express.Router();
  const body: ClientConfigResponse = { tldrawLicenseKey: config.tldrawLicenseKey };
  router.get('/client-config', (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(body);
  });
  return router;
}
