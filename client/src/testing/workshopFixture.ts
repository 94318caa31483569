import { DEFAULT_BOARD_ACTIVITY, type Card, type Cluster } from '@roundtable/shared/board/board';
import { EMPTY_PLAN_META } from '@roundtable/shared/plan/plan';
import { PIP_SURVEY_ITEMS } from '@roundtable/shared/survey/pipSurveyItems';
import { EMPTY_SURVEY } from '@roundtable/shared/survey/survey';
import { EMPTY_SHARING } from '@roundtable/shared/programme/sharing';
import type { BoardId, CardId, ClusterId, MemberId, SessionId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { Board } from '@roundtable/shared/board/board';
import type { Member } from '@roundtable/shared/members/member';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/**
 * Workshop states written by hand for the client's unit tests: one session, boards, cards and clusters exactly as a
 * test needs them, without running the commands that would make them.
 */
export const SESSION_ID = 'session0001' as SessionId;
export const BOARD_ID = 'board00001' as BoardId;

export function emptyWorkshop(): WorkshopState {
  return {
    meta: {
      id: 'workshop0001' as WorkshopId,
      title: 'Darlington PIP 2026',
      area: 'Darlington',
      joinCode: 'ABC234',
      createdAt: '2026-09-01T09:00:00.000Z',
      currentSessionId: SESSION_ID,
      focusBoardId: null,
      focusAt: null,
    },
    sessions: { [SESSION_ID]: { id: SESSION_ID, number: 1, title: 'Drivers', agenda: '', date: null } },
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

export function testBoard(overrides: Partial<Board> = {}): Board {
  return { ...DEFAULT_BOARD_ACTIVITY, id: BOARD_ID, sessionId: SESSION_ID, kind: 'drivers', title: 'Local drivers', prompt: '', position: 0, ...overrides };
}

export function testCard(id: string, overrides: Partial<Card> = {}): Card {
  return {
    id: id as CardId,
    boardId: BOARD_ID,
    text: `Card ${id}`,
    sectors: ['third_sector'],
    mergedTexts: [],
    authorIds: null,
    clusterId: null,
    position: 0,
    x: 0,
    y: 0,
    createdAt: '2026-09-01T10:00:00.000Z',
    hidden: false,
    votes: null,
    agreed: false,
    agreedText: null,
    ...overrides,
  };
}

export function testCluster(id: string, name: string, position: number, overrides: Partial<Cluster> = {}): Cluster {
  return { id: id as ClusterId, boardId: BOARD_ID, name, position, x: position * 300, y: 0, w: 232, h: 176, votes: null, agreed: false, agreedText: null, ...overrides };
}

export function testParticipant(id: string, overrides: Partial<Member> = {}): Member {
  return { id: id as MemberId, role: 'participant', name: id, organisation: '', sector: 'third_sector', joinedAt: '2026-09-01T09:30:00.000Z', removedAt: null, ...overrides };
}

/** A workshop holding these boards, cards, clusters and members. */
export function workshopWith(parts: { boards?: Board[]; cards?: Card[]; clusters?: Cluster[]; members?: Member[] }): WorkshopState {
  const base = emptyWorkshop();
  const byId = <T extends { id: string }>(items: readonly T[] = []) => Object.fromEntries(items.map((i) => [i.id, i]));
  return {
    ...base,
    boards: byId(parts.boards ?? [testBoard()]),
    cards: byId(parts.cards),
    clusters: byId(parts.clusters),
    members: byId(parts.members),
  } as WorkshopState;
}
