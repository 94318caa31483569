import { SURVEY_SCALE, type SurveyAnswer } from '@roundtable/shared/survey/survey';
import { describe, expect, it } from 'vitest';
import { answerShares } from './answerShares';

const counts = (c: Partial<Record<SurveyAnswer, number>>): Record<SurveyAnswer, number> => ({
  not_helpful: 0,
  partially_helpful: 0,
  neither: 0,
  helpful: 0,
  very_helpful: 0,
  ...c,
});
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Counts from a seeded generator, so every run checks the same 500 cases. */
function* seededCounts(seed: number, cases: number) {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) % 7;
  for (let i = 0; i < cases; i += 1) yield counts({ not_helpful: next(), partially_helpful: next(), neither: next(), helpful: next(), very_helpful: next() });
}

describe('[SURV5] answerShares', () => {
  it('is null when nobody answered the item', () => {
    expect(answerShares(counts({}))).toBeNull();
  });

  it('reads like the report: 18 of 20 helpful or very helpful is 90 %, one each neither and partially 5 %', () => {
    expect(answerShares(counts({ very_helpful: 10, helpful: 8, neither: 1, partially_helpful: 1 }))).toEqual({
      answered: 20,
      helpfulPercent: 90,
      percent: { very_helpful: 50, helpful: 40, neither: 5, partially_helpful: 5, not_helpful: 0 },
    });
  });

  it('counts only those who answered: the shares are of 7, not of the 12 who were asked', () => {
    const shares = answerShares(counts({ helpful: 4, very_helpful: 1, neither: 2 }));
    expect(shares?.answered).toBe(7);
    expect(shares?.helpfulPercent).toBe(71);
  });

  it('shows equal counts as equal shares, even where they then add up to 99', () => {
    const shares = answerShares(counts({ helpful: 1, very_helpful: 1, neither: 1 }));
    expect(shares?.percent).toMatchObject({ helpful: 33, very_helpful: 33, neither: 33 });
    expect(shares?.helpfulPercent).toBe(67);
  });

  it('is two points over at worst, where every share is exactly a half: 12.5 % twice and 37.5 % twice', () => {
    const s = answerShares(counts({ helpful: 1, neither: 1, partially_helpful: 3, not_helpful: 3 }));
    expect([s?.helpfulPercent, s?.percent.neither, s?.percent.partially_helpful, s?.percent.not_helpful]).toEqual([13, 13, 38, 38]);
  });

  it('gives the bold figure exactly as the CSV and the review report do: the helpful share rounded', () => {
    for (const c of seededCounts(11, 500)) {
      const s = answerShares(c);
      if (!s) continue;
      const helpfulShare = (c.helpful + c.very_helpful) / s.answered;
      expect(s.helpfulPercent).toBe(Math.round(helpfulShare * 100));
    }
  });

  it('adds up sensibly: every share within half a point of its exact value, so a column is 100 give or take rounding', () => {
    for (const c of seededCounts(7, 500)) {
      const s = answerShares(c);
      if (!s) continue;
      for (const a of SURVEY_SCALE) expect(Math.abs(s.percent[a] - (100 * c[a]) / s.answered)).toBeLessThanOrEqual(0.5);
      const reportColumns = [s.helpfulPercent, s.percent.neither, s.percent.partially_helpful, s.percent.not_helpful];
      expect(Math.abs(sum(reportColumns) - 100)).toBeLessThanOrEqual(2);
      expect(Math.abs(sum(SURVEY_SCALE.map((a) => s.percent[a])) - 100)).toBeLessThanOrEqual(2);
    }
  });
});
