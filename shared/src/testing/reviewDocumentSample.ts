import type { BoardPhase } from '../board/board';
import type { ActionId, BoardId, CardId, ClusterId, CommandId, MemberId } from '../ids/ids';
import { agreedObjectives, latestAgreedVersion } from '../review/progressSummary';
import { darlingtonPlan, largePlan, type SamplePlan } from './planDocumentSample';
import type { LeadSlot } from '../plan/plan';
import { SURVEY_SCALE, type SurveyAnswer } from '../survey/survey';
import { surveyResults, type SurveyResponse } from '../survey/surveyResults';
import type { Evidence, ProgressStatus } from '../review/progress';
import { reportProgress } from '../review/progressCommands';
import type { Actor } from '../command/actor';

/**
 * Session-five states for the tests of the review document and its exports, and for the export benchmark: an agreed
 * plan, leads' reports through the same transition a lead link runs, a key-learning board filled through the
 * board's commands, and a closed survey whose results come from the real aggregation. Dates are fixed, so a sample
 * is built the same every time; the review is read "as of" SAMPLE_REVIEW_NOW.
 */
export const SAMPLE_REVIEW_NOW = '2027-05-20T10:00:00.000Z';

export interface SampleReport {
  slot: LeadSlot;
  status: ProgressStatus;
  /** ISO 8601, after agreement and before SAMPLE_REVIEW_NOW. */
  at: string;
  note: string;
  evidence?: Evidence[];
}

/** Adds a lead's report on an action of the agreed plan, as their link would. */
export function report(plan: SamplePlan, actionId: ActionId, r: SampleReport): void {
  const payload = { commandId: `sample-report-${r.at}` as CommandId, actionId, slot: r.slot, status: r.status, note: r.note, evidence: r.evidence ?? [] };
  const result = reportProgress(plan.state, payload, { linkId: `sample-link-${r.slot}`, actionId, slot: r.slot }, { ...plan.ctx, now: r.at });
  if (!result.ok) throw new Error(`progress:report refused: ${result.error.message}`);
  plan.state = result.state;
}

/** The agreed version's action ids, in the plan's order. */
export function agreedActionIds(plan: SamplePlan): ActionId[] {
  const version = latestAgreedVersion(plan.state);
  if (!version) throw new Error('no agreed plan');
  return agreedObjectives(version).flatMap((o) => o.actions.map((a) => a.id));
}

function keyLearningBoard(plan: SamplePlan): BoardId {
  const board = Object.values(plan.state.boards).find((b) => b.kind === 'key_learning');
  if (!board) throw new Error('no key_learning board');
  return board.id;
}

/**
 * Fills the key-learning board through its commands: open contributions by `authors`, then `clusters` (a name and
 * the indexes of the cards it takes), then the room agrees the cards and clusters at `agreed` (card indexes, or
 * cluster names).
 */
export function keyLearning(plan: SamplePlan, authors: readonly Actor[], cards: readonly string[], clusters: readonly { name: string; cards: number[] }[], agreed: readonly (number | string)[]): void {
  const boardId = keyLearningBoard(plan);
  const step = (from: BoardPhase, to: BoardPhase) => plan.run(plan.lead, 'board:setPhase', { boardId, from, to });
  plan.run(plan.lead, 'board:configure', { boardId, contributing: 'open' });
  step('draft', 'contribute');
  const cardIds = cards.map((text, i) => plan.run(authors[i % authors.length]!, 'card:add', { boardId, text }).cardId as CardId);
  step('contribute', 'reveal');
  step('reveal', 'group');
  const clusterIds = new Map<string, ClusterId>();
  for (const c of clusters) {
    const clusterId = plan.run(plan.lead, 'cluster:add', { boardId, name: c.name }).clusterId as ClusterId;
    clusterIds.set(c.name, clusterId);
    for (const i of c.cards) plan.run(plan.lead, 'card:move', { cardId: cardIds[i]!, clusterId });
  }
  step('group', 'vote');
  step('vote', 'results');
  step('results', 'agree');
  for (const a of agreed) plan.run(plan.lead, 'item:agree', { itemId: typeof a === 'number' ? cardIds[a]! : clusterIds.get(a)! });
}

/** Closes the survey with `responses`, its results computed as the server computes them (a fixed order for text answers). */
export function closeSurvey(plan: SamplePlan, responses: readonly SurveyResponse[], eligibleCount: number, closedAt = SAMPLE_REVIEW_NOW): void {
  const results = surveyResults(plan.state.survey.items, responses, { eligibleCount, closedAt, random: () => 0 });
  plan.state = { ...plan.state, survey: { ...plan.state.survey, status: 'closed', openedAt: plan.state.survey.openedAt ?? closedAt, responseCount: responses.length, results } };
}

/** A response giving every scale item the same answer (or the answers in turn), and a text for the text items. */
export function sampleResponse(plan: SamplePlan, sector: SurveyResponse['sector'], answer: SurveyAnswer | ((i: number) => SurveyAnswer | null), text = ''): SurveyResponse {
  const answers: Record<string, SurveyAnswer | null> = {};
  const texts: Record<string, string> = {};
  plan.state.survey.items.forEach((item, i) => {
    if (item.kind === 'scale') answers[item.id] = typeof answer === 'string' ? answer : answer(i);
    else if (text) texts[item.id] = text;
  });
  return { sector, answers, texts };
}

/**
 * Darlington's plan (planDocumentSample.ts) agreed on 20 November 2026 and reviewed on 20 May 2027: reports from both
 * leads on some actions (one with evidence and a link, one dropped, one at risk), one action past its timescale
 * without a report, a key-learning board with a cluster and agreed items, and a survey closed with 4 responses (too
 * few to split by sector) and two free-text answers.
 */
export function darlingtonReview() {
  const sample = darlingtonPlan();
  const { plan, priya, tom, agnieszka, dave } = sample;
  plan.agree();
  const [audit, volunteering, strategy, training, , terms, factsheets] = agreedActionIds(plan);
  report(plan, audit!, { slot: 'councilLead', status: 'on_track', at: '2027-01-15T09:00:00.000Z', note: 'First meeting held; CVS directory shared.' });
  report(plan, audit!, {
    slot: 'thirdSectorLead',
    status: 'at_risk',
    at: '2027-03-02T14:30:00.000Z',
    note: 'Half the organisations have replied; the database needs a host.',
    evidence: [{ text: 'Survey of providers, 42 replies', url: 'https://example.org/darlington/audit' }, { text: 'Minutes of the April forum', url: null }],
  });
  report(plan, volunteering!, { slot: 'councilLead', status: 'done', at: '2027-04-10T11:00:00.000Z', note: 'Strategy adopted by Cabinet.' });
  report(plan, strategy!, { slot: 'thirdSectorLead', status: 'on_track', at: '2027-02-01T10:00:00.000Z', note: '' });
  report(plan, training!, { slot: 'councilLead', status: 'dropped', at: '2027-03-20T16:00:00.000Z', note: 'Folded into the county training programme.' });
  report(plan, terms!, { slot: 'thirdSectorLead', status: 'not_started', at: '2027-02-20T09:00:00.000Z', note: 'Waiting for the council post to be filled.' });
  void factsheets; // due in Q1 2027 and never reported on: overdue by the review

  keyLearning(
    plan,
    [priya, tom, agnieszka, dave],
    ['Meeting on neutral ground', 'Having both leads named for every action', 'Time to listen before deciding', 'An independent facilitator', 'Sharing the budget pressures openly'],
    [{ name: 'How we met', cards: [0, 3] }],
    ['How we met', 1],
  );

  closeSurvey(
    plan,
    [
      sampleResponse(plan, 'local_authority', 'very_helpful', 'We now co-chair the commissioning panel.'),
      sampleResponse(plan, 'local_authority', (i) => (i % 2 === 0 ? 'helpful' : 'neither')),
      sampleResponse(plan, 'third_sector', (i) => (i === 0 ? null : 'partially_helpful'), 'I called the council lead directly for the first time.'),
      sampleResponse(plan, 'third_sector', 'not_helpful'),
    ],
    5,
  );
  return { ...sample, plan };
}

/** A plan of `objectives` × `actionsPerObjective` actions, agreed, with `reportsPerAction` reports on each, and a closed survey split by sector. */
export function largeReview(objectives: number, actionsPerObjective: number, reportsPerAction: number): SamplePlan {
  const plan = largePlan(objectives, actionsPerObjective);
  plan.agree();
  const statuses: ProgressStatus[] = ['not_started', 'on_track', 'at_risk', 'done', 'dropped'];
  agreedActionIds(plan).forEach((actionId, i) => {
    for (let r = 0; r < reportsPerAction; r += 1) {
      const day = String(1 + ((i + r) % 28)).padStart(2, '0');
      report(plan, actionId, {
        slot: r % 2 === 0 ? 'councilLead' : 'thirdSectorLead',
        status: statuses[(i + r) % statuses.length]!,
        at: `2027-0${r + 1}-${day}T09:00:00.000Z`,
        note: 'Met the thematic group chairs; the terms of reference are drafted and go to the partnership board next month for sign-off.',
        evidence: r === reportsPerAction - 1 ? [{ text: 'Draft terms of reference', url: 'https://example.org/wigan/terms' }] : [],
      });
    }
  });
  const participants = Object.values(plan.state.members)
    .filter((m) => m.role === 'participant')
    .map((m): Actor => ({ memberId: m.id as MemberId, role: 'participant' }));
  const learning = Array.from({ length: 12 }, (_, i) => `Something that helped us work together across the sectors, number ${i + 1}`);
  keyLearning(plan, participants, learning, [{ name: 'Ways of meeting', cards: [0, 1, 2] }], ['Ways of meeting', 3, 4]);
  const responses: SurveyResponse[] = [];
  for (let i = 0; i < 24; i += 1) responses.push(sampleResponse(plan, i % 2 === 0 ? 'local_authority' : 'third_sector', SURVEY_SCALE[i % SURVEY_SCALE.length]!, i % 3 === 0 ? `Something we did differently, number ${i}.` : ''));
  closeSurvey(plan, responses, 30);
  return plan;
}
