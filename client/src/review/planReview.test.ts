import type { ActionId } from '@roundtable/shared/ids/ids';
import type { ProgressUpdate, ProgressUpdateId } from '@roundtable/shared/review/progress';
import { agreedPlan } from '@roundtable/shared/testing/agreedPlan';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { describe, expect, it } from 'vitest';
import { planReview } from './planReview';
import { participantsSeeReview, reviewOpensUnfolded } from './reviewVisibility';

function withUpdates(state: WorkshopState, updates: Omit<ProgressUpdate, 'planVersion' | 'evidence' | 'note'>[]): WorkshopState {
  const progressUpdates = { ...state.progressUpdates };
  for (const u of updates) progressUpdates[u.id] = { ...u, note: '', evidence: [], planVersion: 1 };
  return { ...state, progressUpdates };
}

const update = (id: string, actionId: ActionId, at: string, status: ProgressUpdate['status'], slot: ProgressUpdate['slot'] = 'councilLead') => ({
  id: id as ProgressUpdateId,
  actionId,
  slot,
  sector: slot === 'councilLead' ? ('local_authority' as const) : ('third_sector' as const),
  status,
  at,
});

describe('the review of the agreed plan', () => {
  it('is nothing before a version is agreed', () => {
    const plan = agreedPlan();
    expect(planReview({ ...plan.state, planVersions: {} }, '2027-03-01')).toBeNull();
  });

  it('[REV2] numbers the agreed actions as the documents do, with their leads as agreed and every report oldest first', () => {
    const plan = agreedPlan();
    const [a1, a2, a3] = plan.actions;
    const state = withUpdates(plan.state, [
      update('u2', a1, '2027-01-10T09:00:00.000Z', 'at_risk', 'thirdSectorLead'),
      update('u1', a1, '2026-12-01T09:00:00.000Z', 'on_track'),
    ]);
    const review = planReview(state, '2027-01-15')!;
    expect(review.version.number).toBe(1);
    expect(review.laterDraft).toBeNull();
    expect(review.objectives.map((o) => o.actions.map((a) => [a.number, a.action.id]))).toEqual([
      [
        ['1.1', a1],
        ['1.2', a2],
      ],
      [['2.1', a3]],
    ]);
    const first = review.objectives[0]!.actions[0]!;
    expect(first.history.map((u) => u.id)).toEqual(['u1', 'u2']);
    expect(first.latest?.status).toBe('at_risk');
    expect(first.leads).toEqual({ councilLead: { name: 'Cara', organisation: 'St Helens Council' }, thirdSectorLead: { name: 'Tess', organisation: 'St Helens CVS' } });
    expect(review.objectives[1]!.actions[0]!.leads.councilLead?.name).toBe('Nick');
    expect(review.summary.overall.total).toBe(3);
  });

  it('[REV5] flags what is past its timescale and not done or dropped, in the plan’s order', () => {
    const plan = agreedPlan();
    const [a1, a2] = plan.actions;
    // Q1 2027 ends 31 March; February 2027 ends on the 28th; the third is due 30 June 2027.
    const before = planReview(plan.state, '2027-02-28')!;
    expect(before.overdue).toEqual([]);
    const after = planReview(plan.state, '2027-04-01')!;
    expect(after.overdue.map((a) => a.action.id)).toEqual([a1, a2]);
    const doneOne = planReview(withUpdates(plan.state, [update('u1', a2, '2027-03-30T09:00:00.000Z', 'done')]), '2027-04-01')!;
    expect(doneOne.overdue.map((a) => a.action.id)).toEqual([a1]);
  });

  it('notices a revision being drafted, and an action it removed, which can then no longer be revised', () => {
    const plan = agreedPlan();
    const [a1, a2] = plan.actions;
    plan.run('action:remove', { actionId: a2 });
    const review = planReview(plan.state, '2027-01-15')!;
    expect(review.laterDraft).toBe(2);
    const [first, second] = review.objectives[0]!.actions;
    expect([first!.action.id, first!.inCurrentPlan]).toEqual([a1, true]);
    expect([second!.action.id, second!.inCurrentPlan]).toEqual([a2, false]);
  });
});

describe('who sees the review', () => {
  it('participants: once agreed, from session five or from the first report; facilitators’ opens unfolded then too', () => {
    const plan = agreedPlan();
    const state = plan.state;
    expect(participantsSeeReview(state)).toBe(false);
    expect(reviewOpensUnfolded(state)).toBe(false);
    const reported = withUpdates(state, [update('u1', plan.actions[0], '2026-12-01T09:00:00.000Z', 'on_track')]);
    expect(participantsSeeReview(reported)).toBe(true);
    expect(reviewOpensUnfolded(reported)).toBe(true);
    const sessionFive = Object.values(state.sessions).find((s) => s.number === 5)!;
    const inSessionFive = { ...state, meta: { ...state.meta, currentSessionId: sessionFive.id } };
    expect(participantsSeeReview(inSessionFive)).toBe(true);
    expect(participantsSeeReview({ ...inSessionFive, planVersions: {} })).toBe(false);
  });
});
