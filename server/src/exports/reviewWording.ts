import type { ResultGroup } from '@roundtable/shared/board/board';
import { SLOT_SECTOR, type LeadSlot } from '@roundtable/shared/plan/plan';
import type { PlanDocumentLead } from '@roundtable/shared/plan/planDocument';
import { PROGRESS_STATUSES, STATUS_RAG, type Evidence, type ProgressStatus, type Rag } from '@roundtable/shared/review/progress';
import { PROGRESS_STATUS_WORDS, type ReviewDocument, type ReviewReport, type ReviewStatus, type ReviewSurveyResults } from '@roundtable/shared/review/reviewDocument';
import { SURVEY_MIN_RESPONSES_PER_SECTOR, SURVEY_SCALE_LABELS, type SurveyAnswer, type SurveySplitSector } from '@roundtable/shared/survey/survey';
import { dayText, fileSlug, printable, printableLines, SECTOR_NAMES } from './exportWording';

/**
 * The words of the review report's exports, so its Word, PDF and Markdown files say the same things. A status is
 * always printed in words; Word and PDF also shade its cell in the status's RAG colour.
 */

export const SUMMARY_TITLE = 'Summary';
export const OVERDUE_TITLE = 'Overdue actions';
export const PROGRESS_TITLE = 'Progress on each action';
export const VISION_TITLE = 'Our vision, revisited';
export const VISION_QUESTION = 'Does this still describe what we are working towards together?';
export const PRINCIPLES_TITLE = 'Key principles';
export const KEY_LEARNING_TITLE = 'Key learning';
export const KEY_LEARNING_AGREED = 'What the group agreed';
export const KEY_LEARNING_ALL = 'Everything on the board';
export const KEY_LEARNING_LOOSE = 'Not grouped';
export const SURVEY_TITLE = 'Feedback on the programme';
export const SURVEY_TABLE_INTRO = 'How helpful was the programme in enabling you to:';
export const SURVEY_SECTOR_TITLE = 'By sector';
export const SURVEY_TEXT_NONE = 'No answers.';

export const STATUS_TABLE_COLUMNS = ['Action', 'Council lead', 'Third-sector lead', 'Timescale', 'Latest status'] as const;
export const HISTORY_COLUMNS = ['Action', 'Date', 'Reported by', 'Status', 'Note and evidence'] as const;
export const OVERDUE_COLUMNS = ['Action', 'Timescale', 'Latest status', 'Leads'] as const;
export const HELPFUL_COLUMN = 'Helpful or very helpful';
/** The survey table's columns after the item: the helpful share (in bold), each answer most helpful first, and how many answered. */
export const SURVEY_ANSWER_ORDER: readonly SurveyAnswer[] = ['very_helpful', 'helpful', 'neither', 'partially_helpful', 'not_helpful'];
export const SURVEY_COLUMNS = ['Item', HELPFUL_COLUMN, ...SURVEY_ANSWER_ORDER.map((a) => SURVEY_SCALE_LABELS[a]), 'Answered'] as const;
export const SURVEY_SECTOR_COLUMNS = ['Item', 'Council: helpful or very helpful', 'Third sector: helpful or very helpful'] as const;
export const SURVEY_SPLIT_SECTORS_SHOWN: readonly SurveySplitSector[] = ['local_authority', 'third_sector'];

export const NO_OBJECTIVES = 'The agreed plan has no objectives.';
export const NO_ACTIONS = 'No actions under this objective.';
export const NO_HISTORY = 'No reports on these actions since the plan was agreed.';
export const NOTHING_OVERDUE = 'Nothing is overdue.';
export const NO_VISION = 'The agreed plan has no vision written.';
export const NO_PRINCIPLES = 'The agreed plan has no key principles.';
export const NO_KEY_LEARNING = 'Nothing on the key-learning board yet.';
export const NOTHING_AGREED = 'Nothing agreed yet.';
export const NOT_SHOWN_BY_SECTOR = `Not shown by sector: fewer than ${SURVEY_MIN_RESPONSES_PER_SECTOR} responses from council or from third-sector participants, so a small group's answers could be read off.`;

/** Light tints behind a status's words (dark text on each keeps a contrast above 7:1). */
export const RAG_FILL: Readonly<Record<Rag, string>> = { green: 'D9EAD3', amber: 'FFE5B4', red: 'F4CCCC', grey: 'E7E6E6' };

export const SUMMARY_GROUP_TITLES: Readonly<Record<ResultGroup, string>> = { local_authority: 'Council leads', third_sector: 'Third-sector leads', other: 'Other leads' };
export const SUMMARY_STATUSES = PROGRESS_STATUSES;
export const SUMMARY_ALL = 'All actions';

/** A row of the summary: a status with its words and colour. */
export function summaryStatus(status: ProgressStatus): ReviewStatus {
  return { status, words: PROGRESS_STATUS_WORDS[status], rag: STATUS_RAG[status] };
}
export const SUMMARY_TOTAL = 'Total';
export const SUMMARY_EXPLAIN =
  'Each action counts once under "All actions", at its latest status from either lead. Under a sector, each lead counts once, at the status they last reported themselves, so those columns add up to the number of leads. An action no lead has reported on counts as not started.';

export function reviewSubtitle(doc: ReviewDocument): string {
  return `Review of the partnership improvement action plan · ${doc.area}`;
}

/** The prominent line under the title. */
export function asOfText(doc: ReviewDocument): string {
  return doc.draft ? `DRAFT: progress as of ${dayText(doc.asOf)}; the feedback survey has not closed yet` : `Progress as of ${dayText(doc.asOf)}`;
}

/** The running header's last part: "DRAFT · as of 20 May 2027" or "As of 20 May 2027". */
export function headerAsOfText(doc: ReviewDocument): string {
  return doc.draft ? `DRAFT · as of ${dayText(doc.asOf)}` : `As of ${dayText(doc.asOf)}`;
}

export function basisText(doc: ReviewDocument): string {
  const review = doc.plan.reviewDate ? ` Joint review by ${dayText(doc.plan.reviewDate)}.` : '';
  return `Reviewing version ${doc.plan.version} of the action plan, agreed on ${dayText(doc.plan.agreedAt)}.${review}`;
}

export function laterDraftText(doc: ReviewDocument): string | null {
  return doc.laterDraft === null ? null : `The plan has changed since: a draft of version ${doc.laterDraft} is being prepared. This review is of version ${doc.plan.version} as agreed.`;
}

export function generatedText(doc: ReviewDocument): string {
  return `Generated on ${dayText(doc.generatedAt)}.`;
}

export function objectiveHeading(objective: { number: number; text: string }): string {
  return `Objective ${objective.number}: ${objective.text}`;
}

/** The label over an objective's table of reports. */
export function historyHeading(objective: { number: number }): string {
  return `Objective ${objective.number}: history since agreement`;
}

export function leadText(lead: PlanDocumentLead | null): string {
  if (!lead) return 'No lead';
  return lead.organisation ? `${lead.name}, ${lead.organisation}` : lead.name;
}

export function dueByText(dueBy: string | null): string {
  return dueBy ? `due by ${dayText(dueBy)}` : '';
}

export const OVERDUE_MARK = 'Overdue';

export function notReportedText(n: number): string | null {
  return n === 0 ? null : `Of those not started, ${n} ${n === 1 ? 'action has' : 'actions have'} no report yet.`;
}

/** Who reported: the lead's sector, and which lead when the sector is not the one the slot expects (a lead exception). */
export function reportedByText(report: Pick<ReviewReport, 'slot' | 'sector'>): string {
  const sector = SECTOR_NAMES[report.sector];
  return report.sector === SLOT_SECTOR[report.slot] ? sector : `${sector} (as ${SLOT_WORDS[report.slot]})`;
}

const SLOT_WORDS: Readonly<Record<LeadSlot, string>> = { councilLead: 'council lead', thirdSectorLead: 'third-sector lead' };

/** A link prints as a link only when it is a web address; anything else stays text. */
export function webUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export const EVIDENCE_LABEL = 'Evidence:';

/** "67%"; a dash when nobody answered. */
export function percentText(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

export function responsesText(results: ReviewSurveyResults): string {
  const rate = results.eligibleCount === 0 ? '' : ` (${percentText(results.responseCount / results.eligibleCount)} response rate)`;
  return `${results.responseCount} ${results.responseCount === 1 ? 'response' : 'responses'} from ${results.eligibleCount} participants${rate}; closed on ${dayText(results.closedAt)}. Answers are anonymous; shares are of those who answered each item.`;
}

export function surveyNotClosedText(doc: ReviewDocument): string {
  if (doc.survey.status === 'open') return `The feedback survey is still open (${doc.survey.responseCount} ${doc.survey.responseCount === 1 ? 'response' : 'responses'} so far): its results appear here once it closes.`;
  return 'The feedback survey has not been run yet: its results appear here once it has closed.';
}

/** A sector's helpful share with how many answered: "80% (5)". */
export function sectorShareText(s: { answered: number; helpfulShare: number | null }): string {
  return `${percentText(s.helpfulShare)} (${s.answered})`;
}

/** The file a format of the review downloads as: `<slug>-review-<YYYY-MM-DD>[-draft].<ext>`. */
export function reviewFileName(doc: ReviewDocument, extension: string): string {
  return `${fileSlug(doc.title)}-review-${doc.asOf}${doc.draft ? '-draft' : ''}.${extension}`;
}

function printableLead(lead: PlanDocumentLead | null): PlanDocumentLead | null {
  return lead && { name: printable(lead.name), organisation: printable(lead.organisation) };
}

function printableEvidence(e: Evidence): Evidence {
  return { text: printable(e.text), url: e.url === null ? null : printable(e.url) };
}

/** Every text of the review that people typed, made printable; notes and the vision keep their line breaks. */
export function printableReview(doc: ReviewDocument): ReviewDocument {
  return {
    ...doc,
    title: printable(doc.title),
    area: printable(doc.area),
    plan: { ...doc.plan, vision: printableLines(doc.plan.vision), principles: doc.plan.principles.map(printable).filter(Boolean), organisations: doc.plan.organisations.map(printable) },
    objectives: doc.objectives.map((o) => ({
      ...o,
      text: printable(o.text),
      actions: o.actions.map((a) => ({
        ...a,
        text: printable(a.text),
        councilLead: printableLead(a.councilLead),
        thirdSectorLead: printableLead(a.thirdSectorLead),
        notes: printableLines(a.notes),
        leadException: a.leadException === null ? null : printable(a.leadException),
        history: a.history.map((h) => ({ ...h, note: printableLines(h.note), evidence: h.evidence.map(printableEvidence) })),
      })),
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
