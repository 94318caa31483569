import { RESULT_GROUPS, resultGroupOf, type ResultGroup } from '../board/board';
import type { ActionId } from '../ids/ids';
import { SLOT_SECTOR, timescaleEnd, versionsInOrder, type Action, type LeadSlot, type Objective, type PlanState, type PlanVersion } from '../plan/plan';
import { PROGRESS_STATUSES, type ProgressStatus, type ProgressUpdate } from './progress';
import type { Sector } from '../members/sector';

/**
 * What session five reviews: the latest agreed version of the plan, each action's reports since agreement, a count of
 * actions in each status (overall and by the leads' sectors) and what is overdue against its timescale.
 * Pure selectors over the workshop state, shared by the server (lead links, the review report) and the client.
 */
type ProgressState = Pick<PlanState, 'planVersions'> & { progressUpdates: Record<string, ProgressUpdate> };

/** The statuses that close an action: it is never overdue once done or dropped. */
export const CLOSED_STATUSES: readonly ProgressStatus[] = ['done', 'dropped'];

/** The latest agreed version of the plan, or null before the first agreement. */
export function latestAgreedVersion(state: Pick<PlanState, 'planVersions'>): PlanVersion | null {
  return versionsInOrder(state).at(-1) ?? null;
}

/** The agreed version's objectives, each with its actions, in the plan's order. */
export function agreedObjectives(version: PlanVersion): { objective: Objective; actions: Action[] }[] {
  return [...version.snapshot.objectives]
    .sort((a, b) => a.position - b.position)
    .map((objective) => ({
      objective,
      actions: version.snapshot.actions.filter((a) => a.objectiveId === objective.id).sort((a, b) => a.position - b.position),
    }));
}

/** An action of the latest agreed version, or null if it is not in it (not agreed yet, or removed in a revision). */
export function agreedAction(state: Pick<PlanState, 'planVersions'>, actionId: string): { version: PlanVersion; action: Action } | null {
  const version = latestAgreedVersion(state);
  const action = version?.snapshot.actions.find((a) => a.id === actionId);
  return version && action ? { version, action } : null;
}

/**
 * [REV3] The sector a lead slot reports for: the lead's sector as the agreed version recorded it (a named lead's own,
 * a member's at agreement), or the slot's expected sector when the version does not say.
 */
export function slotSector(version: PlanVersion, action: Action, slot: LeadSlot): Sector {
  const lead = action[slot];
  if (lead?.kind === 'named') return lead.sector;
  if (lead?.kind === 'member') return version.snapshot.leadNames[lead.memberId]?.sector ?? SLOT_SECTOR[slot];
  return SLOT_SECTOR[slot];
}

const byTime = (a: ProgressUpdate, b: ProgressUpdate) => (a.at === b.at ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.at < b.at ? -1 : 1);

/** [REV2] Every report on an action, from either lead, oldest first (reports in the same millisecond by id). */
export function actionHistory(state: ProgressState, actionId: ActionId | string): ProgressUpdate[] {
  return Object.values(state.progressUpdates)
    .filter((u) => u.actionId === actionId)
    .sort(byTime);
}

/** The most recent report on an action from either lead, or null if neither has reported. */
export function latestUpdate(state: ProgressState, actionId: ActionId | string): ProgressUpdate | null {
  return actionHistory(state, actionId).at(-1) ?? null;
}

/** The most recent report on an action from one of its two leads. */
export function latestUpdateOfSlot(state: ProgressState, actionId: ActionId | string, slot: LeadSlot): ProgressUpdate | null {
  return actionHistory(state, actionId).filter((u) => u.slot === slot).at(-1) ?? null;
}

/** Today's calendar date (YYYY-MM-DD, UTC) from an ISO timestamp. */
export function calendarDay(now: string): string {
  return now.slice(0, 10);
}

/**
 * [REV5] An action is overdue when the last day its timescale covers (a date, a month's or a quarter's last day) is
 * before `today` (YYYY-MM-DD) and its latest status is neither done nor dropped. An action without a timescale, or
 * due today, is not overdue.
 */
export function isOverdue(action: Pick<Action, 'timescale'>, latest: Pick<ProgressUpdate, 'status'> | null, today: string): boolean {
  if (!action.timescale) return false;
  if (latest && CLOSED_STATUSES.includes(latest.status)) return false;
  return timescaleEnd(action.timescale) < today;
}

/** The latest agreed version's overdue actions, in the plan's order. */
export function overdueActions(state: ProgressState, today: string): Action[] {
  const version = latestAgreedVersion(state);
  if (!version) return [];
  return agreedObjectives(version)
    .flatMap((o) => o.actions)
    .filter((a) => isOverdue(a, latestUpdate(state, a.id), today));
}

export type StatusCounts = Record<ProgressStatus, number>;

export interface StatusTally {
  /** Counted at their latest status; one not reported on yet counts as not started. */
  counts: StatusCounts;
  /** How many of those counted as not started have not been reported on at all. */
  notReported: number;
  total: number;
}

export interface StatusSummary {
  /** The agreed version summarised, or null before the first agreement (everything else is then zero). */
  version: number | null;
  /** Each action of the agreed version once, at its latest status from either lead. */
  overall: StatusTally;
  /**
   * [REV4] By lead sector: every action has two leads, so each lead is counted once, under their sector, at the
   * status they last reported themselves. The council row reads "how council leads report their actions"; each row
   * adds up to the number of leads from that sector, not of actions (an action with two council leads, agreed as an
   * exception, counts twice there).
   */
  bySector: Record<ResultGroup, StatusTally>;
}

function emptyTally(): StatusTally {
  return { counts: Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as StatusCounts, notReported: 0, total: 0 };
}

function count(tally: StatusTally, latest: ProgressUpdate | null): void {
  tally.total += 1;
  tally.counts[latest?.status ?? 'not_started'] += 1;
  if (!latest) tally.notReported += 1;
}

/** [REV4] How many actions of the latest agreed version are in each status, overall and by lead sector. */
export function statusSummary(state: ProgressState): StatusSummary {
  const version = latestAgreedVersion(state);
  const summary: StatusSummary = {
    version: version?.number ?? null,
    overall: emptyTally(),
    bySector: Object.fromEntries(RESULT_GROUPS.map((g) => [g, emptyTally()])) as Record<ResultGroup, StatusTally>,
  };
  if (!version) return summary;
  for (const action of version.snapshot.actions) {
    const history = actionHistory(state, action.id);
    const latest = history.at(-1) ?? null;
    count(summary.overall, latest);
    for (const slot of ['councilLead', 'thirdSectorLead'] as const) {
      const own = history.filter((u) => u.slot === slot).at(-1) ?? null;
      count(summary.bySector[resultGroupOf(slotSector(version, action, slot))], own);
    }
  }
  return summary;
}
