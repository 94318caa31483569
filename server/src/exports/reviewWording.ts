import type { ResultGroup } from '@roundtable/shared/board/board';
import { SLOT_SECTOR, type LeadSlot } from '@roundtable/shared/plan/plan';
import type { PlanDocumentLead } from '@roundtable/shared/plan/planDocument';
import { PROGRESS_STATUSES, STATUS_RAG, type Evidence, type ProgressStatus, type Rag } from '@roundtable/shared/review/progress';
import { PROGRESS_STATUS_WORDS, type ReviewDocument, type ReviewReport, type ReviewStatus, type ReviewSurveyResults } from '@roundtable/shared/review/reviewDocument';
import { SMALL_GROUP_MIN } from '@roundtable/shared/members/smallGroups';
import { SURVEY_SCALE_LABELS, type SurveyAnswer } from '@roundtable/shared/survey/survey';
import { dayText, EXPORT_WORDING, fileSlug, printable, printableLines, type PageWords } from './exportWording';
import { PLAN_WORDING, printableAction, printableAims, printableLead } from './planWording';

/** "DRAFT · as of 20 May 2027" or "As of 20 May 2027": the running header's last part. */
function headerAsOfText(doc: ReviewDocument): string {
  return doc.draft ? `DRAFT · as of ${dayText(doc.asOf)}` : `As of ${dayText(doc.asOf)}`;
}

function subtitle(doc: ReviewDocument): string {
  return `Review of the partnership improvement action plan · ${doc.area}`;
}

/** "67%"; a dash when nobody answered. */
function percentText(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

const SLOT_WORDS: Readonly<Record<LeadSlot, string>> = { councilLead: 'council lead', thirdSectorLead: 'third-sector lead' };

/** The survey table's columns after the item: the helpful share (in bold), each answer most helpful first, and how many answered. */
export const SURVEY_ANSWER_ORDER: readonly SurveyAnswer[] = ['very_helpful', 'helpful', 'neither', 'partially_helpful', 'not_helpful'];

const SUMMARY_GROUP_TITLES: Readonly<Record<ResultGroup, string>> = { local_authority: 'Council leads', third_sector: 'Third-sector leads', other: 'Other leads' };

/** The statuses the summary counts, in its rows' order. */
export const SUMMARY_STATUSES = PROGRESS_STATUSES;

/** A row of the summary: a status with its words and colour. */
export function summaryStatus(status: ProgressStatus): ReviewStatus {
  return { status, words: PROGRESS_STATUS_WORDS[status], rag: STATUS_RAG[status] };
}

/** Light tints behind a status's words (dark text on each keeps a contrast above 7:1). */
export const RAG_FILL: Readonly<Record<Rag, string>> = { green: 'D9EAD3', amber: 'FFE5B4', red: 'F4CCCC', grey: 'E7E6E6' };

/** A link prints as a link only when it is a web address; anything else stays text. */
export function webUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * The words of the review report's exports (REVEXP1), so its Word, PDF and Markdown files say the same things. A
 * status is always printed in words; Word and PDF also shade its cell in the status's RAG colour (RAG_FILL).
 */
export const REVIEW_WORDING = {
  noun: 'review report',
  subtitle,
  pages: (doc: ReviewDocument): PageWords => ({
    title: `${doc.title}: review (${headerAsOfText(doc)})`,
    subject: subtitle(doc),
    header: { workshop: doc.title, label: 'Review', status: headerAsOfText(doc) },
    draft: doc.draft,
  }),
  /** The file a format of the review downloads as: `<slug>-review-<YYYY-MM-DD>[-draft].<ext>`. */
  fileName: (doc: ReviewDocument, extension: string) => `${fileSlug(doc.title)}-review-${doc.asOf}${doc.draft ? '-draft' : ''}.${extension}`,

  /** [REVEXP2] Before any version of the plan has been agreed. */
  notAgreedYet: 'The review report is made once the action plan has been agreed: no version has been agreed yet.',

  summaryTitle: 'Summary',
  overdueTitle: 'Overdue actions',
  progressTitle: 'Progress on each action',
  visionTitle: 'Our vision, revisited',
  visionQuestion: 'Does this still describe what we are working towards together?',
  principlesTitle: EXPORT_WORDING.principlesTitle,
  keyLearningTitle: 'Key learning',
  keyLearningAgreed: 'What the group agreed',
  keyLearningAll: 'Everything on the board',
  keyLearningLoose: 'Not grouped',
  surveyTitle: 'Feedback on the programme',
  surveyTableIntro: 'How helpful was the programme in enabling you to:',
  surveySectorTitle: 'By sector',
  surveyTextNone: 'No answers.',

  statusTableColumns: [...PLAN_WORDING.actionColumns, 'Latest status'] as const,
  historyColumns: ['Action', 'Date', 'Reported by', 'Status', 'Note and evidence'] as const,
  overdueColumns: ['Action', 'Timescale', 'Latest status', 'Leads'] as const,
  surveyColumns: ['Item', EXPORT_WORDING.helpfulShareTitle, ...SURVEY_ANSWER_ORDER.map((a) => SURVEY_SCALE_LABELS[a]), 'Answered'] as const,
  surveySectorColumns: ['Item', 'Council: helpful or very helpful', 'Third sector: helpful or very helpful'] as const,

  noObjectives: 'The agreed plan has no objectives.',
  noActions: 'No actions under this objective.',
  noHistory: 'No reports on these actions since the plan was agreed.',
  nothingOverdue: 'Nothing is overdue.',
  noVision: 'The agreed plan has no vision written.',
  noPrinciples: 'The agreed plan has no key principles.',
  noKeyLearning: 'Nothing on the key-learning board yet.',
  nothingAgreed: `${EXPORT_WORDING.nothingAgreed}.`,
  notShownBySector: `Not shown by sector: fewer than ${SMALL_GROUP_MIN} responses from council or from third-sector participants, so a small group's answers could be read off.`,

  /** The summary's columns: the status, all actions, then the sectors' leads it shows. */
  summaryColumns: (groups: readonly ResultGroup[]) => ['Status', 'All actions', ...groups.map((g) => SUMMARY_GROUP_TITLES[g])],
  summaryTotal: 'Total',
  summaryExplain:
    'Each action counts once under "All actions", at its latest status from either lead. Under a sector, each lead counts once, at the status they last reported themselves, so those columns add up to the number of leads. An action no lead has reported on counts as not started.',

  /** The prominent line under the title. */
  asOfText: (doc: ReviewDocument) => (doc.draft ? `DRAFT: progress as of ${dayText(doc.asOf)}; the feedback survey has not closed yet` : `Progress as of ${dayText(doc.asOf)}`),
  headerAsOfText,
  basisText: (doc: ReviewDocument) => {
    const review = doc.plan.reviewDate ? ` ${PLAN_WORDING.jointReviewByText(doc.plan.reviewDate)}` : '';
    return `Reviewing version ${doc.plan.version} of the action plan, agreed on ${dayText(doc.plan.agreedAt)}.${review}`;
  },
  laterDraftText: (doc: ReviewDocument) =>
    doc.laterDraft === null ? null : `The plan has changed since: a draft of version ${doc.laterDraft} is being prepared. This review is of version ${doc.plan.version} as agreed.`,
  generatedText: EXPORT_WORDING.generatedText,
  objectiveHeading: EXPORT_WORDING.objectiveHeading,
  /** The label over an objective's table of reports. */
  historyHeading: (objective: { number: number }) => `Objective ${objective.number}: history since agreement`,
  leadText: (lead: PlanDocumentLead | null) => {
    if (!lead) return 'No lead';
    return lead.organisation ? `${lead.name}, ${lead.organisation}` : lead.name;
  },
  dueByText: (dueBy: string | null) => (dueBy ? `due by ${dayText(dueBy)}` : ''),
  overdueMark: 'Overdue',
  notReportedText: (n: number) => (n === 0 ? null : `Of those not started, ${n} ${n === 1 ? 'action has' : 'actions have'} no report yet.`),
  /** Who reported: the lead's sector, and which lead when the sector is not the one the slot expects (a lead exception). */
  reportedByText: (report: Pick<ReviewReport, 'slot' | 'sector'>) => {
    const sector = EXPORT_WORDING.sectorNames[report.sector];
    return report.sector === SLOT_SECTOR[report.slot] ? sector : `${sector} (as ${SLOT_WORDS[report.slot]})`;
  },
  evidenceLabel: 'Evidence:',
  percentText,
  responsesText: (results: ReviewSurveyResults) => {
    const rate = results.eligibleCount === 0 ? '' : ` (${percentText(results.responseCount / results.eligibleCount)} response rate)`;
    return `${results.responseCount} ${results.responseCount === 1 ? 'response' : 'responses'} from ${results.eligibleCount} participants${rate}; closed on ${dayText(results.closedAt)}. Answers are anonymous; shares are of those who answered each item.`;
  },
  surveyNotClosedText: (doc: ReviewDocument) => {
    if (doc.survey.status === 'open') return `The feedback survey is still open (${doc.survey.responseCount} ${doc.survey.responseCount === 1 ? 'response' : 'responses'} so far): its results appear here once it closes.`;
    return 'The feedback survey has not been run yet: its results appear here once it has closed.';
  },
  /** A sector's helpful share with how many answered: "80% (5)". */
  sectorShareText: (s: { answered: number; helpfulShare: number | null }) => `${percentText(s.helpfulShare)} (${s.answered})`,
} as const;

function printableEvidence(e: Evidence): Evidence {
  return { text: printable(e.text), url: e.url === null ? null : printable(e.url) };
}

/** Every text of the review that people typed, made printable; notes and the vision keep their line breaks. */
export function printableReview(doc: ReviewDocument): ReviewDocument {
  return {
    ...doc,
    title: printable(doc.title),
    area: printable(doc.area),
    plan: printableAims(doc.plan),
    objectives: doc.objectives.map((o) => ({
      ...o,
      text: printable(o.text),
      actions: o.actions.map((a) => ({ ...printableAction(a), history: a.history.map((h) => ({ ...h, note: printableLines(h.note), evidence: h.evidence.map(printableEvidence) })) })),
    })),
    overdue: doc.overdue.map((o) => ({ ...o, text: printable(o.text), councilLead: printableLead(o.councilLead), thirdSectorLead: printableLead(o.thirdSectorLead) })),
    keyLearning: {
      prompt: doc.keyLearning.prompt === null ? null : printable(doc.keyLearning.prompt),
      agreed: doc.keyLearning.agreed.map(printable),
      groups: doc.keyLearning.groups.map((g) => ({ name: g.name === null ? null : printable(g.name), texts: g.texts.map(printable) })),
    },
    survey: {
      ...doc.survey,
      results: doc.survey.results && {
        ...doc.survey.results,
        scale: doc.survey.results.scale.map((r) => ({ ...r, text: printable(r.text) })),
        text: doc.survey.results.text.map((t) => ({ question: printable(t.question), answers: t.answers.map(printableLines) })),
      },
    },
  };
}
