import { describe, expect, it } from 'vitest';
import { buildProfile, PROFILE_DIMENSIONS } from './profile';
import { ProfileStateBuilder, SAMPLE_MEMBER_NAMES, sampleProfileState } from '../testing/profileStateBuilder';

const AT = '2026-11-12T15:30:00.000Z';

describe('buildProfile', () => {
  it('[PRO1] has the four dimensions in the order of the method, each titled', () => {
    const profile = buildProfile(new ProfileStateBuilder().state, AT);
    expect(profile.dimensions.map((d) => [d.kind, d.title])).toEqual([
      ['drivers', 'Drivers'],
      ['benefits', 'Benefits'],
      ['difficulties', 'Difficult aspects'],
      ['obstacles', 'Obstacles and barriers'],
    ]);
    expect(profile.dimensions.every((d) => d.items.length === 0)).toBe(true);
    expect(profile).toMatchObject({ title: 'Darlington PIP 2026', area: 'Darlington', generatedAt: AT, objectives: [], organisations: [] });
  });

  it('[PRO1] [AGR2] lists only agreed items, with their agreed wording, sectors and dots', () => {
    const b = new ProfileStateBuilder();
    const board = b.board(b.session(1), 'drivers');
    b.card(board, 'Funding', { sectors: ['third_sector'], agreed: true, agreedText: 'Access to a broader range of funding', votes: 3 });
    b.card(board, 'Not agreed', { sectors: ['local_authority'], votes: 9 });
    b.card(board, 'Hidden by a facilitator', { agreed: true, hidden: true });
    const drivers = buildProfile(b.state, AT).dimensions[0]!;
    expect(drivers.items).toEqual([{ wording: 'Access to a broader range of funding', sectors: ['third_sector'], votes: 3 }]);
  });

  it('[PRO1] ranks a board by dots, most first, items without a published vote after, in board order', () => {
    const b = new ProfileStateBuilder();
    const board = b.board(b.session(3), 'obstacles');
    b.card(board, 'unvoted first', { agreed: true });
    b.card(board, 'two', { agreed: true, votes: 2 });
    b.card(board, 'seven', { agreed: true, votes: 7 });
    b.card(board, 'unvoted second', { agreed: true });
    b.card(board, 'two again', { agreed: true, votes: 2 });
    const obstacles = buildProfile(b.state, AT).dimensions[3]!;
    expect(obstacles.items.map((i) => [i.wording, i.votes])).toEqual([
      ['seven', 7],
      ['two', 2],
      ['two again', 2],
      ['unvoted first', null],
      ['unvoted second', null],
    ]);
  });

  it('[PRO1] gathers every board of a kind: sessions in order, then boards by position', () => {
    const b = new ProfileStateBuilder();
    const later = b.session(2);
    const earlier = b.session(1);
    b.card(b.board(later, 'benefits', { position: 0 }), 'from session 2', { agreed: true, votes: 9 });
    b.card(b.board(earlier, 'benefits', { position: 1 }), 'from session 1, second board', { agreed: true, votes: 1 });
    b.card(b.board(earlier, 'benefits', { position: 0 }), 'from session 1, first board', { agreed: true });
    b.card(b.board(earlier, 'experiences', { position: 2 }), 'an experience, not a dimension', { agreed: true });
    const benefits = buildProfile(b.state, AT).dimensions[1]!;
    expect(benefits.items.map((i) => i.wording)).toEqual(['from session 1, first board', 'from session 1, second board', 'from session 2']);
  });

  it('[PRO1] a cluster is raised by the sectors of its cards, in a fixed order, scribed cards adding none', () => {
    const b = new ProfileStateBuilder();
    const board = b.board(b.session(2), 'difficulties');
    const cluster = b.cluster(board, 'Partnership processes', { agreed: true, votes: 4 });
    b.card(board, 'Talking shops', { sectors: ['third_sector'], clusterId: cluster });
    b.card(board, 'No direction', { sectors: ['other', 'local_authority'], clusterId: cluster });
    b.card(board, 'Scribed', { sectors: ['none'], clusterId: cluster });
    b.card(board, 'Scribed alone', { sectors: ['none'], agreed: true, votes: 1 });
    const difficulties = buildProfile(b.state, AT).dimensions[2]!;
    expect(difficulties.items).toEqual([
      { wording: 'Partnership processes', sectors: ['local_authority', 'third_sector', 'other'], votes: 4 },
      { wording: 'Scribed alone', sectors: [], votes: 1 },
    ]);
  });

  it('[PRO1] carries the agreed objectives forward, apart from the four dimensions', () => {
    const b = new ProfileStateBuilder();
    b.card(b.board(b.session(3), 'objectives'), 'To develop a joint induction programme', { agreed: true, sectors: ['none'] });
    b.card(b.board(b.session(4), 'objectives'), 'To review the Compact', { agreed: true, sectors: ['local_authority'] });
    b.card(b.board(b.session(4), 'profile'), 'A fair picture', { agreed: true });
    const profile = buildProfile(b.state, AT);
    expect(profile.objectives.map((o) => o.wording)).toEqual(['To develop a joint induction programme', 'To review the Compact']);
    expect(profile.dimensions.flatMap((d) => d.items)).toEqual([]);
  });

  it('[PRO1] names the organisations taking part once each, and counts participants by sector', () => {
    const profile = buildProfile(sampleProfileState(), AT);
    expect(profile.organisations).toEqual(['County Durham and Darlington NHS', 'Darlington Borough Council', 'Darlington CVS']);
    expect(profile.participantsBySector).toEqual({ local_authority: 1, third_sector: 2, other_public: 1, other: 0 });
  });

  it('[PRO1] leaves out facilitators, removed members and seats nobody has taken', () => {
    const b = new ProfileStateBuilder();
    b.member('Fay', 'facilitator', null, 'IVAR');
    b.member('Rob', 'participant', 'third_sector', 'Gone Ltd', { removed: true });
    b.member('Ivy', 'participant', 'local_authority', 'Not Yet Council', { invited: true });
    b.member('Pat', 'participant', 'other', '   ');
    const profile = buildProfile(b.state, AT);
    expect(profile.organisations).toEqual([]);
    expect(profile.participantsBySector).toEqual({ local_authority: 0, third_sector: 0, other_public: 0, other: 1 });
  });

  it('[PRO3] carries sectors only: no member name or id, even from a board where authors are named', () => {
    const state = sampleProfileState();
    const json = JSON.stringify(buildProfile(state, AT));
    for (const member of Object.values(state.members)) {
      expect(json).not.toContain(member.id);
      expect(json).not.toContain(member.name);
    }
    expect(SAMPLE_MEMBER_NAMES.some((n) => json.includes(n))).toBe(false);
    expect(Object.values(state.cards).some((c) => c.authorIds !== null)).toBe(true);
  });

  it('[PRO1] builds the sample workshop profile in full', () => {
    const profile = buildProfile(sampleProfileState(), AT);
    expect(profile.dimensions.map((d) => d.kind)).toEqual([...PROFILE_DIMENSIONS]);
    expect(profile.dimensions.map((d) => d.items.length)).toEqual([3, 2, 2, 4]);
    expect(profile.dimensions[0]!.items[0]).toEqual({ wording: 'Both sectors need each other to meet common objectives', sectors: ['local_authority', 'third_sector'], votes: 6 });
    expect(profile.objectives).toHaveLength(2);
  });
});
