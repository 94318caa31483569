import { describe, expect, it } from 'vitest';
import type { ActionId, CommandId } from '../ids/ids';
import type { LeadSlot } from '../plan/plan';
import { agreedPlan, AGREED_AT } from '../testing/agreedPlan';
import { fixedContext } from '../testing/fixedContext';
import type { WorkshopState } from '../workshop/workshop';
import { createWorkshop } from '../workshop/workshopTransitions';
import { leadActorId, reportProgress, type LeadActor } from './progressCommands';
import { EVIDENCE_PER_UPDATE_MAX, EVIDENCE_TEXT_MAX_CHARS, EVIDENCE_URL_MAX_CHARS, PROGRESS_NOTE_MAX_CHARS, PROGRESS_UPDATES_PER_ACTION_MAX } from './progressLimits';
import { actionHistory } from './progressSummary';
import { commandSchemas, type CommandPayload } from '../workshop/commandSchemas';
import { applyCommand } from '../workshop/commands';

const ctx = (now = '2027-01-15T09:30:00.000Z') => {
  let n = 0;
  return { ...fixedContext(now), newId: () => `update-${now}-${(n += 1)}` };
};
const linkFor = (actionId: ActionId, slot: LeadSlot = 'councilLead'): LeadActor => ({ linkId: 'link-0001', actionId, slot });
const payload = (actionId: ActionId, slot: LeadSlot = 'councilLead', extra: Partial<CommandPayload<'progress:report'>> = {}): CommandPayload<'progress:report'> => ({
  commandId: 'cmd-0001' as CommandId,
  actionId,
  slot,
  status: 'on_track',
  note: 'The draft principles went to the forum.',
  evidence: [{ text: 'Forum minutes', url: 'https://example.org/minutes' }],
  ...extra,
});

/** Refused, with the code, and the state is exactly as it was. */
function expectRefused(state: WorkshopState, result: ReturnType<typeof reportProgress>, code: string, message: RegExp): void {
  const before = JSON.stringify(state);
  expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
  expect(JSON.stringify(state)).toBe(before);
}

describe('a lead reports progress', () => {
  it('[REV2] [REV3] a report is added with its day, the lead\'s sector and the agreed version; nothing earlier changes', () => {
    const plan = agreedPlan();
    const [a1] = plan.actions;
    const first = reportProgress(plan.state, payload(a1), linkFor(a1), ctx('2026-12-01T09:00:00.000Z'));
    if (!first.ok) throw new Error(first.error.message);
    const second = reportProgress(first.state, payload(a1, 'councilLead', { status: 'at_risk', note: 'Slipping', evidence: [] }), linkFor(a1), ctx());
    if (!second.ok) throw new Error(second.error.message);
    expect(second.state.progressUpdates[first.data.update.id]).toBe(first.state.progressUpdates[first.data.update.id]);
    expect(actionHistory(second.state, a1)).toEqual([
      {
        id: first.data.update.id,
        actionId: a1,
        slot: 'councilLead',
        sector: 'local_authority',
        status: 'on_track',
        note: 'The draft principles went to the forum.',
        evidence: [{ text: 'Forum minutes', url: 'https://example.org/minutes' }],
        planVersion: 1,
        at: '2026-12-01T09:00:00.000Z',
      },
      { ...second.data.update, status: 'at_risk', note: 'Slipping', evidence: [], at: '2027-01-15T09:30:00.000Z' },
    ]);
    // Only the progress history changed.
    expect({ ...second.state, progressUpdates: plan.state.progressUpdates }).toEqual(plan.state);
  });

  it('[REV3] the author\'s sector is that of the slot\'s lead as agreed, also for a lead agreed as an exception', () => {
    const plan = agreedPlan();
    const [, , a3] = plan.actions;
    const nick = reportProgress(plan.state, payload(a3), linkFor(a3), ctx());
    const tess = reportProgress(plan.state, payload(a3, 'thirdSectorLead'), linkFor(a3, 'thirdSectorLead'), ctx());
    expect(nick.ok && nick.data.update.sector).toBe('other_public');
    expect(tess.ok && tess.data.update.sector).toBe('third_sector');
  });

  it('[REV3] a link reports only on its own action and for its own lead', () => {
    const plan = agreedPlan();
    const [a1, a2] = plan.actions;
    expectRefused(plan.state, reportProgress(plan.state, payload(a2), linkFor(a1), ctx()), 'forbidden', /another action/);
    expectRefused(plan.state, reportProgress(plan.state, payload(a1, 'thirdSectorLead'), linkFor(a1, 'councilLead'), ctx()), 'forbidden', /another action/);
  });

  it('[REV3] nothing can be reported before the plan is agreed', () => {
    const { state } = createWorkshop({ title: 'T', area: 'A', facilitatorName: 'Ann' }, fixedContext());
    const actionId = 'action-00001' as ActionId;
    expectRefused(state, reportProgress(state, payload(actionId), linkFor(actionId), ctx()), 'conflict', /not been agreed yet/);
  });

  it('[REV3] only on an action of the latest agreed version; reports under earlier versions stay in the history', () => {
    const plan = agreedPlan();
    const [a1, a2] = plan.actions;
    const before = reportProgress(plan.state, payload(a2), linkFor(a2), ctx('2026-12-01T09:00:00.000Z'));
    if (!before.ok) throw new Error(before.error.message);
    plan.state = before.state;
    plan.run('action:remove', { actionId: a2 });
    plan.run('plan:consult', {});
    plan.run('plan:agree', { version: 2 });
    expectRefused(plan.state, reportProgress(plan.state, payload(a2), linkFor(a2), ctx()), 'not_found', /not in the agreed plan/);
    const after = reportProgress(plan.state, payload(a1), linkFor(a1), ctx());
    expect(after.ok && after.data.update.planVersion).toBe(2);
    expect(actionHistory(plan.state, a2)).toHaveLength(1);
  });

  it('[REV3] a draft change after agreement does not change what is reported on until it is agreed', () => {
    const plan = agreedPlan();
    const [a1] = plan.actions;
    plan.run('action:update', { actionId: a1, text: 'Redrafted, not yet agreed', baseText: 'Draft the underlying principles' });
    const result = reportProgress(plan.state, payload(a1), linkFor(a1), ctx());
    expect(result.ok && result.data.update.planVersion).toBe(1);
  });

  it(`[REV6] an action keeps at most ${PROGRESS_UPDATES_PER_ACTION_MAX} reports`, () => {
    const plan = agreedPlan();
    const [a1] = plan.actions;
    const c = ctx();
    let state = plan.state;
    for (let i = 0; i < PROGRESS_UPDATES_PER_ACTION_MAX; i += 1) {
      const r = reportProgress(state, payload(a1), linkFor(a1), c);
      if (!r.ok) throw new Error(r.error.message);
      state = r.state;
    }
    expectRefused(state, reportProgress(state, payload(a1), linkFor(a1), c), 'limit_reached', /already has/);
  });

  it('[REV3] no member sends it over the workshop connection, facilitator or participant', () => {
    const plan = agreedPlan();
    const [a1] = plan.actions;
    for (const actor of [plan.facilitator, { memberId: plan.cara, role: 'participant' as const }]) {
      const result = applyCommand('progress:report', plan.state, payload(a1), actor, ctx());
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/personal link/) } });
    }
  });

  it('[REV3] a link\'s commands are kept under an id no member can have', () => {
    expect(leadActorId('abcDEF123_-x')).toBe('lead:abcDEF123_-x');
    expect(commandSchemas['member:remove'].safeParse({ commandId: 'cmd-0001', memberId: leadActorId('abcDEF123_-x') }).success).toBe(false);
  });
});

describe('what a report may hold', () => {
  const schema = commandSchemas['progress:report'];
  const valid = { commandId: 'cmd-0001', actionId: 'action-00001', slot: 'councilLead', status: 'done', note: '  Done.  ', evidence: [{ text: 'Launch report', url: 'https://example.org/r' }] };
  const message = (input: unknown) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? null : parsed.error.issues[0]!.message;
  };

  it('[REV6] a valid report is trimmed; an empty link is no link; a note may be empty when the status says enough', () => {
    const parsed = schema.parse({ ...valid, evidence: [{ text: ' Minutes ', url: '' }, { text: '', url: 'http://example.org/x' }] });
    expect(parsed.note).toBe('Done.');
    expect(parsed.evidence).toEqual([{ text: 'Minutes', url: null }, { text: '', url: 'http://example.org/x' }]);
    expect(schema.safeParse({ ...valid, note: '', evidence: [] }).success).toBe(true);
    expect(schema.safeParse({ ...valid, note: 'x'.repeat(PROGRESS_NOTE_MAX_CHARS) }).success).toBe(true);
  });

  it('[REV6] bad reports are refused with a clear message', () => {
    expect(message({ ...valid, status: 'finished' })).toMatch(/Choose a status/);
    expect(message({ ...valid, note: 'x'.repeat(PROGRESS_NOTE_MAX_CHARS + 1) })).toMatch(`at most ${PROGRESS_NOTE_MAX_CHARS} characters`);
    expect(message({ ...valid, evidence: Array.from({ length: EVIDENCE_PER_UPDATE_MAX + 1 }, () => ({ text: 'x' })) })).toMatch(`At most ${EVIDENCE_PER_UPDATE_MAX} pieces`);
    expect(message({ ...valid, evidence: [{ text: 'x'.repeat(EVIDENCE_TEXT_MAX_CHARS + 1) }] })).toMatch(`at most ${EVIDENCE_TEXT_MAX_CHARS} characters`);
    expect(message({ ...valid, evidence: [{ text: 'x', url: `https://example.org/${'x'.repeat(EVIDENCE_URL_MAX_CHARS)}` }] })).toMatch(`at most ${EVIDENCE_URL_MAX_CHARS} characters`);
    for (const url of ['javascript:alert(1)', 'ftp://example.org/file', 'example.org', 'data:text/html,hi']) {
      expect(message({ ...valid, evidence: [{ text: 'x', url }] }), url).toMatch(/http:\/\/ or https:\/\//);
    }
    expect(message({ ...valid, evidence: [{ text: ' ', url: null }] })).toMatch(/a sentence or a link/);
    expect(message({ ...valid, evidence: [{ text: 'x', extra: 1 }] })).not.toBeNull();
    expect(message({ ...valid, slot: 'sponsor' })).toMatch(/councilLead or thirdSectorLead/);
    expect(message({ ...valid, actionId: 'no' })).toMatch(/Expected an id/);
  });
});

it('the fixture agrees its plan at the time it says', () => {
  expect(Object.values(agreedPlan().state.planVersions)[0]!.agreedAt).toBe(AGREED_AT);
});
