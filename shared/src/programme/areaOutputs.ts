import { BOARD_KINDS, boardsOfSession, agreedWording, isAgreed, itemsOfBoard, sectorsOfItem, type BoardKind, type CardSector } from '../board/board';
import type { Sector } from '../members/sector';
import { SECTORS } from '../members/sector';
import { largeEnoughToShow } from '../members/smallGroups';
import { versionsInOrder, type Action, type Lead, type PlanVersion, type Timescale } from '../plan/plan';
import { PROGRESS_STATUSES, type ProgressStatus } from '../review/progress';
import { calendarDay, isOverdue, latestUpdate } from '../review/progressSummary';
import { sessionsInOrder } from '../sessions/session';
import type { SurveyAnswer, SurveyItemKind, SurveySplitSector } from '../survey/survey';
import type { WorkshopState } from '../workshop/workshop';
import { boardShared, itemShared, type ProgrammeSharing } from './sharing';

/*
 * [PROG5] [PROG6] What an area publishes to its programme, projected from its workshop's state: the only way anything
 * of a workshop reaches a programme (the programme view, its live updates, a lead opening an area). A pure function of
 * the shared state, so it can never see the hidden state (drafts, authors of anonymous cards, dots, survey answers,
 * plan responses); and of that state it copies field by field only what is published, leaving out everything the
 * area's facilitators marked "not shared with the programme" (programme/sharing.ts).
 */

export type SectorCounts = Record<Sector, number>;

export interface SessionPlace {
  number: number;
  title: string;
  /** YYYY-MM-DD, or null while unscheduled. */
  date: string | null;
  current: boolean;
  /** Cards written on the session's shared boards, by the sector they speak for (drafts included, as every member sees). */
  contributionsBySector: Record<CardSector, number>;
}

export interface PublishedItem {
  id: string;
  /** The wording the room agreed. */
  text: string;
  /** The sectors that raised it (never who). */
  sectors: Sector[];
}

export interface PublishedBoard {
  boardId: string;
  kind: BoardKind;
  title: string;
  sessionNumber: number;
  agreed: PublishedItem[];
}

export interface PublishedLead {
  name: string;
  organisation: string;
  sector: Sector | null;
}

export interface PublishedAction {
  id: string;
  text: string;
  councilLead: PublishedLead | null;
  thirdSectorLead: PublishedLead | null;
  timescale: Timescale | null;
  /** The latest status either lead reported (not their note or evidence); null before any report. */
  status: ProgressStatus | null;
  statusAt: string | null;
  overdue: boolean;
}

export interface PublishedObjective {
  id: string;
  text: string;
  actions: PublishedAction[];
}

export interface PublishedPlanVersion {
  number: number;
  agreedAt: string;
  reviewDate: string;
  vision: string;
  principles: string[];
  objectives: PublishedObjective[];
}

export interface PublishedPlan {
  /** Every agreed version, oldest first; the last is the plan in force. */
  versions: PublishedPlanVersion[];
  /** The latest version's actions at their latest status (unreported ones as not started). */
  actionsByStatus: Record<ProgressStatus, number>;
  overdue: number;
}

export interface PublishedSurvey {
  status: 'not_started' | 'open' | 'closed';
  responseCount: number;
  /** Participants who could answer: those in the workshop when it closed, or now while it is not closed. */
  eligibleCount: number;
  /**
   * Once closed, and only from SMALL_GROUP_MIN responses (a split by area, SMALL1): the scale items' counts, with the
   * sector split only where the area's own results show it. Never a written answer.
   */
  results: PublishedSurveyItem[] | null;
  /** Closed, but fewer than SMALL_GROUP_MIN responded: the results stay with the area. */
  resultsHeldBack: boolean;
}

export interface PublishedSurveyItem {
  itemId: string;
  kind: Extract<SurveyItemKind, 'scale'>;
  text: string;
  counts: Record<SurveyAnswer, number>;
  skipped: number;
  helpfulShare: number | null;
  bySector: Record<SurveySplitSector, { counts: Record<SurveyAnswer, number>; skipped: number; helpfulShare: number | null }> | null;
}

export interface AreaOutputs {
  workshopId: string;
  title: string;
  area: string;
  /** The area's facilitators keep the whole area from the programme: nothing below is filled in. */
  withheld: boolean;
  sessions: SessionPlace[];
  /** People who have come in as participants, by sector (a head count: no choice of anyone's is in it). */
  participantsBySector: SectorCounts;
  boards: PublishedBoard[];
  plan: PublishedPlan | null;
  survey: PublishedSurvey;
}

const zeroSectors = (): SectorCounts => Object.fromEntries(SECTORS.map((s) => [s, 0])) as SectorCounts;
const zeroStatuses = (): Record<ProgressStatus, number> => Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;

function leadOf(version: PlanVersion, lead: Lead | null): PublishedLead | null {
  if (!lead) return null;
  if (lead.kind === 'named') return { name: lead.name, organisation: lead.organisation, sector: lead.sector };
  const known = version.snapshot.leadNames[lead.memberId];
  return known ? { name: known.name, organisation: known.organisation, sector: known.sector } : null;
}

function publishedVersion(state: WorkshopState, version: PlanVersion, sharing: ProgrammeSharing, today: string, latest: boolean): PublishedPlanVersion {
  const publishAction = (a: Action): PublishedAction => {
    const update = latest ? latestUpdate(state, a.id) : null;
    return {
      id: a.id,
      text: a.text,
      councilLead: leadOf(version, a.councilLead),
      thirdSectorLead: leadOf(version, a.thirdSectorLead),
      timescale: a.timescale,
      status: update?.status ?? null,
      statusAt: update?.at ?? null,
      overdue: latest && isOverdue(a, update, today),
    };
  };
  return {
    number: version.number,
    agreedAt: version.agreedAt,
    reviewDate: version.snapshot.reviewDate,
    vision: version.snapshot.vision,
    principles: [...version.snapshot.principles],
    objectives: [...version.snapshot.objectives]
      .filter((o) => itemShared(sharing, o.id))
      .sort((a, b) => a.position - b.position)
      .map((o) => ({
        id: o.id,
        text: o.text,
        actions: version.snapshot.actions
          .filter((a) => a.objectiveId === o.id && itemShared(sharing, a.id))
          .sort((a, b) => a.position - b.position)
          .map(publishAction),
      })),
  };
}

function publishedPlan(state: WorkshopState, sharing: ProgrammeSharing, today: string): PublishedPlan | null {
  const versions = versionsInOrder(state);
  if (versions.length === 0) return null;
  const published = versions.map((v, i) => publishedVersion(state, v, sharing, today, i === versions.length - 1));
  const actionsByStatus = zeroStatuses();
  let overdue = 0;
  for (const action of published.at(-1)!.objectives.flatMap((o) => o.actions)) {
    actionsByStatus[action.status ?? 'not_started'] += 1;
    if (action.overdue) overdue += 1;
  }
  return { versions: published, actionsByStatus, overdue };
}

function publishedSurvey(state: WorkshopState, participants: number): PublishedSurvey {
  const { survey } = state;
  const results = survey.status === 'closed' ? survey.results : null;
  const shown = results !== null && largeEnoughToShow(results.responseCount);
  return {
    status: survey.status,
    responseCount: results?.responseCount ?? survey.responseCount,
    eligibleCount: results?.eligibleCount ?? participants,
    results: shown
      ? results.scale.flatMap((r) => {
          const item = survey.items.find((i) => i.id === r.itemId);
          if (!item || item.kind !== 'scale') return [];
          return [{ itemId: r.itemId, kind: 'scale' as const, text: item.text, counts: { ...r.counts }, skipped: r.skipped, helpfulShare: r.helpfulShare, bySector: r.bySector }];
        })
      : null,
    resultsHeldBack: results !== null && !shown,
  };
}

/** [PROG5] The area's published outputs, as of `now` (an ISO time: what is overdue is judged on its day). */
export function publishedOutputs(state: WorkshopState, now: string): AreaOutputs {
  const sharing = state.sharing;
  const base = { workshopId: state.meta.id, title: state.meta.title, area: state.meta.area };
  if (sharing.areaWithheld) {
    return { ...base, withheld: true, sessions: [], participantsBySector: zeroSectors(), boards: [], plan: null, survey: { status: 'not_started', responseCount: 0, eligibleCount: 0, results: null, resultsHeldBack: false } };
  }
  const participantsBySector = zeroSectors();
  let participants = 0;
  for (const m of Object.values(state.members)) {
    if (m.role !== 'participant' || m.removedAt !== null || m.joinedAt === null) continue;
    participants += 1;
    if (m.sector) participantsBySector[m.sector] += 1;
  }
  const sessions: SessionPlace[] = [];
  const boards: PublishedBoard[] = [];
  for (const session of sessionsInOrder(state)) {
    const contributionsBySector: Record<CardSector, number> = { local_authority: 0, third_sector: 0, other_public: 0, other: 0, none: 0 };
    for (const board of boardsOfSession(state, session.id)) {
      if (!boardShared(sharing, board.id)) continue;
      for (const [sector, n] of Object.entries(board.cardCounts) as [CardSector, number][]) contributionsBySector[sector] += n;
      const agreed = itemsOfBoard(state, board.id)
        .filter((item) => isAgreed(item) && itemShared(sharing, item.id))
        .map((item): PublishedItem => ({ id: item.id, text: agreedWording(item), sectors: sectorsOfItem(state, item) }));
      boards.push({ boardId: board.id, kind: board.kind, title: board.title, sessionNumber: session.number, agreed });
    }
    sessions.push({ number: session.number, title: session.title, date: session.date, current: state.meta.currentSessionId === session.id, contributionsBySector });
  }
  return {
    ...base,
    withheld: false,
    sessions,
    participantsBySector,
    boards,
    plan: publishedPlan(state, sharing, calendarDay(now)),
    survey: publishedSurvey(state, participants),
  };
}

/** How many items the area has agreed on its shared boards, per board kind. */
export function agreedByKind(outputs: AreaOutputs): Record<BoardKind, number> {
  const counts = Object.fromEntries(BOARD_KINDS.map((k) => [k, 0])) as Record<BoardKind, number>;
  for (const board of outputs.boards) counts[board.kind] += board.agreed.length;
  return counts;
}
