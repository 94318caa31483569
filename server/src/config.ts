import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RECOVERY_CODE_SCRYPT_COST } from './accounts/recoveryCodes';
import { isAcceptableIssuer } from './accounts/sso/ssoConfig';

const CLIENT_DIST_DEFAULT = fileURLToPath(new URL('../../client/dist', import.meta.url));

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** [CAP1] Document render workers by default: one core less than the machine has, from 1 to 4 (1 on 2 cores). */
export const EXPORT_WORKERS_DEFAULT = Math.max(1, Math.min(4, availableParallelism() - 1));

/**
 * The server's configuration: every environment variable it reads, parsed once, here.
 * The README's configuration table documents the same list.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Where PGlite keeps its files (ignored when DATABASE_URL is set). */
  DATA_DIR: z.string().min(1, 'DATA_DIR cannot be empty; leave it unset for ./data.').default('./data'),
  /** postgres://… to use PostgreSQL instead of the embedded PGlite. */
  DATABASE_URL: z.string().url().optional(),
  /** The address people use, for the links the server hands out; https also means Secure cookies and HSTS. Default: http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** Extra origins allowed to open websockets, comma-separated (the server's own origin always is). */
  ALLOWED_ORIGINS: z.string().default(''),
  /** Serve the built client from here. */
  CLIENT_DIST_DIR: z.string().default(CLIENT_DIST_DEFAULT),
  /** Number of proxy hops to trust for the client address (rate limits) and protocol (Secure cookies). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COMPACT_EVERY_N_UPDATES: int(200),
  JOIN_FAILURES_PER_15_MIN: int(10),
  WORKSHOPS_CREATED_PER_HOUR: int(30),
  COMMANDS_PER_10_S: int(60),
  YJS_MAX_FRAME_BYTES: int(64 * 1024),
  SHUTDOWN_GRACE_MS: int(10_000),
  /** tldraw's licence key for the board wall; the browser receives it (GET /api/client-config). */
  TLDRAW_LICENSE_KEY: z.string().max(4_096, 'TLDRAW_LICENSE_KEY is longer than any licence key.').default(''),
  /** Single sign-on by OpenID Connect: the provider's issuer URL (its discovery document is at /.well-known/openid-configuration). */
  OIDC_ISSUER: z
    .string()
    .url()
    .refine(isAcceptableIssuer, 'OIDC_ISSUER must be https, with no query (plain http only on localhost).')
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Email domains whose people may sign in by single sign-on, comma-separated (e.g. darlington.gov.uk,example.org). */
  OIDC_ALLOWED_DOMAINS: z.string().default(''),
  /** What the sign-in button says. */
  OIDC_LABEL: z.string().trim().min(1).max(60).default('Sign in with your organisation'),
  /** Recovery-code sign-ins allowed per address per 15 minutes (each account has its own limit too). */
  RECOVERY_ATTEMPTS_PER_15_MIN: int(10),
  /** Passkey ceremonies (sign-up, sign-in, a new passkey) one address may start per minute: each stores a challenge. */
  WEBAUTHN_OPTIONS_PER_MINUTE: int(60),
  /** [CAP1] Worker threads that render documents; 0 renders them on the main thread, holding up everything else. */
  EXPORT_WORKERS: z.coerce.number().int().min(0).max(64).default(EXPORT_WORKERS_DEFAULT),
});

/** Single sign-on by one OpenID Connect provider, from OIDC_*; null when OIDC_ISSUER is unset. */
export interface SsoConfig {
  providerId: 'oidc';
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Lower-case email domains; empty: any domain the provider vouches for. */
  allowedDomains: string[];
  label: string;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Null: derive from the address the server listens on. */
  publicUrl: string | null;
  allowedOrigins: string[];
  clientDistDir: string;
  trustProxyHops: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  compactEveryNUpdates: number;
  joinFailuresPer15Min: number;
  workshopsCreatedPerHour: number;
  commandsPer10S: number;
  yjsMaxFrameBytes: number;
  shutdownGraceMs: number;
  /** Null: no key; the board wall then runs only where tldraw allows it without one (http, or localhost). */
  tldrawLicenseKey: string | null;
  sso: SsoConfig | null;
  recoveryAttemptsPer15Min: number;
  /** scrypt's cost (N) for recovery codes: not an environment setting (always RECOVERY_CODE_SCRYPT_COST); tests lower it. */
  recoveryCodeScryptCost: number;
  webauthnOptionsPerMinute: number;
  /** Document render workers (0: on the main thread). */
  exportWorkers: number;
}

export class ConfigError extends Error {}

/** Parses the given environment (default: this process's). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const ssoSet = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (ssoSet.some(Boolean) && !ssoSet.every(Boolean)) {
    throw new ConfigError('Invalid configuration:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: single sign-on needs all three (or none).');
  }
  const allowedDomains = e.OIDC_ALLOWED_DOMAINS.split(',').map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
  const badDomain = allowedDomains.find((d) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d));
  if (badDomain !== undefined) throw new ConfigError(`Invalid configuration:\n  OIDC_ALLOWED_DOMAINS: ${JSON.stringify(badDomain)} is not an email domain, like example.org.`);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    allowedOrigins: e.ALLOWED_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    clientDistDir: resolve(e.CLIENT_DIST_DIR),
    trustProxyHops: e.TRUST_PROXY_HOPS,
    logLevel: e.LOG_LEVEL,
    compactEveryNUpdates: e.COMPACT_EVERY_N_UPDATES,
    joinFailuresPer15Min: e.JOIN_FAILURES_PER_15_MIN,
    workshopsCreatedPerHour: e.WORKSHOPS_CREATED_PER_HOUR,
    commandsPer10S: e.COMMANDS_PER_10_S,
    yjsMaxFrameBytes: e.YJS_MAX_FRAME_BYTES,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    tldrawLicenseKey: e.TLDRAW_LICENSE_KEY.trim() || null,
    sso:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? { providerId: 'oidc', issuer: e.OIDC_ISSUER.replace(/\/+$/, ''), clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, allowedDomains, label: e.OIDC_LABEL }
        : null,
    recoveryAttemptsPer15Min: e.RECOVERY_ATTEMPTS_PER_15_MIN,
    recoveryCodeScryptCost: RECOVERY_CODE_SCRYPT_COST,
    webauthnOptionsPerMinute: e.WEBAUTHN_OPTIONS_PER_MINUTE,
    exportWorkers: e.EXPORT_WORKERS,
  };
}

/** Config for tests: defaults plus overrides, port 0, in-memory paths chosen by the caller. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), ...overrides };
}
