import type { Board, Card, Cluster } from '../board/board';
import type { HealthCheck, HealthCheckId } from '../healthCheck/healthCheck';
import type { BoardId, CardId, ClusterId, MemberId, SessionId, WorkshopId } from '../ids/ids';
import type { Member } from '../members/member';
import type { ProgrammeSharing } from '../programme/sharing';
import type { PlanState } from '../plan/plan';
import type { ProgressUpdate, ProgressUpdateId } from '../review/progress';
import type { MapOrganisation, MapOrganisationId } from '../partnershipMap/partnershipMap';
import type { Session } from '../sessions/session';
import type { SurveyState } from '../survey/survey';

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

/**
 * The workshop as every member of it may see it, assembled from each concept's part. This is exactly what the
 * workshop's Y.Doc holds (see doc/workshopDoc.ts); tokens, and anything a member may not see, live only in the
 * server's store. The plan's fields (plan, objectives, actions, proposals, planVersions) are in PlanState (plan/plan.ts).
 */
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
  /** The health check's rounds (at most one of each), with their counts and, once closed, their results. */
  healthChecks: Record<HealthCheckId, HealthCheck>;
  /** The partnership map's organisations and the suggestions waiting to be placed (partnershipMap/). */
  mapOrganisations: Record<MapOrganisationId, MapOrganisation>;
  /** What the area keeps from its programme, if it is in one (programme/sharing.ts). */
  sharing: ProgrammeSharing;
}
