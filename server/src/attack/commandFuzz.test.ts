/**
 * "Nothing a command can send may lose a workshop": the standing fuzz of every command and every REST body.
 *
 * Guarantees checked (one `it` each, so a failure names the guarantee and prints the payloads that broke it):
 * nothing is answered `internal` or `unavailable`; every emit with an ack is answered; a refusal changes nothing; what
 * the schema refuses is `invalid_payload`; a repeated command id returns its first answer; the server stays healthy;
 * other workshops are untouched; every attacked workshop reloads from the store equal to its live state (shared
 * state, hidden state, every member's personal view); members' Yjs docs show it; its documents and links still work.
 *
 * How: real Socket.io clients (facilitators and participants) and real REST calls against the real server over an
 * in-memory store, on three workshops set up through the routes (boards in every phase, an agreed plan with links,
 * an open survey) and a bystander; the account routes with accounts signed up through them (accountFuzz.ts): a refused
 * request changes nothing in the account store either, and what was accepted reads back (accountReadBack.ts).
 * Payloads are generated from the zod schemas (commandSchemas), valid ones first — every command at every workshop —
 * then broken: built-in names as ids and keys, NUL, lone surrogates, huge values, wrong types, missing and extra
 * fields, nested junk, extra arguments before the ack, no ack, repeats, unknown events; an account's cookie sent from
 * another site's page.
 *
 * Quick by default (the sweep, ~500 cases, then 300 random: well under a minute on a quiet machine). Seeded: the seed
 * and the counts are printed.
 *   ATTACK_SEED=<seed>      replay a run's choices (server-made ids and the clock still differ);
 *   ATTACK_CASES=<n>        send n random cases after the sweep;
 *   ATTACK_VERBOSE=1        print every case as it is answered;
 *   ATTACK_LONG=1           the long run (20 000 random cases; bench-style, not for CI), e.g.
 *   ATTACK_LONG=1 ATTACK_SEED=42 npx vitest run --project server src/attack/commandFuzz.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { expressRoutes } from './expressRoutes';
import { FUZZED_BODY_ROUTES } from './fuzzCases';
import { CHECKS, FindingLog, type Check } from './findings';
import { runFuzz, type FuzzStats } from './fuzzRun';
import { closeFuzzWorkshop, setUpFuzzWorkshop, type FuzzWorkshop, type WorkshopKind } from './fuzzWorkshops';
import { attackRunSettings } from './attackRunSettings';
import { AccountFuzz } from './accountFuzz';
import { createWorkshop, joinWorkshop } from './workshopScript';

const settings = attackRunSettings(process.env, 300, 20_000);
/**
 * Measured at ~15 ms a case with its share of the checks (~40 ms on a machine shared with other test runs), plus
 * setting up; sending stops 30 s before this, so what was found is reported rather than lost to a timeout.
 */
const RUN_TIMEOUT_MS = 150_000 + settings.cases * 60;

const log = new FindingLog();
const workshops: FuzzWorkshop[] = [];
let store: WorkshopStore;
let srv: TestServer;
let stats: FuzzStats | undefined;
let runError: unknown;
let accounts: AccountFuzz | undefined;

beforeAll(async () => {
  const started = Date.now();
  store = createMemoryWorkshopStore();
  // No rate limits (the fuzz is one fast client: joins, creations, commands, recovery codes, passkey ceremonies), and
  // compaction often, so reloads read snapshots as well as logs.
  srv = await startTestServer(store, { commandsPer10S: 1e9, joinFailuresPer15Min: 1e9, workshopsCreatedPerHour: 1e9, recoveryAttemptsPer15Min: 1e9, webauthnOptionsPerMinute: 1e9, compactEveryNUpdates: 25 });
  // The account routes' cast, signed up through the routes: the setup link's administrator, then members invited.
  accounts = await AccountFuzz.setUp(srv.url, srv.accounts);
  const ctx = { url: srv.url, server: srv.server, store, accounts };
  let made = 0;
  const setUp = async (kind: WorkshopKind) => {
    made += 1;
    const w = await setUpFuzzWorkshop(ctx, kind, `${kind}#${made}`);
    workshops.push(w);
    return w;
  };
  const targets = [await setUp('boards'), await setUp('plan'), await setUp('survey')];
  const idle = await createWorkshop(srv.url, 'Bystander');
  const idlePerson = await joinWorkshop(srv.url, idle.workshopId, idle.joinCode, 'Ivy', 'third_sector');
  for (const m of [idle.lead, idle.co, idlePerson]) m.socket.close();
  console.log(`[fuzz] seed ${settings.seed}, ${settings.cases} cases${settings.long ? ' (long run)' : ''}; set up in ${Date.now() - started} ms`);
  try {
    const deadline = started + RUN_TIMEOUT_MS - 30_000;
    const bystanders = [{ label: 'bystander', workshopId: idle.workshopId }];
    stats = await runFuzz({ ...ctx, replace: (lost) => setUp(lost.kind) }, targets, bystanders, settings, log, deadline, process.env.ATTACK_VERBOSE === '1');
  } catch (error) {
    runError = error;
  }
  if (stats) printStats(stats, Date.now() - started);
}, RUN_TIMEOUT_MS);

afterAll(async () => {
  for (const w of workshops) closeFuzzWorkshop(w);
  await srv?.close();
  await store?.close();
});

function printStats(s: FuzzStats, ms: number): void {
  const counts = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(
    [
      `[fuzz] seed ${settings.seed}: ${s.socketCases} commands and ${s.restCases} REST bodies (the sweep's ${s.sweepCases}, then ${settings.cases} random) in ${s.batches} batches, ${ms} ms`,
      `  payloads: ${counts(s.byMutation)}`,
      `  answers: ${counts(s.byAnswer)}`,
      `  REST bodies by route (sent/valid/2xx): ${[...s.byRoute].sort((a, b) => b[1].sent - a[1].sent).map(([r, n]) => `${r} ${n.sent}/${n.valid}/${n.accepted}`).join(', ')}`,
      `  accounts: ${accounts?.made.length ?? 0} made by sign-up cases, ${accounts?.addedPasskeys.length ?? 0} passkeys added, ${accounts?.invitationIds.length ?? 0} invitations; ${accounts?.unprepared.length ?? 0} cases not sent (their ceremony or session could not be started${accounts?.unprepared.length ? `: ${accounts.unprepared.slice(0, 3).join('; ')}` : ''})`,
      `  reloads compared: ${s.reloadChecks} (hidden state too: ${s.hiddenCompared}); read back: ${s.readBackRequests} requests`,
      `  workshops lost: ${s.lost.join(', ') || 'none'}; stopped sending (unanswered ${'×'}3): ${s.muted.join(', ') || 'nothing'}`,
      ...(s.sweepLeft + s.randomLeft > 0 ? [`  OUT OF TIME: ${s.sweepLeft} sweep items and ${s.randomLeft} random cases not sent`] : []),
      `  findings: ${(Object.keys(CHECKS) as Check[]).map((c) => `${c} ${log.count(c)}`).join(', ')}`,
      `  replay: ATTACK_SEED=${settings.seed} ATTACK_CASES=${settings.cases} npx vitest run --project server src/attack/commandFuzz.test.ts`,
    ].join('\n'),
  );
}

describe(`fuzzing every command and REST body (seed ${settings.seed})`, () => {
  it('runs to the end', () => {
    expect(runError, runError instanceof Error ? runError.stack : String(runError)).toBeUndefined();
    expect(stats?.socketCases).toBeGreaterThan(0);
  });

  it('sends the whole sweep in time (every command and body, valid and marked)', () => {
    expect(stats?.sweepLeft, 'the run was stopped by its time limit before the sweep was sent: see OUT OF TIME above').toBe(0);
  });

  it('fuzzes the body of every route that takes one', async () => {
    const withBodies = (await expressRoutes(srv.server, srv.url)).filter((r) => /^(POST|PUT|PATCH) /.test(r));
    expect(withBodies.filter((r) => !FUZZED_BODY_ROUTES.includes(r)), 'routes with a body the fuzz does not send: add them to BODY_ROUTES in fuzzCases.ts').toEqual([]);
  });

  for (const check of Object.keys(CHECKS) as Check[]) {
    it(CHECKS[check], () => {
      const failures = log.report(check);
      if (failures.length > 0) console.error(`[fuzz] ${CHECKS[check]} — FAILED (seed ${settings.seed}):\n${failures.map((f) => `  ${f}`).join('\n')}`);
      expect(failures).toEqual([]);
    });
  }
});
