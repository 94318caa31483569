import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { WorkshopStore } from '../store/workshopStore';
import { httpCall } from './attackHttp';
import type { CaseRecord, FindingLog } from './findings';
import type { FuzzServer, FuzzWorkshop } from './fuzzWorkshops';
import { liveState, reloadVerdict } from './storedAndLive';
import { describeDifferences, differences } from './stateDifferences';

/**
 * What is checked after each batch of cases sent to one workshop: the server still answers; the other workshops are
 * as they were; the attacked one reloads from the store exactly as it is live; its members' docs show it.
 */

/** A workshop by name and id: a fuzz target, or a bystander nobody attacks. */
export type WorkshopRef = Pick<FuzzWorkshop, 'label' | 'workshopId'>;

/** A workshop as it is live: its shared and hidden state, or why it cannot be read. */
export type Picture = { state: WorkshopState; hidden: unknown } | string;

/** Live states of `workshops`, to compare after a batch. */
export async function snapshot(ctx: FuzzServer, workshops: readonly WorkshopRef[]): Promise<Map<WorkshopRef, Picture>> {
  const states = new Map<WorkshopRef, Picture>();
  for (const w of workshops) {
    const live = await liveState(ctx.server, w.workshopId);
    states.set(w, live.ok ? { state: live.state, hidden: live.hidden } : live.error);
  }
  return states;
}

/** The part of the state a difference's path starts in (`boards` for `boards.abc.title`). */
const partOf = (path: string) => /^[^.[]+/.exec(path)?.[0] ?? path;

/** The batch's cases that changed `part` (all that changed anything when none did, or when it is not the state). */
function suspects(records: readonly CaseRecord[], part: string | null): CaseRecord[] {
  const changing = records.filter((r) => r.changed.length > 0);
  const touching = part ? changing.filter((r) => r.changed.includes(part)) : [];
  return touching.length > 0 ? touching : changing.length > 0 ? changing : [...records];
}

/**
 * [DUR1] Reloads `target` from the store and compares it with the live room; a difference is blamed on the cases of
 * `records` that changed the part that differs. Run after every case that changed something (so the blame is exact)
 * and after every batch (for changes no state shows).
 */
export async function checkReload(ctx: FuzzServer & { store: WorkshopStore }, target: WorkshopRef, records: readonly CaseRecord[], log: FindingLog): Promise<{ lost: boolean; hiddenCompared: boolean }> {
  const verdict = await reloadVerdict(ctx.server, ctx.store, target.workshopId);
  if (verdict.kind === 'unloadable') {
    log.add({ check: 'reloadDiffers', workshop: target.label, detail: `the workshop does not load from the store any more: ${verdict.error}`, cases: suspects(records, null) });
    return { lost: true, hiddenCompared: false };
  }
  if (verdict.kind === 'differs') {
    const part = verdict.part === 'state' ? partOf(verdict.diffs[0]!.path) : verdict.part === 'hidden state' ? `hidden.${partOf(verdict.diffs[0]!.path)}` : null;
    const detail = `reloaded from the store, its ${verdict.part} differs from the live one: ${describeDifferences(verdict.diffs, 'live', 'stored')}`;
    log.add({ check: 'reloadDiffers', workshop: target.label, detail, cases: suspects(records, part) });
    return { lost: true, hiddenCompared: false };
  }
  return { lost: false, hiddenCompared: verdict.hiddenCompared };
}

export interface BatchVerdict {
  /** The workshop cannot be trusted any more (it does not reload as it is): stop attacking it. */
  lost: boolean;
  reloadChecked: boolean;
  hiddenCompared: boolean;
}

export async function checkBatch(
  ctx: FuzzServer & { store: WorkshopStore },
  target: FuzzWorkshop,
  others: ReadonlyMap<WorkshopRef, Picture>,
  records: readonly CaseRecord[],
  log: FindingLog,
  /** Already found lost during the batch (and reported): the reload and the members' view are not checked again. */
  alreadyLost = false,
): Promise<BatchVerdict> {
  const health = await httpCall(ctx.url, { method: 'GET', path: '/api/health' });
  if (health.status !== 200 || (health.body as { ok?: unknown } | null)?.ok !== true) {
    log.add({ check: 'unhealthy', workshop: target.label, detail: `GET /api/health answered ${health.status} ${JSON.stringify(health.body)}`, cases: suspects(records, null) });
  }

  for (const [other, before] of others) {
    const now = await liveState(ctx.server, other.workshopId);
    const after: Picture = now.ok ? { state: now.state, hidden: now.hidden } : now.error;
    const diffs = differences(before, after);
    if (diffs.length > 0) {
      const detail = `workshop ${other.label} changed while ${target.label} was attacked: ${describeDifferences(diffs, 'before', 'after')}`;
      log.add({ check: 'otherChanged', workshop: target.label, detail, cases: suspects(records, null) });
    }
  }

  if (alreadyLost) return { lost: true, reloadChecked: false, hiddenCompared: false };
  const reload = await checkReload(ctx, target, records, log);
  if (reload.lost) return { lost: true, reloadChecked: true, hiddenCompared: false };

  const live = await liveState(ctx.server, target.workshopId);
  if (live.ok && !target.observerDiverged) {
    try {
      await target.observer.waitFor((seen) => differences(seen, live.state, 1).length === 0, 5_000);
    } catch {
      target.observerDiverged = true;
      const diffs = differences(live.state, target.observer.state());
      const detail = `a member's Yjs doc does not show the live state: ${describeDifferences(diffs, 'live', 'member sees')}`;
      log.add({ check: 'membersSeeOtherwise', workshop: target.label, detail, cases: suspects(records, diffs[0] ? partOf(diffs[0].path) : null) });
    }
  }
  return { lost: false, reloadChecked: true, hiddenCompared: reload.hiddenCompared };
}
