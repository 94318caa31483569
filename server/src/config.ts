import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const CLIENT_DIST_DEFAULT = fileURLToPath(new URL('../../client/dist', import.meta.url));

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

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
});

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
  };
}

/** Config for tests: defaults plus overrides, port 0, in-memory paths chosen by the caller. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), ...overrides };
}
