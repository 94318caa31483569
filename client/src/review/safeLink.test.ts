import { describe, expect, it } from 'vitest';
import { safeHref } from './safeLink';

describe("evidence's links", () => {
  it('[REV7] links http and https addresses', () => {
    expect(safeHref('https://example.org/minutes.pdf')).toBe('https://example.org/minutes.pdf');
    expect(safeHref('  HTTP://Example.org/a b ')).toBe('http://example.org/a%20b');
  });

  it('shows anything else as plain text: scripts, data, mail, paths on this site, words', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('mailto:someone@example.org')).toBeNull();
    expect(safeHref('/api/workshops/x')).toBeNull();
    expect(safeHref('//evil.example/x')).toBeNull();
    expect(safeHref('www.example.org')).toBeNull();
    expect(safeHref('https://')).toBeNull();
    expect(safeHref('')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});
