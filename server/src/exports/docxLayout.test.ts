import { describe, expect, it } from 'vitest';
import { fitColumns, TEXT_WIDTH_DXA, widthForWords } from './docxLayout';

describe('Word table columns fitted to their words', () => {
  const preferred = [700, 1500, 1300, 1300, 4838];
  const titles = ['Action', 'Date', 'Reported by', 'Status', 'Note and evidence'];

  it('[EXP3] a column narrower than its longest word is widened to fit it, the room taken from columns with some to spare', () => {
    const widths = fitColumns(preferred, { titles, rows: [['1.1', '15 January 2027', 'Third sector (as council lead)', 'Not started', 'Met the commissioning panel']] });
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_DXA);
    expect(widths[0]).toBe(widthForWords(['Action'], undefined, true));
    expect(widths[0]).toBeGreaterThan(700);
    expect(widths[2]).toBeGreaterThanOrEqual(widthForWords(['Reported'], undefined, true));
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(Math.max(widthForWords([titles[i]!], undefined, true))));
    expect(widths[4]).toBeLessThan(4838);
  });

  it('[EXP3] columns whose words already fit keep their widths', () => {
    expect(fitColumns([6338, 2400, 900], { titles: ['Item', 'Raised by', 'Dots'], rows: [['Trust', 'Council', '7']] })).toEqual([6338, 2400, 900]);
  });

  it('[EXP3] a word longer than 20 characters (a link) is not fitted; words that cannot all fit are scaled to the page', () => {
    const link = 'https://example.org/a-very-long-path-with-no-spaces-at-all-in-it';
    expect(widthForWords([link])).toBe(widthForWords(['example.org'])); // split at its slashes and hyphens
    expect(widthForWords(['x'.repeat(21)])).toBe(widthForWords(['']));
    const crowded = fitColumns([3000, 3000, 3638], { titles: ['Responsibilities', 'Accountabilities', 'Commissioning'], headerSize: 60 });
    expect(crowded.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_DXA);
  });
});
