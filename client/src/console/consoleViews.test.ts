import { describe, expect, it } from 'vitest';
import { CONSOLE_SUBPAGES, CONSOLE_VIEWS, consoleViewOf, consoleViewPath } from './consoleViews';

describe('the console views', () => {
  it('[LIVE2] give each view an address of its own, the live view being the workshop’s own', () => {
    expect(CONSOLE_VIEWS.map((view) => consoleViewPath('w1', view))).toEqual(['/w/w1', '/w/w1/sessions', '/w/w1/people', '/w/w1/plan', '/w/w1/survey']);
    expect(new Set(CONSOLE_SUBPAGES).size).toBe(CONSOLE_VIEWS.length);
  });

  it('[LIVE2] read the view back from its address, with or without a trailing slash', () => {
    for (const view of CONSOLE_VIEWS) {
      const subpage = consoleViewPath('w1', view).replace(/^\/w\/w1\/?/, '');
      expect(consoleViewOf(subpage)).toBe(view);
      expect(consoleViewOf(`${subpage}/`.replace(/^\/$/, ''))).toBe(view);
    }
    expect(consoleViewOf('wall')).toBeNull();
    expect(consoleViewOf('nothing-here')).toBeNull();
    expect(consoleViewOf('sessions/extra')).toBeNull();
  });

  it('escapes the workshop id in the address', () => {
    expect(consoleViewPath('a b/c', 'plan')).toBe('/w/a%20b%2Fc/plan');
  });
});
