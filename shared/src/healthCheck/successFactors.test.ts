import { describe, expect, it } from 'vitest';
import { HEALTH_ANSWERS, HEALTH_RATING_LABELS, ratingValue } from './healthCheck';
import { isSuccessFactorId, SUCCESS_FACTORS, successFactor } from './successFactors';

describe('the twelve success factors', () => {
  it('[HEALTH1] are the source\'s twelve, in its order, each with a short description, rated on a labelled five-point scale or "Don\'t know"', () => {
    expect(SUCCESS_FACTORS.map((f) => `${f.number}. ${f.title}`)).toEqual([
      '1. Analyse need and plan',
      '2. Recognise the importance of data',
      '3. Identify the key partners',
      '4. Identify core members',
      '5. Develop referral pathways',
      '6. Address governance',
      '7. Identify funding to create capacity',
      '8. Draw on trust and mutual support',
      '9. Embrace challenge',
      '10. Be prepared to do things in new ways',
      '11. Communicate and engage',
      '12. Recognise it takes time',
    ]);
    for (const f of SUCCESS_FACTORS) expect(f.description.length, f.title).toBeGreaterThan(40);
    expect(HEALTH_ANSWERS.map((a) => HEALTH_RATING_LABELS[a])).toEqual(['Not at all', 'A little', 'Partly', 'Mostly', 'Fully', "Don't know"]);
    expect(['not_at_all', 'a_little', 'partly', 'mostly', 'fully'].map((r) => ratingValue(r as 'partly'))).toEqual([1, 2, 3, 4, 5]);
  });

  it('[HEALTH1] [ID1] a factor is looked up by its own id only: built-in names are no factor', () => {
    expect(successFactor('governance')?.number).toBe(6);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(successFactor(name)).toBeUndefined();
      expect(isSuccessFactorId(name)).toBe(false);
    }
  });
});
