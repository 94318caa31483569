import type { HealthAnswer, HealthCheckStatus, HealthSplitSector } from '@roundtable/shared/healthCheck/healthCheck';

const roundWord = (round: number) => (round === 1 ? 'one' : round === 2 ? 'two' : String(round));
/** A median on the 1-5 scale in words: a rating's name, or "between" two when it falls halfway. */
const SCALE_WORDS = ['Not at all', 'A little', 'Partly', 'Mostly', 'Fully'];
const medianWords = (median: number) =>
  Number.isInteger(median) ? (SCALE_WORDS[median - 1] ?? String(median)) : `Between ${(SCALE_WORDS[Math.floor(median) - 1] ?? '').toLowerCase()} and ${(SCALE_WORDS[Math.ceil(median) - 1] ?? '').toLowerCase()}`;
const figure = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The partnership health check's text: the participant's form, the facilitators' controls and the results (plugged into messagesEn). */
export const healthCheckMessagesEn = {
  heading: 'Partnership health check',
  roundHeading: (round: number) => `Partnership health check, round ${roundWord(round)}`,
  roundName: (round: number) => `Round ${roundWord(round)}`,
  status: { not_started: 'Not started', open: 'Open for ratings', closed: 'Closed' } satisfies Record<HealthCheckStatus, string>,
  source: 'The twelve success factors of partnership working between sectors, from “Collaborate, survive and thrive” (Vicky Ling, 2018).',

  /** The scale's words (HEALTH_RATING_LABELS). */
  answers: { not_at_all: 'Not at all', a_little: 'A little', partly: 'Partly', mostly: 'Mostly', fully: 'Fully', dont_know: 'Don’t know' } satisfies Record<HealthAnswer, string>,
  sectors: { local_authority: 'Council', third_sector: 'Third sector' } satisfies Record<HealthSplitSector, string>,

  // The participant's form.
  notStarted: 'The health check has not started. The facilitators will open it during the session.',
  question: 'How well does our local partnership do each of these?',
  anonymity: 'Your ratings are stored without your name. Everyone sees only totals, after the facilitators close this round.',
  once: 'You can send your ratings once, and not change them afterwards. Choose “Don’t know” or leave a factor blank if you are not sure.',
  factorLegend: (number: number, title: string) => `${number}. ${title}`,
  commentLabel: 'Anything you would like to add (optional)',
  send: 'Send my ratings',
  sending: 'Sending your ratings…',
  waitingToSend: 'Your ratings are kept on this device and will be sent as soon as the connection is back.',
  progress: (answered: number, total: number) => `${answered} of ${total} factors answered`,
  nothingToSend: 'Rate at least one factor, or choose “Don’t know”, before sending.',
  thanks: 'Thank you — your ratings are in.',
  thanksResults: 'The results will appear here when the facilitators close this round.',
  closedUnanswered: 'This round has closed.',

  // The facilitators' console.
  consoleIntro: 'Each participant rates privately how well the local partnership does each of the twelve success factors: round one at the start of the programme, round two at the review. Ratings are anonymous; results are shown once a round closes.',
  inSession: (session: number, title: string) => `In session ${session}: ${title}`,
  answeredSoFar: (answered: number, of: number) => `${answered} of ${of} participants have answered`,
  open: 'Open this round',
  openQuestion: 'Open this round? Participants can then rate the factors; the factors cannot change.',
  openConfirm: 'Open it',
  close: 'Close this round',
  closeQuestion: 'Close this round and publish its results to everyone? It cannot be reopened.',
  closeConfirm: 'Close and publish',
  remove: 'Remove this round',
  removeQuestion: 'Remove this round from its session? You can add it to another session.',
  removeConfirm: 'Remove it',
  addHeading: (round: number) => `Add round ${roundWord(round)}`,
  addSession: 'Session',
  addSessionOption: (number: number, title: string) => `Session ${number}: ${title}`,
  add: 'Add to the session',
  noRounds: 'This workshop has no health check yet.',

  // Results.
  resultsHeading: (round: number) => `Results of round ${roundWord(round)}`,
  overviewCaption: (round: number) => `Round ${roundWord(round)} at a glance: each factor’s middle rating, from 1 (not at all) to 5 (fully)`,
  factorColumn: 'Factor',
  factorsHeading: 'Factor by factor',
  responses: (count: number, of: number) => `${count} of ${of} participants answered.`,
  median: (median: number) => `${medianWords(median)} (${figure(median)} of 5)`,
  medianLabel: 'Middle rating',
  noRatings: 'Nobody rated this factor.',
  distributionLabel: (title: string) => `How people rated “${title}”`,
  dontKnowCount: (n: number) => `Don’t know: ${n}`,
  skippedCount: (n: number) => `Left blank: ${n}`,
  bySector: (sector: string, median: string) => `${sector}: ${median}`,
  sectorNoRatings: 'no ratings',
  notBySector: (min: number) => `Not shown by sector: fewer than ${min} people of each sector rated it.`,
  differencesHeading: 'Where council and third sector differ most',
  differencesNone: (min: number) => `No factor can be compared by sector yet: a factor is compared once ${min} people of each sector have rated it, and their middle ratings differ.`,
  difference: (council: string, thirdSector: string) => `Council ${council}; third sector ${thirdSector}`,
  commentsHeading: 'Comments',
  noComments: 'Nobody added a comment.',
  weakHeading: 'Weak factors: make one an objective',
  weakIntro: 'Factors rated “Partly” or lower in the middle. Each can become a draft objective of the action plan, to reword there.',
  weakNone: 'No factor has a middle rating of “Partly” or lower.',
  draftObjective: 'Draft an objective',
  draftObjectiveLabel: (title: string) => `Draft an objective from “${title}”`,
  objectiveText: (title: string, description: string) => `To improve how our partnership does this: ${title} — ${description}`,
  objectiveAdded: (title: string) => `“${title}” is now a draft objective in the action plan.`,

  // The change between rounds.
  changeHeading: 'What changed from round one to round two',
  changeIntro: 'Each factor’s middle rating in round one and in round two.',
  changeRow: (one: string, two: string) => `Round one ${one}; round two ${two}`,
  changeUp: (by: number) => `up ${figure(by)}`,
  changeDown: (by: number) => `down ${figure(by)}`,
  changeSame: 'no change',
  changeUnknown: 'not comparable',
  noRatingShort: 'no ratings',
  roundShort: (round: number) => `Round ${round}`,
};
