import type { BoardActivity, Card, Cluster } from '../board/board';
import type { PlanState } from '../plan/plan';
import type { ProgressUpdate, ProgressUpdateId } from '../review/progress';
import type { SurveyState } from '../survey/survey';
import type { BoardId, CardId, ClusterId, MemberId, SessionId, WorkshopId } from '../ids/ids';
import type { Sector } from './sector';

/**
 * The workshop as every member of it may see it. This is exactly what the workshop's Y.Doc holds
 * (see doc/workshopDoc.ts); tokens, and anything a member may not see, live only in the server's store.
 */
export const ROLES = ['facilitator', 'participant'] as const;
export type Role = (typeof ROLES)[number];

export const BOARD_KINDS = [
  'experiences',
  'drivers',
  'benefits',
  'difficulties',
  'obstacles',
  'profile',
  'objectives',
  'action_plan',
  'review',
  'key_learning',
  'feedback',
  'discussion',
] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

export interface WorkshopMeta {
  id: WorkshopId;
  title: string;
  area: string;
  /** Shown on the wall and typed by participants; rotating it stops the old one working. */
  joinCode: string;
  createdAt: string;
  currentSessionId: SessionId | null;
  /** "Bring everyone here": the board every participant's screen follows, and when it was last asked. */
  focusBoardId: BoardId | null;
  focusAt: string | null;
}

export interface Session {
  id: SessionId;
  /** 1-5: the PIP session this is. Fixed; sessions are renamed, not reordered. */
  number: number;
  title: string;
  agenda: string;
  /** Calendar date (YYYY-MM-DD) or null while unscheduled. */
  date: string | null;
}

export interface Board extends BoardActivity {
  id: BoardId;
  sessionId: SessionId;
  kind: BoardKind;
  title: string;
  prompt: string;
  /** Order within its session: 0..n-1, kept dense. */
  position: number;
}

export interface Member {
  id: MemberId;
  role: Role;
  name: string;
  organisation: string;
  /** Facilitators may have no sector. */
  sector: Sector | null;
  /** When they first came in; null for a seat made for someone who has not opened their link yet. */
  joinedAt: string | null;
  /** Set when a facilitator removes the member; their token stops working. */
  removedAt: string | null;
}

/** The plan's fields (plan, objectives, actions, proposals, planVersions) are in PlanState (plan/plan.ts). */
export interface WorkshopState extends PlanState {
  meta: WorkshopMeta;
  sessions: Record<SessionId, Session>;
  boards: Record<BoardId, Board>;
  members: Record<MemberId, Member>;
  /** Published cards only: private drafts stay in the server's store until reveal. */
  cards: Record<CardId, Card>;
  clusters: Record<ClusterId, Cluster>;
  /** Every lead's progress report on the agreed plan, kept as reported (never edited nor removed). */
  progressUpdates: Record<ProgressUpdateId, ProgressUpdate>;
  /** The feedback survey: items, status, the count of responses and, once closed, the results. */
  survey: SurveyState;
}

/** Sessions in PIP order. */
export function sessionsInOrder(state: WorkshopState): Session[] {
  return Object.values(state.sessions).sort((a, b) => a.number - b.number);
}

/** A session's boards in agenda order. */
export function boardsOfSession(state: WorkshopState, sessionId: SessionId): Board[] {
  return Object.values(state.boards)
    .filter((b) => b.sessionId === sessionId)
    .sort((a, b) => a.position - b.position);
}

/** Whether a member has come in (a co-facilitator's seat waits until they open their link). */
export function hasArrived(member: Member): boolean {
  return member.joinedAt !== null;
}

/** Members who have not been removed, facilitators first, then by name. */
export function activeMembers(state: WorkshopState): Member[] {
  return Object.values(state.members)
    .filter((m) => m.removedAt === null)
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'facilitator' ? -1 : 1));
}
