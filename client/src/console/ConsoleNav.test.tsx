import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ConsoleNav } from './ConsoleNav';
import { ShortcutList } from './ShortcutList';

function navAt(path: string): string {
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={[path]}>
      <ConsoleNav workshopId="w1" />
    </MemoryRouter>,
  );
}

/** The link marked as the current page, by its text. */
const current = (html: string) => [...html.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

describe('the console’s views, as links', () => {
  it('[LIVE2] are a labelled navigation with a link per view, each to its own address', () => {
    const html = navAt('/w/w1');
    expect(html).toMatch(/^<nav [^>]*aria-label="Console views"/);
    const links = [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['/w/w1', 'Live'],
      ['/w/w1/sessions', 'Sessions'],
      ['/w/w1/people', 'People and links'],
      ['/w/w1/plan', 'Plan and review'],
      ['/w/w1/survey', 'Survey'],
    ]);
  });

  it('[LIVE2] mark the view at the address as the current page, and only that one', () => {
    expect(current(navAt('/w/w1'))).toEqual(['Live']);
    expect(current(navAt('/w/w1/people'))).toEqual(['People and links']);
    expect(current(navAt('/w/w1/survey/'))).toEqual(['Survey']);
  });
});

describe('the shortcuts’ list', () => {
  it('[LIVE3] shows each shortcut’s keys and what it does, and has a live region for what one did', () => {
    const html = renderToStaticMarkup(<ShortcutList announcement="Shortcut: moved on to Vote." />);
    expect(html).toContain('<kbd>Alt + Shift + N</kbd></dt><dd>Next step</dd>');
    expect(html).toContain('<kbd>Alt + Shift + M</kbd></dt><dd>A minute more on the countdown (or start one)</dd>');
    expect(html).toContain('<kbd>Alt + Shift + E</kbd></dt><dd>Bring everyone here, or let them browse</dd>');
    expect(html).toMatch(/<p [^>]*role="status"[^>]*>Shortcut: moved on to Vote\.<\/p>/);
  });
});
