import { describe, expect, it } from 'vitest';
import type { HealthAnswer, HealthCheck, HealthCheckId, HealthRound, HealthSplitSector } from '@roundtable/shared/healthCheck/healthCheck';
import { healthCheckResults, type HealthCheckResponse } from '@roundtable/shared/healthCheck/healthCheckResults';
import type { SuccessFactorId } from '@roundtable/shared/healthCheck/successFactors';
import type { SessionId } from '@roundtable/shared/ids/ids';
import { buildProfile } from '@roundtable/shared/profile/profile';
import { reviewDocument } from '@roundtable/shared/review/reviewDocument';
import { darlingtonReview, SAMPLE_REVIEW_NOW } from '@roundtable/shared/testing/reviewDocumentSample';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { docxText, pdfText } from '../testing/extractText';
import { PROFILE_EXPORT } from './documents/profileExport';
import { REVIEW_EXPORT } from './documents/reviewExport';

const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/(\w)- (?=\w)/g, '$1-');
const FORMATS = ['md', 'docx', 'pdf'] as const;

async function text(render: (format: (typeof FORMATS)[number]) => Promise<Buffer>, format: (typeof FORMATS)[number]): Promise<string> {
  const body = await render(format);
  if (format === 'md') return fold(body.toString('utf8').replace(/\\/g, ''));
  return fold(format === 'docx' ? await docxText(body) : await pdfText(body));
}

/** A closed round: five council and five third-sector people, council rating governance lower than the third sector does. */
function closedRound(round: HealthRound, governance: Record<HealthSplitSector, HealthAnswer>, comment: string): HealthCheck {
  const id = `round-${round}-check` as HealthCheckId;
  const answers = (sector: HealthSplitSector): Partial<Record<SuccessFactorId, HealthAnswer>> => ({ governance: governance[sector], 'takes-time': round === 1 ? 'partly' : 'mostly', 'key-partners': 'dont_know' });
  const responses: HealthCheckResponse[] = (['local_authority', 'third_sector'] as const).flatMap((sector) =>
    Array.from({ length: 5 }, (_, i) => ({ healthCheckId: id, sector, answers: answers(sector), comment: i === 0 && sector === 'third_sector' ? comment : '' })),
  );
  const results = healthCheckResults(id, responses, { eligibleCount: 12, closedAt: round === 1 ? '2026-10-01T12:00:00.000Z' : '2027-05-19T12:00:00.000Z', random: () => 0.5 });
  return { id, sessionId: `session-${round}` as SessionId, round, status: 'closed', responseCount: 10, openedAt: null, results };
}

function withRounds(state: WorkshopState, ...rounds: HealthCheck[]): WorkshopState {
  return { ...state, healthChecks: Object.fromEntries(rounds.map((r) => [r.id, r])) };
}

describe('[HEALTH11] the health check in the documents', () => {
  const { plan } = darlingtonReview();
  const one = closedRound(1, { local_authority: 'a_little', third_sector: 'mostly' }, 'We rarely meet outside funding rounds');
  const two = closedRound(2, { local_authority: 'mostly', third_sector: 'fully' }, 'The joint forum helps');

  it.each(FORMATS)('[HEALTH11] %s: the review report has both rounds, the sectors side by side, the largest difference and the change per factor', async (format) => {
    const doc = reviewDocument(withRounds(plan.state, one, two), SAMPLE_REVIEW_NOW)!;
    const read = await text((f) => REVIEW_EXPORT.render(f, doc), format);
    expect(read).toContain('Partnership health check');
    expect(read).toContain('Round one');
    expect(read).toContain('Round two');
    expect(read).toContain('10 of 12 participants answered');
    expect(read).toContain('6. Address governance');
    expect(read).toContain('Between mostly and fully (4.5 of 5)');
    expect(read).toContain('Address governance: council A little (2 of 5); third sector Mostly (4 of 5)');
    expect(read).toContain('What changed from round one to round two');
    expect(read).toMatch(/6\. Address governance.{0,10}Partly \(3 of 5\).{0,10}Between mostly and fully \(4\.5 of 5\).{0,10}Up 1\.5/);
    expect(read).toMatch(/12\. Recognise it takes time.{0,10}Partly \(3 of 5\).{0,10}Mostly \(4 of 5\).{0,10}Up 1/);
    expect(read).toMatch(/3\. Identify the key partners.{0,20}No ratings.{0,10}No ratings.{0,10}Not comparable/);
    expect(read).toContain('We rarely meet outside funding rounds');
    expect(read).toContain('The joint forum helps');
  });

  it.each(FORMATS)('[HEALTH11] %s: with round one closed only, the review says the change comes once round two closes; before any round closes, nothing', async (format) => {
    const onlyOne = await text((f) => REVIEW_EXPORT.render(f, reviewDocument(withRounds(plan.state, one), SAMPLE_REVIEW_NOW)!), format);
    expect(onlyOne).toContain('Round one');
    expect(onlyOne).toContain('Round two has not closed yet');
    const none = await text((f) => REVIEW_EXPORT.render(f, reviewDocument(withRounds(plan.state, { ...one, status: 'open', results: null }), SAMPLE_REVIEW_NOW)!), format);
    expect(none).not.toContain('Partnership health check');
  });

  it.each(FORMATS)('[HEALTH11] %s: the partnership profile has round one only', async (format) => {
    const profile = buildProfile(withRounds(plan.state, one, two), SAMPLE_REVIEW_NOW);
    const read = await text((f) => PROFILE_EXPORT.render(f, profile), format);
    expect(read).toContain('Partnership health check');
    expect(read).toContain('Round one');
    expect(read).not.toContain('Round two');
    expect(read).not.toContain('What changed');
    expect(read).toContain('Address governance: council A little (2 of 5); third sector Mostly (4 of 5)');
    expect(read).toContain('We rarely meet outside funding rounds');
    expect(read).not.toContain('The joint forum helps');
  });
});
