import { describe, expect, it } from 'vitest';
import type { ActionId } from '../ids/ids';
import type { LeadSlot } from '../plan/plan';
import { agreedPlan, type AgreedPlan } from '../testing/agreedPlan';
import { fixedContext } from '../testing/fixedContext';
import { createWorkshop } from '../workshop/workshopTransitions';
import type { ProgressStatus } from './progress';
import { reportProgress } from './progressCommands';
import { actionHistory, isOverdue, latestUpdate, latestUpdateOfSlot, overdueActions, statusSummary } from './progressSummary';

let n = 0;
/** A lead's report through their own link, at `at`. */
function report(plan: AgreedPlan, actionId: ActionId, slot: LeadSlot, status: ProgressStatus, at: string, note = ''): void {
  const ctx = { ...fixedContext(at), newId: () => `update-${String((n += 1)).padStart(4, '0')}` };
  const result = reportProgress(plan.state, { commandId: `c-${n}` as never, actionId, slot, status, note, evidence: [] }, { linkId: `link-${slot}`, actionId, slot }, ctx);
  if (!result.ok) throw new Error(result.error.message);
  plan.state = result.state;
}

describe('history and latest status', () => {
  it('[REV2] an action\'s history is every report from either lead, oldest first; the latest is the last of them', () => {
    const plan = agreedPlan();
    const [a1, a2] = plan.actions;
    report(plan, a1, 'thirdSectorLead', 'at_risk', '2027-01-10T09:00:00.000Z', 'Waiting for the council');
    report(plan, a1, 'councilLead', 'on_track', '2026-12-01T09:00:00.000Z', 'Started');
    report(plan, a2, 'councilLead', 'done', '2026-12-02T09:00:00.000Z');
    expect(actionHistory(plan.state, a1).map((u) => [u.slot, u.status, u.note])).toEqual([
      ['councilLead', 'on_track', 'Started'],
      ['thirdSectorLead', 'at_risk', 'Waiting for the council'],
    ]);
    expect(latestUpdate(plan.state, a1)?.status).toBe('at_risk');
    expect(latestUpdateOfSlot(plan.state, a1, 'councilLead')?.status).toBe('on_track');
    expect(latestUpdate(plan.state, plan.actions[2])).toBeNull();
    expect(actionHistory(plan.state, plan.actions[2])).toEqual([]);
  });

  it('[REV2] reports made in the same millisecond keep one order, the same every time', () => {
    const plan = agreedPlan();
    const [a1] = plan.actions;
    report(plan, a1, 'councilLead', 'on_track', '2026-12-01T09:00:00.000Z');
    report(plan, a1, 'thirdSectorLead', 'done', '2026-12-01T09:00:00.000Z');
    const ids = actionHistory(plan.state, a1).map((u) => u.id);
    expect(ids).toEqual([...ids].sort());
    const reversed = { ...plan.state, progressUpdates: Object.fromEntries(Object.entries(plan.state.progressUpdates).reverse()) };
    expect(actionHistory(reversed, a1).map((u) => u.id)).toEqual(ids);
  });
});

describe('the status summary', () => {
  it('[REV4] before the plan is agreed there is nothing to count', () => {
    const { state } = createWorkshop({ title: 'T', area: 'A', facilitatorName: 'Ann' }, fixedContext());
    const empty = statusSummary(state);
    expect(empty.version).toBeNull();
    expect(empty.overall).toEqual({ counts: { not_started: 0, on_track: 0, at_risk: 0, done: 0, dropped: 0 }, notReported: 0, total: 0 });
  });

  it('[REV4] counts each action once at its latest status; one nobody reported on is not started', () => {
    const plan = agreedPlan();
    const [a1, , a3] = plan.actions;
    report(plan, a1, 'councilLead', 'on_track', '2026-12-01T09:00:00.000Z');
    report(plan, a1, 'thirdSectorLead', 'at_risk', '2027-01-10T09:00:00.000Z');
    report(plan, a3, 'councilLead', 'done', '2027-02-01T09:00:00.000Z');
    const summary = statusSummary(plan.state);
    expect(summary.version).toBe(1);
    expect(summary.overall).toEqual({ counts: { not_started: 1, on_track: 0, at_risk: 1, done: 1, dropped: 0 }, notReported: 1, total: 3 });
  });

  it('[REV4] by lead sector, each lead counts once under their own sector at the status they last reported', () => {
    const plan = agreedPlan();
    const [a1, a2, a3] = plan.actions;
    report(plan, a1, 'councilLead', 'on_track', '2026-12-01T09:00:00.000Z');
    report(plan, a1, 'thirdSectorLead', 'at_risk', '2027-01-10T09:00:00.000Z');
    report(plan, a2, 'thirdSectorLead', 'not_started', '2027-01-11T09:00:00.000Z');
    report(plan, a3, 'councilLead', 'dropped', '2027-02-01T09:00:00.000Z');
    const { bySector } = statusSummary(plan.state);
    // Cara (council) leads a1 and a2; Tess (third sector) leads all three; Nick (NHS, by exception) leads a3.
    expect(bySector.local_authority).toEqual({ counts: { not_started: 1, on_track: 1, at_risk: 0, done: 0, dropped: 0 }, notReported: 1, total: 2 });
    expect(bySector.third_sector).toEqual({ counts: { not_started: 2, on_track: 0, at_risk: 1, done: 0, dropped: 0 }, notReported: 1, total: 3 });
    expect(bySector.other).toEqual({ counts: { not_started: 0, on_track: 0, at_risk: 0, done: 0, dropped: 1 }, notReported: 0, total: 1 });
  });
});

describe('the overdue rule', () => {
  const quarter = { timescale: { kind: 'quarter' as const, quarter: '2027-Q1' } };
  const month = { timescale: { kind: 'month' as const, month: '2028-02' } };
  const day = { timescale: { kind: 'date' as const, date: '2027-06-30' } };

  it('[REV5] overdue once the last day of its timescale has passed', () => {
    expect(isOverdue(quarter, null, '2027-03-31')).toBe(false);
    expect(isOverdue(quarter, null, '2027-04-01')).toBe(true);
    expect(isOverdue(month, null, '2028-02-29')).toBe(false);
    expect(isOverdue(month, null, '2028-03-01')).toBe(true);
    expect(isOverdue(day, null, '2027-06-30')).toBe(false);
    expect(isOverdue(day, null, '2027-07-01')).toBe(true);
  });

  it('[REV5] never overdue once done or dropped; still overdue when on track, at risk or not started', () => {
    const late = '2027-05-01';
    expect(isOverdue(quarter, { status: 'done' }, late)).toBe(false);
    expect(isOverdue(quarter, { status: 'dropped' }, late)).toBe(false);
    for (const status of ['not_started', 'on_track', 'at_risk'] as const) expect(isOverdue(quarter, { status }, late), status).toBe(true);
    expect(isOverdue({ timescale: null }, null, late)).toBe(false);
  });

  it('[REV5] the overdue actions of the agreed plan, in the plan\'s order, judged by their latest status', () => {
    const plan = agreedPlan();
    const [a1, a2, a3] = plan.actions;
    expect(overdueActions(plan.state, '2027-01-15')).toEqual([]);
    expect(overdueActions(plan.state, '2027-04-01').map((a) => a.id)).toEqual([a1, a2]);
    report(plan, a2, 'councilLead', 'done', '2027-02-20T09:00:00.000Z');
    expect(overdueActions(plan.state, '2027-07-01').map((a) => a.id)).toEqual([a1, a3]);
  });
});
