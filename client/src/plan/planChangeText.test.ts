import type { ActionId, ObjectiveId } from '@roundtable/shared/ids/ids';
import type { Action, PlanSnapshot } from '@roundtable/shared/plan/plan';
import { diffPlans } from '@roundtable/shared/plan/planDiff';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages.en';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { changeView, meaningfulChanges } from './planChangeText';

const objective = (id: string, text: string, position: number) => ({ id: id as ObjectiveId, text, position, fromItemId: null });
function action(id: string, objectiveId: string, text: string, overrides: Partial<Action> = {}): Action {
  return {
    id: id as ActionId,
    objectiveId: objectiveId as ObjectiveId,
    text,
    councilLead: null,
    thirdSectorLead: null,
    leadException: null,
    timescale: null,
    notes: '',
    position: 0,
    ...overrides,
  };
}

const v1: PlanSnapshot = {
  vision: 'A long-term commitment.',
  principles: ['Openness'],
  reviewDate: '2027-03-01',
  objectives: [objective('objective01', 'Build sustainability', 0), objective('objective02', 'Shared understanding', 1)],
  actions: [
    action('action0001', 'objective01', 'Cross-sector audit', { councilLead: { kind: 'named', name: 'Sam Scott', organisation: 'Darlington BC', sector: 'local_authority' } }),
    action('action0002', 'objective02', 'Joint factsheets'),
  ],
  leadNames: {},
};
const v2: PlanSnapshot = {
  ...v1,
  principles: ['Openness', 'Trust'],
  reviewDate: '2027-04-01',
  objectives: [objective('objective01', 'Build sustainability and maximise resources', 0)],
  actions: [
    action('action0001', 'objective01', 'Cross-sector audit', {
      councilLead: { kind: 'named', name: 'Ann Ash', organisation: 'Darlington BC', sector: 'local_authority' },
      timescale: { kind: 'month', month: '2027-03' },
    }),
    action('action0003', 'objective01', 'Volunteering strategy'),
  ],
};

describe('what changed between two versions, in plain words', () => {
  it('[PLAN8] words every kind of change, with before and after where a sentence cannot hold them', () => {
    const views = meaningfulChanges(diffPlans(v1, v2)).map((c) => changeView(messagesEn, c));
    expect(views).toEqual([
      { text: 'Principle added: “Trust”.' },
      { text: `The review date moved from ${formatCalendarDate('en-GB', '2027-03-01')} to ${formatCalendarDate('en-GB', '2027-04-01')}.` },
      { text: 'An objective was reworded.', before: 'Build sustainability', after: 'Build sustainability and maximise resources' },
      { text: 'Objective removed: “Shared understanding”.' },
      { text: 'The council lead of “Cross-sector audit” changed.', before: 'Sam Scott, Darlington BC', after: 'Ann Ash, Darlington BC' },
      { text: 'The timescale of “Cross-sector audit” changed.', before: '(none)', after: 'March 2027' },
      { text: 'Action added to “Build sustainability and maximise resources”: “Volunteering strategy”.' },
      { text: 'Action removed from “Shared understanding”: “Joint factsheets”.' },
    ]);
  });

  it('[PLAN8] tells an action moved to another objective from one whose objective was reworded', () => {
    const moved = { ...v1, actions: [v1.actions[0]!, { ...v1.actions[1]!, objectiveId: 'objective01' as ObjectiveId }] };
    expect(meaningfulChanges(diffPlans(v1, moved)).map((c) => changeView(messagesEn, c).text)).toEqual(['The objective of “Joint factsheets” changed.']);
  });

  it('[PLAN8] shows a changed vision whole, before and after', () => {
    expect(diffPlans(v1, { ...v1, vision: '' }).map((c) => changeView(messagesEn, c))).toEqual([
      { text: 'The vision changed.', before: 'A long-term commitment.', after: '(none)' },
    ]);
  });
});
