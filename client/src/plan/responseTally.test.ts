import { EMPTY_PERSONAL_VIEW } from '@roundtable/shared/workshop/personalView';
import type { MemberId } from '@roundtable/shared/ids/ids';
import { describe, expect, it } from 'vitest';
import { testParticipant, workshopWith } from '../testing/workshopFixture';
import { myAnswerNow, namedAnswers, tallyResponses } from './responseTally';

const state = workshopWith({
  members: [
    testParticipant('member0001', { name: 'Tanya Thwaite', organisation: 'Darlington CVS', sector: 'third_sector' }),
    testParticipant('member0002', { name: 'Chris Calder', organisation: 'Darlington Borough Council', sector: 'local_authority' }),
    testParticipant('member0003', { name: 'Pat Price', organisation: 'NHS', sector: 'other_public' }),
    testParticipant('member0004', { name: 'Amir Aziz', sector: 'local_authority' }),
    testParticipant('member0005', { name: 'Lee Left', removedAt: '2026-09-01T11:00:00.000Z' }),
  ],
});
const answer = (memberId: string, sector: 'third_sector' | 'local_authority' | 'other_public', response: 'agree' | 'concern', comment = '') => ({
  memberId: memberId as MemberId,
  sector,
  response,
  comment,
});
const responses = [
  answer('member0001', 'third_sector', 'concern', 'Timescale too short'),
  answer('member0002', 'local_authority', 'agree'),
  answer('member0003', 'other_public', 'concern', ''),
];

describe('the room’s answers', () => {
  it('[PLAN4] counts answers by sector against the participants still here', () => {
    expect(tallyResponses(state, responses)).toEqual({
      bySector: {
        local_authority: { agree: 1, concern: 0 },
        third_sector: { agree: 0, concern: 1 },
        other: { agree: 0, concern: 1 },
      },
      agree: 1,
      concern: 2,
      participants: 4,
    });
  });

  it('[PLAN4] names who has a concern, with their comment, for the facilitators', () => {
    expect(namedAnswers(state, responses, 'concern')).toEqual([
      { memberId: 'member0003', name: 'Pat Price', organisation: 'NHS', sector: 'other_public', comment: '' },
      { memberId: 'member0001', name: 'Tanya Thwaite', organisation: 'Darlington CVS', sector: 'third_sector', comment: 'Timescale too short' },
    ]);
  });

  it('[PLAN4] shows my answer only for the round now open', () => {
    const personal = { ...EMPTY_PERSONAL_VIEW, myPlanResponse: { round: 1, response: 'agree' as const, comment: '' } };
    expect(myAnswerNow(personal, 1)).toEqual({ round: 1, response: 'agree', comment: '' });
    expect(myAnswerNow(personal, 2)).toBeNull();
  });
});
