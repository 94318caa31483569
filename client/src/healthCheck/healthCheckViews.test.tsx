import type { FactorResult } from '@roundtable/shared/healthCheck/healthCheck';
import { SUCCESS_FACTORS } from '@roundtable/shared/healthCheck/successFactors';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FactorRatingGroup } from './FactorRatingGroup';
import { FactorResultView } from './FactorResultView';
import { RoundChangeView } from './RoundChangeView';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const governance = SUCCESS_FACTORS.find((f) => f.id === 'governance')!;
const tally = (counts: Partial<FactorResult['counts']>, dontKnow = 0, median: number | null = null) => ({
  counts: { not_at_all: 0, a_little: 0, partly: 0, mostly: 0, fully: 0, ...counts },
  dontKnow,
  skipped: 0,
  median,
});

describe('the health check on screen', () => {
  it('[HEALTH1] a factor is a radio group named by its number and title, described by what it means, with the five ratings and "Don\'t know"', () => {
    const html = renderToStaticMarkup(<FactorRatingGroup factor={governance} answer="partly" onChange={() => {}} />);
    const describedBy = /<fieldset[^>]*aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`<p id="${describedBy}" class="health-factor__description">${governance.description}</p>`);
    expect(html).toMatch(/<legend[^>]*>6\. Address governance<\/legend>/);
    expect([...html.matchAll(/type="radio"/g)]).toHaveLength(6);
    expect(text(html)).toContain('Not at all A little Partly Mostly Fully Don’t know');
    expect(html).toMatch(/value="partly" checked=""|checked="" value="partly"|value="partly"[^>]*checked/);
  });

  it('[HEALTH5] [HEALTH6] a factor\'s results say the middle rating in words and figures, every count, and why it is not split by sector', () => {
    const result: FactorResult = { factorId: 'governance', ...tally({ a_little: 2, mostly: 2 }, 1, 3), bySector: null };
    const shown = text(renderToStaticMarkup(<FactorResultView result={result} />));
    expect(shown).toContain('6. Address governance Middle rating: Partly (3 of 5)');
    expect(shown).toContain('Fully 0 · Mostly 2 · Partly 0 · A little 2 · Not at all 0 · Don’t know: 1 · Left blank: 0');
    expect(shown).toContain('Not shown by sector: fewer than 5 people of each sector rated it.');
    const split: FactorResult = { ...result, bySector: { local_authority: tally({ a_little: 5 }, 0, 2), third_sector: tally({ mostly: 5 }, 0, 4) } };
    const both = text(renderToStaticMarkup(<FactorResultView result={split} />));
    expect(both).toContain('Council: A little (2 of 5) Third sector: Mostly (4 of 5)');
    const nobody: FactorResult = { factorId: 'takes-time', ...tally({}, 3, null), bySector: null };
    expect(text(renderToStaticMarkup(<FactorResultView result={nobody} />))).toContain('Middle rating: Nobody rated this factor.');
  });

  it('[HEALTH9] the change between rounds is written out for every factor, the bars only for the eye', () => {
    const html = renderToStaticMarkup(
      <RoundChangeView
        changes={[
          { factorId: 'governance', roundOne: 2.5, roundTwo: 4, change: 1.5 },
          { factorId: 'takes-time', roundOne: 4, roundTwo: 3, change: -1 },
          { factorId: 'new-ways', roundOne: null, roundTwo: 5, change: null },
        ]}
      />,
    );
    const shown = text(html);
    expect(shown).toContain('6. Address governance: up 1.5');
    expect(shown).toContain('Round one Between a little and partly (2.5 of 5); round two Mostly (4 of 5)');
    expect(shown).toContain('12. Recognise it takes time: down 1');
    expect(shown).toContain('10. Be prepared to do things in new ways: not comparable');
    expect(shown).toContain('Round one no ratings; round two Fully (5 of 5)');
    expect(html).toMatch(/<div class="health-change__bars" aria-hidden="true">/);
  });
});
