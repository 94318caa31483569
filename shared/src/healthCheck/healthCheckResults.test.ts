import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seededRandom';
import type { HealthAnswer, HealthCheckId, HealthCheckResults, HealthSplitSector } from './healthCheck';
import { healthCheckResults, medianOf, roundChanges, sectorDifferences, tallyFactor, weakFactors, type HealthCheckResponse } from './healthCheckResults';
import { SUCCESS_FACTORS, type SuccessFactorId } from './successFactors';

const ROUND_ONE = 'round-one-check' as HealthCheckId;
const ROUND_TWO = 'round-two-check' as HealthCheckId;
const rng = seededRandom(7);
const input = { eligibleCount: 20, closedAt: '2027-01-10T12:00:00.000Z', random: () => rng.next() };

function response(sector: HealthSplitSector | null, answers: Partial<Record<SuccessFactorId, HealthAnswer | null>>, comment = '', healthCheckId = ROUND_ONE): HealthCheckResponse {
  return { healthCheckId, sector, answers, comment };
}
const many = (n: number, make: (i: number) => HealthCheckResponse) => Array.from({ length: n }, (_, i) => make(i));
const factor = (results: HealthCheckResults, id: SuccessFactorId) => results.factors.find((f) => f.factorId === id)!;

describe('health check results', () => {
  it('[HEALTH5] the median is the middle rating, halfway between the two middle ones when they split evenly, none without ratings', () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([4])).toBe(4);
    expect(medianOf([5, 1, 3])).toBe(3);
    expect(medianOf([2, 4])).toBe(3);
    expect(medianOf([3, 4, 4, 5])).toBe(4);
    expect(medianOf([1, 2, 4, 5])).toBe(3);
    expect(medianOf([2, 3])).toBe(2.5);
  });

  it('[HEALTH5] counts each rating, "Don\'t know" apart and blanks apart, and leaves both out of the median', () => {
    const tally = tallyFactor('governance', [
      response(null, { governance: 'fully' }),
      response(null, { governance: 'a_little' }),
      response(null, { governance: 'dont_know' }),
      response(null, { governance: 'dont_know' }),
      response(null, { governance: null }),
      response(null, {}),
      response(null, { governance: 'mostly' }),
    ]);
    expect(tally).toEqual({ counts: { not_at_all: 0, a_little: 1, partly: 0, mostly: 1, fully: 1 }, dontKnow: 2, skipped: 2, median: 4 });
  });

  it('[HEALTH5] a factor nobody rated has no median, and its "Don\'t know" and blanks are still counted', () => {
    const results = healthCheckResults(ROUND_ONE, [response('local_authority', { 'key-partners': 'mostly', governance: 'dont_know' }), response('third_sector', { 'key-partners': 'partly' })], input);
    const governance = factor(results, 'governance');
    expect(governance).toMatchObject({ median: null, dontKnow: 1, skipped: 1, counts: { not_at_all: 0, a_little: 0, partly: 0, mostly: 0, fully: 0 } });
    expect(factor(results, 'takes-time')).toMatchObject({ median: null, dontKnow: 0, skipped: 2 });
    expect(factor(results, 'key-partners').median).toBe(3.5);
    expect(results.factors.map((f) => f.factorId)).toEqual(SUCCESS_FACTORS.map((f) => f.id));
    expect(weakFactors(results).map((f) => f.factorId)).toEqual([]);
  });

  it('[HEALTH5] counts only the round it is for, and publishes the comments without sectors, in a shuffled order', () => {
    const responses = [
      ...many(6, (i) => response('local_authority', { 'takes-time': 'partly' }, `Council comment ${i}`)),
      response('third_sector', { 'takes-time': 'fully' }, '  '),
      response('third_sector', { 'takes-time': 'not_at_all' }, 'Round two comment', ROUND_TWO),
    ];
    const results = healthCheckResults(ROUND_ONE, responses, input);
    expect(results.responseCount).toBe(7);
    expect(results.eligibleCount).toBe(20);
    expect(factor(results, 'takes-time').counts).toEqual({ not_at_all: 0, a_little: 0, partly: 6, mostly: 0, fully: 1 });
    expect([...results.comments].sort()).toEqual(many(6, (i) => response(null, {}, `Council comment ${i}`)).map((r) => r.comment).sort());
    expect(results.comments).not.toEqual(responses.slice(0, 6).map((r) => r.comment));
  });

  it('[HEALTH6] splits a factor by sector only when both sectors have five people who rated it, factor by factor', () => {
    const responses = [
      ...many(5, () => response('local_authority', { 'trust-and-support': 'mostly', 'new-ways': 'mostly', governance: 'dont_know' })),
      ...many(4, () => response('third_sector', { 'trust-and-support': 'a_little', 'new-ways': 'partly', governance: 'partly' })),
      response('third_sector', { 'trust-and-support': 'partly', 'new-ways': 'dont_know', governance: 'fully' }),
      response(null, { 'trust-and-support': 'fully' }),
    ];
    const results = healthCheckResults(ROUND_ONE, responses, input);
    const trust = factor(results, 'trust-and-support');
    expect(trust.bySector).toEqual({
      local_authority: { counts: { not_at_all: 0, a_little: 0, partly: 0, mostly: 5, fully: 0 }, dontKnow: 0, skipped: 0, median: 4 },
      third_sector: { counts: { not_at_all: 0, a_little: 4, partly: 1, mostly: 0, fully: 0 }, dontKnow: 0, skipped: 0, median: 2 },
    });
    // Everyone's total includes the other sector's answer.
    expect(trust.counts.fully).toBe(1);
    // Four third-sector raters (the fifth said "Don't know"): not split.
    expect(factor(results, 'new-ways').bySector).toBeNull();
    // No council rater at all ("Don't know" is not a rating): not split.
    expect(factor(results, 'governance').bySector).toBeNull();
  });

  it('[HEALTH6] a round with one sector only is never split, and has no differences between sectors', () => {
    const results = healthCheckResults(ROUND_ONE, many(12, (i) => response('third_sector', { 'key-partners': i % 2 === 0 ? 'mostly' : 'fully' })), input);
    expect(results.factors.every((f) => f.bySector === null)).toBe(true);
    expect(factor(results, 'key-partners')).toMatchObject({ median: 4.5, counts: { mostly: 6, fully: 6 } });
    expect(sectorDifferences(results)).toEqual([]);
  });

  it('[HEALTH7] lists the factors where the sectors differ most, largest difference first, the source order between equals, at most three', () => {
    const council: Partial<Record<SuccessFactorId, HealthAnswer>> = { 'analyse-need-and-plan': 'fully', 'importance-of-data': 'partly', 'key-partners': 'mostly', governance: 'a_little', 'takes-time': 'partly', 'new-ways': 'partly' };
    const third: Partial<Record<SuccessFactorId, HealthAnswer>> = { 'analyse-need-and-plan': 'a_little', 'importance-of-data': 'partly', 'key-partners': 'partly', governance: 'mostly', 'takes-time': 'mostly', 'new-ways': 'fully' };
    const results = healthCheckResults(ROUND_ONE, [...many(5, () => response('local_authority', council)), ...many(5, () => response('third_sector', third))], input);
    expect(sectorDifferences(results)).toEqual([
      { factorId: 'analyse-need-and-plan', council: 5, thirdSector: 2, gap: -3 },
      { factorId: 'governance', council: 2, thirdSector: 4, gap: 2 },
      { factorId: 'new-ways', council: 3, thirdSector: 5, gap: 2 },
    ]);
    expect(sectorDifferences(results, 10).map((d) => d.factorId)).toEqual(['analyse-need-and-plan', 'governance', 'new-ways', 'key-partners', 'takes-time']);
  });

  it('[HEALTH8] the weak factors are those with a median of "Partly" or lower, weakest first', () => {
    const results = healthCheckResults(
      ROUND_ONE,
      [response(null, { governance: 'a_little', 'takes-time': 'partly', 'key-partners': 'mostly', 'core-members': 'not_at_all', 'new-ways': 'dont_know' })],
      input,
    );
    expect(weakFactors(results).map((f) => f.factorId)).toEqual(['core-members', 'governance', 'takes-time']);
  });

  it('[HEALTH9] the change per factor from round one to round two, none where either round has no rating', () => {
    const one = healthCheckResults(ROUND_ONE, [response('local_authority', { governance: 'a_little', 'takes-time': 'mostly', 'key-partners': 'partly' }), response('third_sector', { governance: 'partly', 'key-partners': 'dont_know' })], input);
    const two = healthCheckResults(
      ROUND_TWO,
      [response('local_authority', { governance: 'mostly', 'takes-time': 'partly', 'new-ways': 'fully' }, '', ROUND_TWO), response('third_sector', { governance: 'fully', 'key-partners': 'dont_know' }, '', ROUND_TWO)],
      input,
    );
    const changes = roundChanges(one, two);
    expect(changes.map((c) => c.factorId)).toEqual(SUCCESS_FACTORS.map((f) => f.id));
    const of = (id: SuccessFactorId) => changes.find((c) => c.factorId === id);
    expect(of('governance')).toEqual({ factorId: 'governance', roundOne: 2.5, roundTwo: 4.5, change: 2 });
    expect(of('takes-time')).toEqual({ factorId: 'takes-time', roundOne: 4, roundTwo: 3, change: -1 });
    expect(of('key-partners')).toEqual({ factorId: 'key-partners', roundOne: 3, roundTwo: null, change: null });
    expect(of('new-ways')).toEqual({ factorId: 'new-ways', roundOne: null, roundTwo: 5, change: null });
    expect(of('embrace-challenge')).toEqual({ factorId: 'embrace-challenge', roundOne: null, roundTwo: null, change: null });
  });
});
