import { EMPTY_PERSONAL_VIEW } from '@roundtable/shared/workshop/personalView';
import { describe, expect, it } from 'vitest';
import { testCard } from '../testing/workshopFixture';
import { personalViewFrom } from './personalView';

describe('reading the personal view the server sends', () => {
  it('keeps a well-formed view as it is', () => {
    const view = {
      drafts: [testCard('draft00001')],
      myCardIds: ['card000001'],
      dots: { board00001: { card000001: 2 } },
      notices: [{ id: 'n1', memberId: 'm1', boardId: 'board00001', cardId: 'card000001', kind: 'cardHidden', excerpt: 'Trust', at: '2026-09-01T10:00:00.000Z' }],
      undo: { command: 'card:move', at: '2026-09-01T10:00:00.000Z' },
      myPlanResponse: { round: 2, response: 'concern', comment: 'Timescale too short' },
      planResponses: [{ memberId: 'm2', sector: 'third_sector', response: 'agree', comment: '' }],
      surveyAnswered: true,
      healthChecksAnswered: ['check00001'],
    };
    expect(personalViewFrom(view)).toEqual(view);
  });

  it('reads anything else as empty, part by part, rather than failing', () => {
    expect(personalViewFrom(null)).toEqual(EMPTY_PERSONAL_VIEW);
    expect(personalViewFrom('nonsense')).toEqual(EMPTY_PERSONAL_VIEW);
    const odd = personalViewFrom({ drafts: [{ id: 1 }], myCardIds: ['a', 2], dots: { b: { x: 1, y: -1, z: 'two' } }, notices: 'none', undo: { command: 3 }, healthChecksAnswered: ['check00001', 7] });
    expect(odd).toEqual({ drafts: [], myCardIds: ['a'], dots: { b: { x: 1 } }, notices: [], undo: null, myPlanResponse: null, planResponses: [], surveyAnswered: false, healthChecksAnswered: ['check00001'] });
  });
});
