import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SurveyDisclosure } from './SurveyConsole';

describe('the survey in the console', () => {
  it('names its disclosure "Feedback survey, <status>" with no hidden separator that a browser pads with spaces', () => {
    const html = renderToStaticMarkup(<SurveyDisclosure status="not_started" open={false} onToggle={() => {}} />);
    expect(html).toMatch(/^<button [^>]*aria-label="Feedback survey, Not started"/);
    expect(html).not.toContain('visually-hidden');
    // The visible words are in the name, in the same order (WCAG 2.5.3, label in name).
    expect(html).toContain('>Feedback survey</span> <span class="tag survey-status-tag survey-status-tag--not_started">Not started</span>');
  });
});
