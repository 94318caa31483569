import { cardsOfBoard, clustersOfBoard, RESULT_GROUPS, type ResultGroup, boardsOfSession } from '../board/board';
import type { ActionId } from '../ids/ids';
import { timescaleEnd, type LeadSlot } from '../plan/plan';
import { planDocument, type PlanDocumentAction, type PlanDocumentLead } from '../plan/planDocument';
import { agreedItemsOfKind } from '../profile/profile';
import { SURVEY_SCALE, type SurveyAnswer, type SurveySplitSector, type SurveyStatus } from '../survey/survey';
import { STATUS_RAG, type Evidence, type ProgressStatus, type ProgressUpdate, type Rag } from './progress';
import { actionHistory, agreedObjectives, calendarDay, isOverdue, latestAgreedVersion, statusSummary, type StatusTally } from './progressSummary';
import type { Sector } from '../members/sector';
import { sessionsInOrder } from '../sessions/session';
import { healthCheckDocument, type HealthCheckDocument } from '../healthCheck/healthCheckDocument';
import { type WorkshopState } from '../workshop/workshop';

/**
 * [REVEXP1] The session-five review as a document to file: the latest agreed version of the action plan with, for
 * each action, its two leads, its timescale, its latest status and every report since agreement; a summary of the
 * statuses; what is overdue; the vision revisited; what the key-learning boards gathered; and the feedback survey's
 * results once it has closed. Every rendering (Word, PDF, Markdown) is made from this, so they all say the same.
 * It names the plan's leads (as the agreed plan does) and nobody else: reports carry the reporting lead's sector,
 * key learning carries texts only, survey answers carry no names.
 */

/** A status in words, always beside its colour (never colour alone). */
export const PROGRESS_STATUS_WORDS: Readonly<Record<ProgressStatus, string>> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  done: 'Done',
  dropped: 'Dropped',
};
export const NO_REPORT_WORDS = 'No report yet';

export interface ReviewStatus {
  /** Null while neither lead has reported. */
  status: ProgressStatus | null;
  words: string;
  rag: Rag;
}

export interface ReviewReport extends ReviewStatus {
  status: ProgressStatus;
  /** When it was reported (ISO 8601). */
  at: string;
  /** Which of the two leads reported it, and that lead's sector then. */
  slot: LeadSlot;
  sector: Sector;
  note: string;
  evidence: Evidence[];
}

export interface ReviewAction extends PlanDocumentAction {
  /** The latest report from either lead, or "No report yet". */
  latest: ReviewStatus & { at: string | null };
  /** Every report since agreement, oldest first. */
  history: ReviewReport[];
  /** The last day the timescale covers (YYYY-MM-DD); null for an action without one. */
  dueBy: string | null;
  overdue: boolean;
}

export interface ReviewObjective {
  number: number;
  text: string;
  actions: ReviewAction[];
}

export interface ReviewOverdue {
  number: string;
  text: string;
  timescale: string;
  latest: ReviewStatus;
  councilLead: PlanDocumentLead | null;
  thirdSectorLead: PlanDocumentLead | null;
}

/** statusSummary's counts (REV4): each action once overall; by sector, each lead once at the status they last reported. */
export interface ReviewSummary {
  overall: StatusTally;
  bySector: Record<ResultGroup, StatusTally>;
}

export interface ReviewKeyLearningGroup {
  /** The cluster's name, or null for the cards in no cluster. */
  name: string | null;
  texts: string[];
}

export interface ReviewKeyLearning {
  /** The question the (first) key-learning board asked; null when the workshop has no such board. */
  prompt: string | null;
  /** What the room agreed, most dots first. */
  agreed: string[];
  /** Everything on the boards: clusters in order, then the loose cards; hidden cards left out. */
  groups: ReviewKeyLearningGroup[];
}

export interface ReviewSurveyShares {
  answered: number;
  /** "Helpful" or "Very helpful" over those who answered; null when nobody did. */
  helpfulShare: number | null;
}

export interface ReviewSurveyRow extends ReviewSurveyShares {
  text: string;
  skipped: number;
  /** Each answer's share of those who answered the item; null when nobody did. */
  shares: Record<SurveyAnswer, number | null>;
  /** Council and third sector apart, or null when the split is not shown (SURV6). */
  bySector: Record<SurveySplitSector, ReviewSurveyShares> | null;
}

export interface ReviewSurveyResults {
  responseCount: number;
  eligibleCount: number;
  closedAt: string;
  scale: ReviewSurveyRow[];
  /** Whether any item is split by sector: the split needs enough responses from each sector. */
  sectorSplitShown: boolean;
  text: { question: string; answers: string[] }[];
}

export interface ReviewSurvey {
  status: SurveyStatus;
  responseCount: number;
  /** Null until the survey closes. */
  results: ReviewSurveyResults | null;
}

export interface ReviewDocument {
  title: string;
  area: string;
  generatedAt: string;
  /** The day progress is reported as of (YYYY-MM-DD), and against which "overdue" is judged. */
  asOf: string;
  /** A draft until the feedback survey has closed: its results complete the review. */
  draft: boolean;
  /** [HEALTH11] The health check's closed rounds and the change between them; absent until a round has closed. */
  healthCheck?: HealthCheckDocument;
  plan: { version: number; agreedAt: string; reviewDate: string | null; vision: string; principles: string[]; organisations: string[] };
  /** The number of a revised plan being drafted since that agreement, or null. */
  laterDraft: number | null;
  objectives: ReviewObjective[];
  summary: ReviewSummary;
  overdue: ReviewOverdue[];
  keyLearning: ReviewKeyLearning;
  survey: ReviewSurvey;
}

function statusOf(status: ProgressStatus | null): ReviewStatus {
  return status ? { status, words: PROGRESS_STATUS_WORDS[status], rag: STATUS_RAG[status] } : { status: null, words: NO_REPORT_WORDS, rag: 'grey' };
}

function report(update: ProgressUpdate): ReviewReport {
  return { ...statusOf(update.status), status: update.status, at: update.at, slot: update.slot, sector: update.sector, note: update.note, evidence: update.evidence };
}

function keyLearning(state: WorkshopState): ReviewKeyLearning {
  const boards = sessionsInOrder(state)
    .flatMap((s) => boardsOfSession(state, s.id))
    .filter((b) => b.kind === 'key_learning');
  const groups: ReviewKeyLearningGroup[] = [];
  for (const board of boards) {
    const visible = cardsOfBoard(state, board.id).filter((c) => !c.hidden);
    for (const cluster of clustersOfBoard(state, board.id)) groups.push({ name: cluster.name, texts: visible.filter((c) => c.clusterId === cluster.id).map((c) => c.text) });
    const loose = visible.filter((c) => c.clusterId === null).map((c) => c.text);
    if (loose.length > 0) groups.push({ name: null, texts: loose });
  }
  return { prompt: boards[0]?.prompt ?? null, agreed: agreedItemsOfKind(state, 'key_learning').map((i) => i.wording), groups };
}

function shareOf(count: number, answered: number): number | null {
  return answered === 0 ? null : count / answered;
}

function survey(state: WorkshopState): ReviewSurvey {
  const { status, responseCount, results, items } = state.survey;
  if (status !== 'closed' || !results) return { status, responseCount, results: null };
  const question = (itemId: string) => items.find((i) => i.id === itemId)?.text ?? '';
  const answeredOf = (counts: Record<SurveyAnswer, number>) => SURVEY_SCALE.reduce((n, a) => n + counts[a], 0);
  const scale = results.scale.map((r): ReviewSurveyRow => {
    const answered = answeredOf(r.counts);
    return {
      text: question(r.itemId),
      answered,
      skipped: r.skipped,
      helpfulShare: r.helpfulShare,
      shares: Object.fromEntries(SURVEY_SCALE.map((a) => [a, shareOf(r.counts[a], answered)])) as Record<SurveyAnswer, number | null>,
      bySector: r.bySector && {
        local_authority: { answered: answeredOf(r.bySector.local_authority.counts), helpfulShare: r.bySector.local_authority.helpfulShare },
        third_sector: { answered: answeredOf(r.bySector.third_sector.counts), helpfulShare: r.bySector.third_sector.helpfulShare },
      },
    };
  });
  return {
    status,
    responseCount,
    results: {
      responseCount: results.responseCount,
      eligibleCount: results.eligibleCount,
      closedAt: results.closedAt,
      scale,
      sectorSplitShown: scale.some((r) => r.bySector !== null),
      text: results.text.map((t) => ({ question: question(t.itemId), answers: [...t.answers] })),
    },
  };
}

/**
 * [REVEXP1] The review of the latest agreed plan as of `now` (ISO 8601; its UTC calendar day is the day overdue is
 * judged against, as everywhere in session five), or null before any version has been agreed.
 */
export function reviewDocument(state: WorkshopState, now: string): ReviewDocument | null {
  const version = latestAgreedVersion(state);
  const plan = version && planDocument(state, version.number, now);
  if (!version || !plan) return null;
  const today = calendarDay(now);
  // planDocument numbers the version's actions in the order agreedObjectives lists them: zip the two to find each id.
  const idsInOrder: ActionId[][] = agreedObjectives(version).map((o) => o.actions.map((a) => a.id));
  const snapshotActions = new Map(version.snapshot.actions.map((a) => [a.id, a]));
  const objectives = plan.objectives.map(
    (objective, i): ReviewObjective => ({
      number: objective.number,
      text: objective.text,
      actions: objective.actions.map((action, j): ReviewAction => {
        const id = idsInOrder[i]?.[j];
        const agreed = id === undefined ? undefined : snapshotActions.get(id);
        const history = id === undefined ? [] : actionHistory(state, id);
        const last = history.at(-1) ?? null;
        return {
          ...action,
          latest: { ...statusOf(last?.status ?? null), at: last?.at ?? null },
          history: history.map(report),
          dueBy: agreed?.timescale ? timescaleEnd(agreed.timescale) : null,
          overdue: agreed ? isOverdue(agreed, last, today) : false,
        };
      }),
    }),
  );
  const { overall, bySector } = statusSummary(state);
  const laterDraft = state.plan.status === 'agreed' && state.plan.nextVersion === version.number + 1 ? null : state.plan.nextVersion;
  return {
    title: state.meta.title,
    area: state.meta.area,
    generatedAt: now,
    asOf: today,
    draft: state.survey.status !== 'closed',
    plan: { version: version.number, agreedAt: version.agreedAt, reviewDate: plan.reviewDate, vision: plan.vision, principles: plan.principles, organisations: plan.organisations },
    laterDraft,
    objectives,
    summary: { overall, bySector },
    overdue: objectives.flatMap((o) =>
      o.actions.filter((a) => a.overdue).map((a) => ({ number: a.number, text: a.text, timescale: a.timescale, latest: a.latest, councilLead: a.councilLead, thirdSectorLead: a.thirdSectorLead })),
    ),
    keyLearning: keyLearning(state),
    survey: survey(state),
    ...withHealthCheck(healthCheckDocument(state, [1, 2])),
  };
}

const withHealthCheck = (healthCheck: HealthCheckDocument | null) => (healthCheck ? { healthCheck } : {});

/** The result groups a summary shows: council and third sector always, "other" only when some lead is in it. */
export function summaryGroups(summary: ReviewSummary): ResultGroup[] {
  return RESULT_GROUPS.filter((g) => g !== 'other' || summary.bySector.other.total > 0);
}
