import { DEFAULT_BOARD_ACTIVITY, type CardSector, type Tally } from '../board/board';
import { CARD_WIDTH, FRAME_INNER, FRAME_MIN_HEIGHT, FRAME_MIN_WIDTH, WALL_GAP } from '../board/wallLayout';
import { EMPTY_PLAN_META } from '../plan/plan';
import { PIP_SURVEY_ITEMS } from '../survey/pipSurveyItems';
import { EMPTY_SURVEY } from '../survey/survey';
import { EMPTY_SHARING } from '../programme/sharing';
import type { BoardId, CardId, ClusterId, MemberId, SessionId, WorkshopId } from '../ids/ids';
import type { Sector } from '../members/sector';
import type { BoardKind } from '../board/board';
import type { Role } from '../command/actor';
import type { WorkshopState } from '../workshop/workshop';

/**
 * Workshop states written by hand, for the tests of the profile and of its exports: boards, cards, clusters and
 * members exactly as a test needs them, without running the commands that would produce them.
 */
export class ProfileStateBuilder {
  readonly state: WorkshopState;
  private n = 0;

  constructor(title = 'Darlington PIP 2026', area = 'Darlington') {
    this.state = {
      meta: {
        id: 'workshop0001' as WorkshopId,
        title,
        area,
        joinCode: 'ABC234',
        createdAt: '2026-09-01T09:00:00.000Z',
        currentSessionId: null,
        focusBoardId: null,
        focusAt: null,
      },
      sessions: {},
      boards: {},
      members: {},
      cards: {},
      clusters: {},
      plan: EMPTY_PLAN_META,
      objectives: {},
      actions: {},
      proposals: {},
      planVersions: {},
      progressUpdates: {},
      survey: { ...EMPTY_SURVEY, items: PIP_SURVEY_ITEMS },
      healthChecks: {},
      mapOrganisations: {},
      sharing: EMPTY_SHARING,
    };
  }

  private id(prefix: string): string {
    this.n += 1;
    return `${prefix}${String(this.n).padStart(6, '0')}`;
  }

  session(number: number): SessionId {
    const id = this.id('session') as SessionId;
    this.state.sessions[id] = { id, number, title: `Session ${number}`, agenda: '', date: null };
    return id;
  }

  board(sessionId: SessionId, kind: BoardKind, options: { anonymous?: boolean; position?: number; title?: string } = {}): BoardId {
    const id = this.id('board') as BoardId;
    const position = options.position ?? Object.values(this.state.boards).filter((b) => b.sessionId === sessionId).length;
    this.state.boards[id] = {
      ...DEFAULT_BOARD_ACTIVITY,
      phase: 'closed',
      anonymous: options.anonymous ?? true,
      id,
      sessionId,
      kind,
      title: options.title ?? kind,
      prompt: '',
      position,
    };
    return id;
  }

  member(name: string, role: Role, sector: Sector | null, organisation = '', options: { removed?: boolean; invited?: boolean } = {}): MemberId {
    const id = this.id('member') as MemberId;
    this.state.members[id] = {
      id,
      role,
      name,
      organisation,
      sector,
      joinedAt: options.invited ? null : '2026-09-01T09:30:00.000Z',
      removedAt: options.removed ? '2026-09-01T11:00:00.000Z' : null,
    };
    return id;
  }

  card(
    boardId: BoardId,
    text: string,
    options: { sectors?: CardSector[]; agreed?: boolean; agreedText?: string; votes?: number; clusterId?: ClusterId; authorIds?: MemberId[]; hidden?: boolean } = {},
  ): CardId {
    const id = this.id('card') as CardId;
    const clusterId = options.clusterId ?? null;
    const position = Object.values(this.state.cards).filter((c) => c.boardId === boardId && c.clusterId === clusterId).length;
    this.state.cards[id] = {
      id,
      boardId,
      text,
      sectors: options.sectors ?? ['other'],
      mergedTexts: [],
      authorIds: options.authorIds ?? null,
      clusterId,
      position,
      // In a row on the wall (inside its cluster's frame, or loose below the frames).
      x: FRAME_INNER.x + position * (CARD_WIDTH + WALL_GAP),
      y: clusterId === null ? 1_000 : FRAME_INNER.y,
      createdAt: `2026-09-01T10:${String(this.n % 60).padStart(2, '0')}:00.000Z`,
      hidden: options.hidden ?? false,
      votes: tally(options.votes),
      agreed: options.agreed ?? false,
      agreedText: options.agreedText ?? null,
    };
    return id;
  }

  cluster(boardId: BoardId, name: string, options: { agreed?: boolean; agreedText?: string; votes?: number } = {}): ClusterId {
    const id = this.id('cluster') as ClusterId;
    const position = Object.values(this.state.clusters).filter((c) => c.boardId === boardId).length;
    const frame = { x: position * 1_000, y: 0, w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT };
    this.state.clusters[id] = { id, boardId, name, position, ...frame, votes: tally(options.votes), agreed: options.agreed ?? false, agreedText: options.agreedText ?? null };
    return id;
  }
}

function tally(total: number | undefined): Tally | null {
  return total === undefined ? null : { total, bySector: null };
}

/** Names of the sample's members: none of them may appear in any export. */
export const SAMPLE_MEMBER_NAMES = ['Ann Facilitator', 'Colin Councilworth', 'Theresa Thirdsector', 'Norma Namedauthor', 'Peter Publicbody', 'Rita Removed'] as const;

/**
 * A workshop whose profile is complete, in the words of the Darlington group ("Getting things done together",
 * IDeA/IVAR), with votes on some boards, a cluster, a scribed card, an edited wording, a named board and a member
 * who was removed.
 */
export function sampleProfileState(): WorkshopState {
  const b = new ProfileStateBuilder('Darlington PIP 2026', 'Darlington');
  const [ann, colin, theresa, norma, peter, rita] = SAMPLE_MEMBER_NAMES;
  b.member(ann, 'facilitator', null, 'IVAR');
  const council = b.member(colin, 'participant', 'local_authority', 'Darlington Borough Council');
  b.member(theresa, 'participant', 'third_sector', 'Darlington CVS');
  const named = b.member(norma, 'participant', 'third_sector', 'darlington cvs ');
  b.member(peter, 'participant', 'other_public', 'County Durham and Darlington NHS');
  b.member(rita, 'participant', 'third_sector', 'Removed Organisation Ltd', { removed: true });

  const s1 = b.session(1);
  const s2 = b.session(2);
  const s3 = b.session(3);
  const s4 = b.session(4);

  const drivers = b.board(s1, 'drivers', { position: 1 });
  b.card(drivers, 'National policy initiatives, eg the Local Government White Paper', { sectors: ['local_authority'], agreed: true, votes: 4 });
  b.card(drivers, 'Both sectors need each other to meet common objectives', { sectors: ['third_sector', 'local_authority'], agreed: true, votes: 6 });
  b.card(drivers, 'Access to a broader range of funding sources', { sectors: ['third_sector'], agreed: true, votes: 3 });
  b.card(drivers, 'We like meetings', { sectors: ['other'], votes: 0 });

  const benefits = b.board(s2, 'benefits', { anonymous: false });
  b.card(benefits, 'Learning and innovation: thinking outside the box', { sectors: ['third_sector'], agreed: true, authorIds: [named] });
  b.card(benefits, 'Better results', { sectors: ['local_authority'], agreed: true, agreedText: 'The potential to achieve better results', authorIds: [council] });

  const difficulties = b.board(s2, 'difficulties');
  const models = b.cluster(difficulties, 'Partnership models', { agreed: true, agreedText: 'Top down structures and terms of reference', votes: 5 });
  b.card(difficulties, 'Top down structures', { sectors: ['local_authority'], clusterId: models });
  b.card(difficulties, 'Public sector trapped by government targets', { sectors: ['third_sector', 'other_public'], clusterId: models });
  b.card(difficulties, 'Bureaucratic talking shops which lack direction', { sectors: ['none'], agreed: true, votes: 2 });

  const obstacles = b.board(s3, 'obstacles');
  b.card(obstacles, 'Lack of resources to participate', { sectors: ['third_sector'], agreed: true, votes: 7 });
  b.card(obstacles, 'Insufficient skills and confidence', { sectors: ['local_authority', 'third_sector'], agreed: true, votes: 5 });
  b.card(obstacles, 'Inadequate structures for communication', { sectors: ['other_public'], agreed: true, votes: 5 });
  b.card(obstacles, 'Low levels of awareness & understanding of <each other> | policy', { sectors: ['local_authority'], agreed: true, votes: 4 });

  const objectives = b.board(s4, 'objectives');
  b.card(objectives, 'To develop a shared approach to build sustainability and maximise resources within all sectors', { sectors: ['none'], agreed: true });
  b.card(objectives, 'To develop new and improved approaches to supporting better communication', { sectors: ['none'], agreed: true });
  return b.state;
}
