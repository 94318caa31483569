import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EvidenceList } from './EvidenceList';

describe('evidence as everyone reads it', () => {
  it('[REV7] links only http and https addresses, in a new tab that gets no opener and no referrer', () => {
    const html = renderToStaticMarkup(
      <EvidenceList
        evidence={[
          { text: 'Minutes', url: 'https://example.org/minutes' },
          { text: 'Click me', url: 'javascript:alert(1)' },
          { text: '', url: 'http://example.org/tracker' },
          { text: 'Forum notes', url: null },
        ]}
      />,
    );
    const hrefs = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(hrefs).toEqual([
      '<a href="https://example.org/minutes" target="_blank" rel="noopener noreferrer">',
      '<a href="http://example.org/tracker" target="_blank" rel="noopener noreferrer">',
    ]);
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('Click me<span class="progress-evidence__url"> javascript:alert(1)</span>');
    expect(html).toContain('http://example.org/tracker <span class="visually-hidden">');
    expect(html).toContain('<li>Forum notes</li>');
  });

  it('shows nothing when there is none', () => {
    expect(renderToStaticMarkup(<EvidenceList evidence={[]} />)).toBe('');
  });
});
