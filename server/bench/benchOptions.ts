import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ServerKind } from './serverProcess';

/**
 * What a client sends of awareness: 'own' — only its own state (the default; see sendOwnAwarenessOnly.ts);
 * 'stock' — as the stock y-websocket provider, which re-sends every awareness change it receives.
 */
export type AwarenessMode = 'own' | 'stock';

/**
 * What the participants do: 'profile' — each updates their organisation over and over (one command shape, the
 * original measurement); 'board' — the workshop runs a whole board: cards, the facilitator's phase steps, dots,
 * results (see boardSchedule.ts and docs/performance.md, "A whole board"); 'documents' — the profile load, while 25
 * people download a 10 × 10 plan's PDF at once every 5 s (documentsRun.ts; docs/performance.md, "Documents").
 */
export type BenchScenario = 'profile' | 'board' | 'documents';

export interface BenchOptions {
  /** Workshop counts to run, each with both servers (one, or 10/50/100 with --sweep). */
  sizes: number[];
  participants: number;
  servers: ServerKind[];
  warmupMs: number;
  measureMs: number;
  drainMs: number;
  intervalMs: number;
  simulators: number;
  awareness: AwarenessMode;
  scenario: BenchScenario;
}

export const BENCH_USAGE = `npm run bench -- [options]     (each also as an env var, e.g. BENCH_WORKSHOPS=10)
  --workshops N      workshops to simulate (BENCH_WORKSHOPS, default 50)
  --participants N   participants per workshop (BENCH_PARTICIPANTS, default 25)
  --duration S       measured seconds, after the warm-up (BENCH_DURATION_S, default 60)
  --warmup S         seconds of load before measuring (BENCH_WARMUP_S, default 10)
  --drain S          seconds to wait for the last commands to arrive (BENCH_DRAIN_S, default 10)
  --interval MS      mean time between one participant's commands (BENCH_INTERVAL_MS, default 5000)
  --simulators N     client simulator processes (BENCH_SIMULATORS, default 2)
  --server S         roundtable | reference | both (BENCH_SERVER, default both)
  --sweep            run 10, 50 and 100 workshops (BENCH_SWEEP=1)
  --scenario S       profile | board: participants update their profile, or run a whole board (cards, phase
                     steps, dots, results; two windows of --duration each, ~2.5 min longer per run)
                     documents: the profile load in --workshops workshops (default 10) while 25 people
                     download a 10 × 10 plan's PDF at once every 5 s: the load alone, with the render
                     pool, and with documents rendered on the main thread
                     (BENCH_SCENARIO, default profile)
  --awareness A      own | stock: clients send only their own presence, or re-send all as the stock
                     provider does (BENCH_AWARENESS, default own; stock breaks Roundtable above 17 clients)
BENCH_SERVER_NODE_ARGS adds Node flags to the server process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".`;

export class BenchUsageError extends Error {}

/** The options `parse` returns; on a BenchUsageError prints it and `usage`, then exits (0 for --help, else 2). */
export function optionsOrExit<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    if (error.message) console.error(error.message);
    console.error(usage);
    process.exit(error.message ? 2 : 0);
  }
}

/** A benchmark's command-line flags as `parseArgs` reads them, plus --help; a mistake or --help throws BenchUsageError. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, strict: true });
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
  if ((parsed.values as { help?: boolean }).help) throw new BenchUsageError('');
  return parsed.values;
}

const SWEEP_SIZES = [10, 50, 100];

export function bounded(name: string, text: string | undefined, fallback: number, max: number, min = 1): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new BenchUsageError(`--${name} must be a whole number from ${min} to ${max} (got ${text}).`);
  return value;
}

/** Options from the command line, falling back to BENCH_* environment variables, then defaults. */
export function parseBenchOptions(argv: string[], env: Record<string, string | undefined>): BenchOptions {
  const values = parseFlags(argv, {
    workshops: { type: 'string' },
    participants: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    drain: { type: 'string' },
    interval: { type: 'string' },
    simulators: { type: 'string' },
    server: { type: 'string' },
    sweep: { type: 'boolean' },
    awareness: { type: 'string' },
    scenario: { type: 'string' },
  });
  const server = values.server ?? env.BENCH_SERVER ?? 'both';
  if (!['roundtable', 'reference', 'both'].includes(server)) throw new BenchUsageError(`--server must be roundtable, reference or both (got ${server}).`);
  const awareness = values.awareness ?? env.BENCH_AWARENESS ?? 'own';
  if (awareness !== 'own' && awareness !== 'stock') throw new BenchUsageError(`--awareness must be own or stock (got ${awareness}).`);
  const scenario = values.scenario ?? env.BENCH_SCENARIO ?? 'profile';
  if (scenario !== 'profile' && scenario !== 'board' && scenario !== 'documents') throw new BenchUsageError(`--scenario must be profile, board or documents (got ${scenario}).`);
  const sweep = values.sweep ?? ['1', 'true'].includes(env.BENCH_SWEEP ?? '');
  const workshops = bounded('workshops', values.workshops ?? env.BENCH_WORKSHOPS, scenario === 'documents' ? 10 : 50, 500);
  return {
    sizes: sweep ? SWEEP_SIZES : [workshops],
    // The server admits at most 200 members per workshop, two of them facilitators.
    participants: bounded('participants', values.participants ?? env.BENCH_PARTICIPANTS, 25, 198),
    servers: server === 'both' ? ['roundtable', 'reference'] : [server as ServerKind],
    warmupMs: 1000 * bounded('warmup', values.warmup ?? env.BENCH_WARMUP_S, 10, 600),
    measureMs: 1000 * bounded('duration', values.duration ?? env.BENCH_DURATION_S, 60, 3600),
    drainMs: 1000 * bounded('drain', values.drain ?? env.BENCH_DRAIN_S, 10, 600),
    intervalMs: bounded('interval', values.interval ?? env.BENCH_INTERVAL_MS, 5000, 600_000, 100),
    simulators: bounded('simulators', values.simulators ?? env.BENCH_SIMULATORS, 2, 16),
    awareness,
    scenario,
  };
}
