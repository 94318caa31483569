import type { ActionId, MemberId, ObjectiveId } from '@roundtable/shared/ids/ids';
import type { Action } from '@roundtable/shared/plan/plan';
import { planProblems } from '@roundtable/shared/plan/planRules';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages.en';
import { testParticipant, workshopWith } from '../testing/workshopFixture';
import { problemViews } from './problemText';

function action(id: string, objectiveId: string, overrides: Partial<Action> = {}): Action {
  return {
    id: id as ActionId,
    objectiveId: objectiveId as ObjectiveId,
    text: `Action ${id}`,
    councilLead: null,
    thirdSectorLead: null,
    leadException: null,
    timescale: null,
    notes: '',
    position: 0,
    ...overrides,
  };
}

function planWith(actions: Action[]): WorkshopState {
  const base = workshopWith({
    members: [
      testParticipant('member0001', { name: 'Chris Calder', sector: 'local_authority' }),
      testParticipant('member0002', { name: 'Tanya Thwaite', sector: 'third_sector' }),
      testParticipant('member0003', { name: 'Lee Left', sector: 'third_sector', removedAt: '2026-09-01T11:00:00.000Z' }),
    ],
  });
  const objectives = {
    objective01: { id: 'objective01' as ObjectiveId, text: 'Build sustainability', position: 0, fromItemId: null },
    objective02: { id: 'objective02' as ObjectiveId, text: 'Better communication', position: 1, fromItemId: null },
  };
  return { ...base, objectives, actions: Object.fromEntries(actions.map((a) => [a.id, a])) };
}

const chris = { kind: 'member', memberId: 'member0001' as MemberId } as const;
const tanya = { kind: 'member', memberId: 'member0002' as MemberId } as const;
const lee = { kind: 'member', memberId: 'member0003' as MemberId } as const;

describe('what is missing, in plain words', () => {
  it('[PLAN4] says the plan needs an objective, and points at the field to add one', () => {
    const state = { ...workshopWith({}) };
    expect(problemViews(messagesEn, state, planProblems(state))).toEqual([
      { key: 'noObjectives-0', text: 'The plan has no objectives yet.', target: { kind: 'newObjective' } },
    ]);
  });

  it('[PLAN3] [PLAN4] names the action and the lead or timescale it lacks', () => {
    const state = planWith([
      action('action0001', 'objective01', { text: 'Cross-sector audit of services', councilLead: tanya, thirdSectorLead: lee }),
      action('action0002', 'objective01', { text: 'Volunteering strategy', councilLead: chris, thirdSectorLead: tanya, timescale: { kind: 'month', month: '2027-03' } }),
    ]);
    const views = problemViews(messagesEn, state, planProblems(state));
    expect(views.map((v) => v.text)).toEqual([
      'The council lead of “Cross-sector audit of services” is from the third sector. Choose another lead, or record why the group agreed this.',
      'The third-sector lead of “Cross-sector audit of services”, Lee Left, has left the workshop. Choose someone else.',
      '“Cross-sector audit of services” has no timescale yet.',
      'Objective “Better communication” has no actions yet.',
    ]);
    expect(views.map((v) => v.target)).toEqual([
      { kind: 'action', actionId: 'action0001', field: 'councilLead' },
      { kind: 'action', actionId: 'action0001', field: 'thirdSectorLead' },
      { kind: 'action', actionId: 'action0001', field: 'timescale' },
      { kind: 'newAction', objectiveId: 'objective02' },
    ]);
  });

  it('[PLAN3] says which lead is missing', () => {
    const state = planWith([action('action0001', 'objective01', { text: 'Joint factsheets', timescale: { kind: 'quarter', quarter: '2027-Q1' } })]);
    const texts = problemViews(messagesEn, state, planProblems(state)).map((v) => v.text);
    expect(texts.slice(0, 2)).toEqual(['“Joint factsheets” has no council lead yet.', '“Joint factsheets” has no third-sector lead yet.']);
  });
});
