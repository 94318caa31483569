import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import type { SsoErrorCode } from '@roundtable/shared/accounts/accountRest';
import type { SsoProviderConfig } from './ssoConfig';
import { ssoRoutes } from './ssoRoutes';
import type { SsoIdentity } from './ssoSeam';

export interface SsoTestApp {
  url: string;
  /** Every identity handed to signIn, with the allowed domains it came with. */
  signIns: { identity: SsoIdentity; allowedDomains: readonly string[] }[];
  /** What signIn answers (default: it signs in whoever has an email in an allowed domain). */
  answer: 'by_domain' | SsoErrorCode | 'throw';
  /** What the routes logged at warn and above: the reasons a sign-in was refused. */
  logs: { level: number; msg: string; reason?: string }[];
  /** Moves the routes' clock. */
  clockOffsetMs: number;
  callbackUrl(providerId: string): string;
  close(): Promise<void>;
}

/**
 * For tests: ssoRoutes alone under /api on 127.0.0.1, port 0, with a recording signIn in place of the account side
 * (which has its own tests). By default signIn lets in an email in an allowed domain, sets `rt_account`, and refuses
 * any other with `domain_not_allowed`.
 */
export async function startSsoTestApp(providers: readonly SsoProviderConfig[]): Promise<SsoTestApp> {
  const app = express();
  const http = createServer(app);
  const state: SsoTestApp = {
    url: '',
    signIns: [],
    logs: [],
    answer: 'by_domain',
    clockOffsetMs: 0,
    callbackUrl: (providerId) => `${state.url}/api/auth/sso/${providerId}/callback`,
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
  app.use(
    '/api',
    ssoRoutes({
      providers,
      publicUrl: () => state.url,
      logger: pino({ level: 'warn' }, { write: (line: string) => void state.logs.push(JSON.parse(line) as SsoTestApp['logs'][number]) }),
      now: () => Date.now() + state.clockOffsetMs,
      signIn: async (identity, allowedDomains, _req, res) => {
        state.signIns.push({ identity, allowedDomains });
        if (state.answer === 'throw') throw new Error('the account store is down');
        if (state.answer !== 'by_domain') return { ok: false, code: state.answer };
        const domain = identity.email?.split('@')[1] ?? '';
        if (!identity.emailVerified || !allowedDomains.includes(domain)) return { ok: false, code: 'domain_not_allowed' };
        res.cookie('rt_account', 'signed-in', { httpOnly: true, sameSite: 'lax', path: '/' });
        return { ok: true };
      },
    }),
  );
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return state;
}
