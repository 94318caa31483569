import { describe, expect, it } from 'vitest';
import { SMALL_GROUP_MIN } from '../members/smallGroups';
import { type SurveyAnswer, type SurveyItem, type SurveyItemId, type SurveySplitSector } from './survey';
import { sectorSplitShown, shuffled, splitSectorOf, surveyResults, type SurveyResponse } from './surveyResults';

const item = (id: string, kind: SurveyItem['kind'] = 'scale'): SurveyItem => ({ id: id as SurveyItemId, kind, text: `Question ${id}`, builtIn: false });
const ITEMS = [item('trust'), item('barriers'), item('done-otherwise', 'text')];

const response = (sector: SurveySplitSector | null, trust: SurveyAnswer | null, barriers: SurveyAnswer | null = null, done = ''): SurveyResponse => ({
  sector,
  answers: { trust, barriers },
  texts: done ? { 'done-otherwise': done } : {},
});

/** A seeded generator (mulberry32), so shuffles are repeatable. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const results = (responses: SurveyResponse[], random = seeded(1)) => surveyResults(ITEMS, responses, { eligibleCount: 20, closedAt: '2027-05-01T12:00:00.000Z', random });

describe('survey results', () => {
  it('[SURV5] counts each answer per scale item, the blanks, and "Helpful or very helpful" over those who answered', () => {
    const r = results([
      response('local_authority', 'very_helpful', 'not_helpful'),
      response('third_sector', 'helpful', null),
      response(null, 'neither', 'helpful'),
      response('third_sector', 'partially_helpful', null),
      response('local_authority', null, null),
    ]);
    expect(r.responseCount).toBe(5);
    expect(r.eligibleCount).toBe(20);
    expect(r.closedAt).toBe('2027-05-01T12:00:00.000Z');
    expect(r.scale.map((s) => s.itemId)).toEqual(['trust', 'barriers']);
    const [trust, barriers] = r.scale;
    expect(trust).toMatchObject({
      counts: { not_helpful: 0, partially_helpful: 1, neither: 1, helpful: 1, very_helpful: 1 },
      skipped: 1,
      helpfulShare: 0.5,
      bySector: null,
    });
    expect(barriers).toMatchObject({ counts: { not_helpful: 1, partially_helpful: 0, neither: 0, helpful: 1, very_helpful: 0 }, skipped: 3, helpfulShare: 0.5 });
  });

  it('[SURV5] an empty survey has no counts and no share, and lists its items all the same', () => {
    const r = results([]);
    expect(r.responseCount).toBe(0);
    expect(r.scale).toHaveLength(2);
    for (const s of r.scale) {
      expect(Object.values(s.counts)).toEqual([0, 0, 0, 0, 0]);
      expect(s.skipped).toBe(0);
      expect(s.helpfulShare).toBeNull();
      expect(s.bySector).toBeNull();
    }
    expect(r.text).toEqual([{ itemId: 'done-otherwise', answers: [] }]);
  });

  it('[SURV5] an item everyone skipped has every response counted as blank and no share (not 0 %)', () => {
    const r = results([response('local_authority', 'helpful'), response('third_sector', 'very_helpful'), response(null, 'not_helpful')]);
    const barriers = r.scale[1]!;
    expect(barriers.skipped).toBe(3);
    expect(Object.values(barriers.counts).reduce((a, b) => a + b, 0)).toBe(0);
    expect(barriers.helpfulShare).toBeNull();
    expect(r.scale[0]!.helpfulShare).toBeCloseTo(2 / 3);
  });

  it('[SURV5] ignores answers to items no longer in the survey and answers off the scale', () => {
    const odd = { sector: null, answers: { trust: 'brilliant', gone: 'helpful' }, texts: { gone: 'kept nowhere' } } as unknown as SurveyResponse;
    const r = results([odd]);
    expect(r.scale[0]).toMatchObject({ skipped: 1, helpfulShare: null });
    expect(r.text[0]!.answers).toEqual([]);
  });

  describe('[SURV6] the split by sector', () => {
    const sectorResponses = (council: number, thirdSector: number, others = 0) => [
      ...Array.from({ length: council }, (_, i) => response('local_authority', i % 2 === 0 ? 'helpful' : 'not_helpful')),
      ...Array.from({ length: thirdSector }, () => response('third_sector', 'very_helpful')),
      ...Array.from({ length: others }, () => response(null, 'neither')),
    ];

    it('is not shown when a sector has one response fewer than the minimum (4 against 5), however many the other has', () => {
      expect(SMALL_GROUP_MIN).toBe(5);
      expect(sectorSplitShown(sectorResponses(4, 5))).toBe(false);
      expect(sectorSplitShown(sectorResponses(5, 4))).toBe(false);
      expect(sectorSplitShown(sectorResponses(4, 30, 10))).toBe(false);
      for (const s of results(sectorResponses(4, 5)).scale) expect(s.bySector).toBeNull();
    });

    it('is shown when each sector has the minimum (5 and 5), with the others only in the totals', () => {
      const r = results(sectorResponses(5, 5, 2));
      const trust = r.scale[0]!;
      expect(trust.bySector).toEqual({
        local_authority: { counts: { not_helpful: 2, partially_helpful: 0, neither: 0, helpful: 3, very_helpful: 0 }, skipped: 0, helpfulShare: 0.6 },
        third_sector: { counts: { not_helpful: 0, partially_helpful: 0, neither: 0, helpful: 0, very_helpful: 5 }, skipped: 0, helpfulShare: 1 },
      });
      expect(trust.counts.neither).toBe(2);
      expect(trust.helpfulShare).toBeCloseTo(8 / 12);
      // The blank item is split too: everyone in each sector skipped it.
      expect(r.scale[1]!.bySector!.local_authority).toEqual({ counts: { not_helpful: 0, partially_helpful: 0, neither: 0, helpful: 0, very_helpful: 0 }, skipped: 5, helpfulShare: null });
    });
  });

  it('[SURV7] lists the free-text answers without names or sectors, blank ones dropped, in an order set by the random source', () => {
    const responses = ['First', 'Second', '   ', 'Third', 'Fourth', 'Fifth'].map((text, i) => response(i % 2 ? 'third_sector' : 'local_authority', null, null, text));
    const a = results(responses, seeded(7)).text[0]!.answers;
    expect([...a].sort()).toEqual(['Fifth', 'First', 'Fourth', 'Second', 'Third']);
    expect(results(responses, seeded(7)).text[0]!.answers).toEqual(a);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => results(responses, seeded(seed)).text[0]!.answers.join('|')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('shuffles every order with a source at the ends of its range', () => {
    expect(shuffled([1, 2, 3], () => 0)).toEqual([2, 3, 1]);
    expect(shuffled([1, 2, 3], () => 0.999999)).toEqual([1, 2, 3]);
    expect(shuffled([], Math.random)).toEqual([]);
  });

  it('counts council and third sector apart, and every other sector only in the totals', () => {
    expect(splitSectorOf('local_authority')).toBe('local_authority');
    expect(splitSectorOf('third_sector')).toBe('third_sector');
    expect(splitSectorOf('other_public')).toBeNull();
    expect(splitSectorOf('other')).toBeNull();
    expect(splitSectorOf(null)).toBeNull();
  });
});
