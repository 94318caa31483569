import type { SurveyAnswer } from '@roundtable/shared/survey/survey';
import { describe, expect, it } from 'vitest';
import { answerShares } from './answerShares';
import { barParts } from './barParts';

const counts = (c: Partial<Record<SurveyAnswer, number>>): Record<SurveyAnswer, number> => ({
  not_helpful: 0,
  partially_helpful: 0,
  neither: 0,
  helpful: 0,
  very_helpful: 0,
  ...c,
});
const partsOf = (c: Record<SurveyAnswer, number>) => barParts(c, answerShares(c)!);
const totalWidth = (c: Record<SurveyAnswer, number>) => partsOf(c).reduce((sum, part) => sum + part.width, 0);

describe('[SURV5] barParts', () => {
  it('fills the bar exactly with three equal thirds, each labelled 33 % as the table says', () => {
    const parts = partsOf(counts({ very_helpful: 1, helpful: 1, neither: 1 }));
    expect(parts.map((p) => p.answer)).toEqual(['very_helpful', 'helpful', 'neither']);
    expect(parts.map((p) => p.label)).toEqual([33, 33, 33]);
    for (const part of parts) expect(part.width).toBeCloseTo(100 / 3, 10);
    expect(totalWidth(counts({ very_helpful: 1, helpful: 1, neither: 1 }))).toBeCloseTo(100, 10);
  });

  it('does not overflow where the rounded labels add up to 102', () => {
    const c = counts({ helpful: 1, neither: 1, partially_helpful: 3, not_helpful: 3 });
    const parts = partsOf(c);
    expect(parts.reduce((sum, p) => sum + p.label, 0)).toBe(102);
    expect(parts.map((p) => p.width)).toEqual([12.5, 12.5, 37.5, 37.5]);
    expect(totalWidth(c)).toBe(100);
  });

  it('gives an answer chosen by few a sliver even where its share rounds to 0 %, and none to an answer nobody chose', () => {
    const parts = partsOf(counts({ very_helpful: 250, not_helpful: 1 }));
    expect(parts).toEqual([
      { answer: 'very_helpful', width: (100 * 250) / 251, label: 100 },
      { answer: 'not_helpful', width: 100 / 251, label: 0 },
    ]);
  });

  it('adds up to the whole bar for every mix of answers', () => {
    for (let a = 0; a <= 4; a += 1)
      for (let b = 0; b <= 4; b += 1)
        for (let n = 0; n <= 4; n += 1)
          for (let p = 0; p <= 3; p += 1)
            for (let x = 0; x <= 3; x += 1) {
              const c = counts({ very_helpful: a, helpful: b, neither: n, partially_helpful: p, not_helpful: x });
              if (a + b + n + p + x > 0) expect(totalWidth(c)).toBeCloseTo(100, 9);
            }
  });
});
