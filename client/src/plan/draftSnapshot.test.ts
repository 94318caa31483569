import type { ActionId, MemberId, ObjectiveId } from '@roundtable/shared/ids/ids';
import { EMPTY_PLAN_META } from '@roundtable/shared/plan/plan';
import { describe, expect, it } from 'vitest';
import { testParticipant, workshopWith } from '../testing/workshopFixture';
import { agreedObjectivesToBringIn } from './agreedObjectives';
import { draftSnapshot } from './draftSnapshot';
import { principlesFromText, principlesToText } from './principleLines';
import { testBoard, testCard, testCluster } from '../testing/workshopFixture';

describe('the current draft as a snapshot', () => {
  it('[PLAN8] holds the plan in order, with the names of its leads now', () => {
    const base = workshopWith({ members: [testParticipant('member0001', { name: 'Chris Calder', organisation: 'Darlington BC', sector: 'local_authority' })] });
    const objectiveId = 'objective01' as ObjectiveId;
    const state = {
      ...base,
      plan: { ...EMPTY_PLAN_META, vision: 'Together', principles: ['Trust'] },
      objectives: { [objectiveId]: { id: objectiveId, text: 'Build sustainability', position: 0, fromItemId: null } },
      actions: {
        ['action0001' as ActionId]: {
          id: 'action0001' as ActionId,
          objectiveId,
          text: 'Audit',
          councilLead: { kind: 'member' as const, memberId: 'member0001' as MemberId },
          thirdSectorLead: null,
          leadException: null,
          timescale: null,
          notes: '',
          position: 0,
        },
      },
    };
    const snapshot = draftSnapshot(state);
    expect(snapshot.reviewDate).toBe('');
    expect(snapshot.objectives.map((o) => o.text)).toEqual(['Build sustainability']);
    expect(snapshot.leadNames).toEqual({ member0001: { name: 'Chris Calder', organisation: 'Darlington BC', sector: 'local_authority' } });
  });
});

describe('key principles, one per line', () => {
  it('[PLAN1] drops blank lines and surrounding spaces', () => {
    expect(principlesFromText('  Openness \n\n Trust\n')).toEqual(['Openness', 'Trust']);
    expect(principlesToText(['Openness', 'Trust'])).toBe('Openness\nTrust');
  });
});

describe('bringing in the agreed objectives', () => {
  it('[PLAN2] counts agreed items of objectives boards not yet in the plan', () => {
    const board = testBoard({ kind: 'objectives' });
    const drivers = testBoard({ id: 'board00002' as typeof board.id, kind: 'drivers' });
    const state = workshopWith({
      boards: [board, drivers],
      clusters: [testCluster('cluster001', 'Resources', 0, { agreed: true })],
      cards: [
        testCard('card000001', { agreed: true }),
        testCard('card000002', { agreed: true, hidden: true }),
        testCard('card000003'),
        testCard('card000004', { agreed: true, boardId: drivers.id }),
      ],
    });
    expect(agreedObjectivesToBringIn(state)).toBe(2);
    const objectiveId = 'objective01' as ObjectiveId;
    const withOne = { ...state, objectives: { [objectiveId]: { id: objectiveId, text: 'Resources', position: 0, fromItemId: 'cluster001' } } };
    expect(agreedObjectivesToBringIn(withOne)).toBe(1);
  });
});
