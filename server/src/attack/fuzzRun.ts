import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { WorkshopStore } from '../store/workshopStore';
import { checkBatch, checkReload, snapshot, type WorkshopRef } from './batchChecks';
import { readBack } from './documentReadBack';
import { formatCase, type CaseRecord, type FindingLog } from './findings';
import type { AccountFuzz } from './accountFuzz';
import { readBackAccounts } from './accountReadBack';
import { chooseCommand, mutatedSocketCase, restCase, validSocketCase, type FuzzCase } from './fuzzCases';
import { runCase } from './fuzzRunner';
import { ensureCast, type FuzzServer, type FuzzWorkshop } from './fuzzWorkshops';
import { poolValueSource } from './idPools';
import { seededRandom, type Random } from '@roundtable/shared/testing/seededRandom';
import { type AttackRunSettings } from './attackRunSettings';
import { describeDifferences } from './stateDifferences';
import { liveState, reloadVerdict } from './storedAndLive';
import { sweepCase, sweepFor, type SweepItem } from './sweepCases';

/**
 * The fuzz run: batches of cases, each batch sent to one workshop in turn, checked after each batch (batchChecks.ts)
 * and read back at the end (documentReadBack.ts). First the sweep (sweepCases.ts), then `settings.cases` random
 * cases: mostly broken payloads, some valid ones (so the state moves on), some REST bodies.
 */
export const BATCH_SIZE = 20;
/** An emit mutation left unanswered this often is not sent again this run: each costs a full ack timeout. */
const UNANSWERED_BEFORE_MUTED = 3;

export interface FuzzStats {
  sweepCases: number;
  socketCases: number;
  restCases: number;
  batches: number;
  reloadChecks: number;
  hiddenCompared: number;
  readBackRequests: number;
  byMutation: Map<string, number>;
  byAnswer: Map<string, number>;
  /** REST cases by route: sent, of which valid, of which answered 2xx. */
  byRoute: Map<string, { sent: number; valid: number; accepted: number }>;
  lost: string[];
  muted: string[];
  /** Sweep items not sent because the time ran out (0 when the sweep was sent whole). */
  sweepLeft: number;
  /** Random cases not sent because the time ran out. */
  randomLeft: number;
}

export interface FuzzRunContext extends FuzzServer {
  store: WorkshopStore;
  /** Sets up a fresh workshop of the same kind in place of a lost one. */
  replace(lost: FuzzWorkshop): Promise<FuzzWorkshop>;
  /** The accounts the account routes are sent with. */
  accounts: AccountFuzz;
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** A workshop a REST case created must reload as it is too (its title and area came from the attack). */
async function checkCreated(ctx: FuzzRunContext, w: FuzzWorkshop, workshopId: string, records: readonly CaseRecord[], log: FindingLog): Promise<void> {
  const verdict = await reloadVerdict(ctx.server, ctx.store, workshopId);
  if (verdict.kind === 'equal') return;
  const what = verdict.kind === 'unloadable' ? `does not load from the store: ${verdict.error}` : `reloads with a different ${verdict.part}: ${describeDifferences(verdict.diffs, 'live', 'stored')}`;
  const cases = records.filter((r) => r.what === 'POST /api/workshops' && r.answer.startsWith('201'));
  log.add({ check: 'reloadDiffers', workshop: w.label, detail: `a workshop made by POST /api/workshops ${what}`, cases });
}

/** One in five random cases is a REST body (of 21 routes), the rest commands. */
async function randomCase(ctx: FuzzRunContext, w: FuzzWorkshop, random: Random, src: ReturnType<typeof poolValueSource>, state: WorkshopState, muted: ReadonlySet<string>): Promise<FuzzCase> {
  if (random.chance(0.2)) {
    const rest = await restCase(w, src, random.chance(0.7), ctx.accounts);
    if (rest) return rest;
  }
  return random.chance(0.3) ? validSocketCase(chooseCommand(w, random), w, src, state) : mutatedSocketCase(w, src, state, muted);
}

/**
 * `deadline` (epoch ms): no case is sent after it, so a slow machine (or a server that loses a workshop a minute and
 * must have it replaced) still reports what it found instead of timing out; what was left unsent is counted.
 * `verbose` prints every case as it is answered (ATTACK_VERBOSE=1).
 */
export async function runFuzz(ctx: FuzzRunContext, targets: FuzzWorkshop[], bystanders: readonly WorkshopRef[], settings: AttackRunSettings, log: FindingLog, deadline: number, verbose = false): Promise<FuzzStats> {
  const random = seededRandom(settings.seed);
  const stats: FuzzStats = { sweepCases: 0, socketCases: 0, restCases: 0, batches: 0, reloadChecks: 0, hiddenCompared: 0, readBackRequests: 0, byMutation: new Map(), byAnswer: new Map(), byRoute: new Map(), lost: [], muted: [], sweepLeft: 0, randomLeft: 0 };
  const sweep = new Map<FuzzWorkshop, SweepItem[]>(targets.map((w) => [w, sweepFor(w.kind)]));
  const history = new Map<FuzzWorkshop, CaseRecord[]>();
  const unanswered = new Map<string, number>();
  const muted = new Set<string>();
  let no = 0;
  let randomCases = 0;
  const sweepLeft = () => targets.some((t) => !t.retired && (sweep.get(t)?.length ?? 0) > 0);
  const inTime = () => Date.now() < deadline;
  for (let slot = 0; (sweepLeft() || randomCases < settings.cases) && inTime(); slot += 1) {
    const index = slot % targets.length;
    const w = targets[index]!;
    await ensureCast(ctx, w);
    const others = await snapshot(ctx, [...targets.filter((t) => t !== w && !t.retired), ...bystanders]);
    const otherStates = [...others.values()].flatMap((p) => (typeof p === 'string' ? [] : [p.state]));
    const records: CaseRecord[] = [];
    const created: string[] = [];
    let lost = false;
    for (let k = 0; k < BATCH_SIZE && (sweepLeft() || randomCases < settings.cases) && inTime(); k += 1) {
      const live = await liveState(ctx.server, w.workshopId);
      if (!live.ok) break;
      const tokens = [...w.actors.map((a) => a.token), ...w.leadTokens, ...w.shareTokens];
      const src = poolValueSource({ random, state: live.state, others: otherStates, learned: w.learnedIds, excluded: new Set([w.observerId]), tokens });
      const queue = sweep.get(w) ?? [];
      if (queue.length === 0 && randomCases >= settings.cases) break;
      const item = queue.shift();
      const c = item ? await sweepCase(item, w, src, live.state, ctx.accounts) : await randomCase(ctx, w, random, src, live.state, muted);
      if (!item) randomCases += 1;
      if (!c) continue;
      if (item) stats.sweepCases += 1;
      no += 1;
      const result = await runCase(ctx, w, c, no, log);
      const { record } = result;
      if (result.created) created.push(result.created);
      records.push(record);
      if (c.channel === 'socket') stats.socketCases += 1;
      else {
        stats.restCases += 1;
        const counts = stats.byRoute.get(c.route) ?? { sent: 0, valid: 0, accepted: 0 };
        stats.byRoute.set(c.route, { sent: counts.sent + 1, valid: counts.valid + (c.mutation === 'valid' ? 1 : 0), accepted: counts.accepted + (/^2\d\d/.test(record.answer) ? 1 : 0) });
      }
      bump(stats.byMutation, c.mutation);
      bump(stats.byAnswer, record.answer.replace(/ ".*$/, '').replace(/ in \d+ ms$/, '').replace(/ \(.*\)$/, ''));
      if (record.answer.startsWith('no answer') && (unanswered.get(c.mutation) ?? 0) + 1 >= UNANSWERED_BEFORE_MUTED) muted.add(c.mutation);
      if (record.answer.startsWith('no answer')) bump(unanswered, c.mutation);
      if (verbose) console.log(`[fuzz] ${formatCase(record)}`);
      if (record.changed.length === 0) continue;
      const reload = await checkReload(ctx, w, [record], log);
      stats.reloadChecks += 1;
      if (reload.hiddenCompared) stats.hiddenCompared += 1;
      lost = reload.lost;
      if (lost) break;
    }
    if (records.length === 0) continue;
    history.set(w, [...(history.get(w) ?? []), ...records.filter((r) => r.changed.length > 0)]);
    const verdict = await checkBatch(ctx, w, others, records, log, lost);
    stats.batches += 1;
    for (const workshopId of created) await checkCreated(ctx, w, workshopId, records, log);
    if (verdict.reloadChecked) stats.reloadChecks += 1;
    if (verdict.hiddenCompared) stats.hiddenCompared += 1;
    if (lost || verdict.lost) {
      w.retired = true;
      stats.lost.push(w.label);
      // The sweep carries on at the workshop that replaces it.
      targets[index] = await ctx.replace(w);
      sweep.set(targets[index]!, sweep.get(w) ?? []);
    }
  }
  for (const w of targets) stats.readBackRequests += await readBack(ctx, w, history.get(w) ?? [], log);
  stats.readBackRequests += await readBackAccounts(ctx, ctx.accounts, [...history.values()].flat(), log);
  stats.muted = [...muted];
  stats.sweepLeft = targets.reduce((n, t) => n + (sweep.get(t)?.length ?? 0), 0);
  stats.randomLeft = settings.cases - randomCases;
  return stats;
}
