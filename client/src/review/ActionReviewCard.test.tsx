import { agreedPlan } from '@roundtable/shared/testing/agreedPlan';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActionReviewCard } from './ActionReviewCard';
import { planReview } from './planReview';

const item = planReview(agreedPlan().state, '2027-03-01')!.objectives[0]!.actions[0]!;

describe("an action's card in the facilitators' review", () => {
  it('[A11Y1] "Revise wording" is named by what it says, so a voice user saying "click Revise wording" finds it', () => {
    const html = renderToStaticMarkup(<ActionReviewCard item={item} idPrefix="review" onRevise={() => {}} />);
    const button = /<button[^>]*aria-label="([^"]*)"[^>]*>(.*?)<\/button>/.exec(html);
    expect(button, 'the Revise wording button').not.toBeNull();
    const [, name = '', visible = ''] = button!;
    expect(visible).toBe('Revise wording');
    expect(name.startsWith(visible), `its accessible name “${name}” starts with its visible text`).toBe(true);
  });
});
