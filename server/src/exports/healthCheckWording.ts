import { HEALTH_RATING_LABELS, HEALTH_RATINGS } from '@roundtable/shared/healthCheck/healthCheck';
import type { HealthCheckDocumentFactor, HealthCheckDocumentRound } from '@roundtable/shared/healthCheck/healthCheckDocument';
import { SMALL_GROUP_MIN } from '@roundtable/shared/members/smallGroups';

const figure = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const SCALE = HEALTH_RATINGS.map((r) => HEALTH_RATING_LABELS[r]);

/** A median in words and figures: "Mostly (4 of 5)", or "Between partly and mostly (3.5 of 5)"; a dash without ratings. */
function medianText(median: number | null): string {
  if (median === null) return 'No ratings';
  const words = Number.isInteger(median) ? SCALE[median - 1]! : `Between ${SCALE[Math.floor(median) - 1]!.toLowerCase()} and ${SCALE[Math.ceil(median) - 1]!.toLowerCase()}`;
  return `${words} (${figure(median)} of 5)`;
}

/** [HEALTH11] The health check's words in every document (the profile's and the review report's). */
export const HEALTH_CHECK_WORDING = {
  title: 'Partnership health check',
  source: 'How well our local partnership does each of the twelve success factors of collaboration (“Collaborate, survive and thrive”, Vicky Ling, 2018), rated privately by each participant: Not at all (1), A little (2), Partly (3), Mostly (4), Fully (5), or Don’t know.',
  roundTitle: (round: number) => `Round ${round === 1 ? 'one' : 'two'}`,
  responsesText: (r: HealthCheckDocumentRound) => `${r.responseCount} of ${r.eligibleCount} participants answered; closed ${r.closedAt.slice(0, 10)}.`,
  medianText,
  columns: ['Factor', 'Middle rating', ...SCALE, 'Don’t know'],
  countsOf: (f: HealthCheckDocumentFactor) => [...HEALTH_RATINGS.map((r) => String(f.counts[r])), String(f.dontKnow)],
  factorText: (f: { number: number; title: string }) => `${f.number}. ${f.title}`,
  sectorTitle: 'Council and third sector',
  sectorColumns: ['Factor', 'Council', 'Third sector'],
  notSplit: '–',
  sectorNote: `A factor is shown by sector only when at least ${SMALL_GROUP_MIN} people of each sector rated it; “–” marks those that are not.`,
  noSplitAtAll: `No factor is shown by sector: fewer than ${SMALL_GROUP_MIN} people of each sector rated any of them.`,
  differencesTitle: 'Where council and third sector differ most',
  differenceText: (d: { title: string; council: number; thirdSector: number }) => `${d.title}: council ${medianText(d.council)}; third sector ${medianText(d.thirdSector)}`,
  noDifferences: 'No factor could be compared by sector, or the sectors’ middle ratings were the same.',
  commentsTitle: 'Comments',
  noComments: 'Nobody added a comment.',
  changeTitle: 'What changed from round one to round two',
  changeColumns: ['Factor', 'Round one', 'Round two', 'Change'],
  changeText: (change: number | null) => (change === null ? 'Not comparable' : change > 0 ? `Up ${figure(change)}` : change < 0 ? `Down ${figure(-change)}` : 'No change'),
  roundTwoNotYet: 'Round two has not closed yet: the change from round one will be shown once it has.',
};
