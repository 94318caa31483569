import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvgPath, type QrModules } from './qrSvgPath';

function matrix(rows: string[]): QrModules {
  return { size: rows.length, get: (row, col) => rows[row]?.[col] === '#' };
}

/** Total area of the `M x y h w v1 h-w z` rectangles. */
function area(path: string): number {
  return [...path.matchAll(/M\d+ \d+h(\d+)v1h-\d+z/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

describe('qrSvgPath', () => {
  it('draws each horizontal run of dark modules as one rectangle', () => {
    expect(qrSvgPath(matrix(['##.', '.#.', '###']))).toBe('M0 0h2v1h-2zM1 1h1v1h-1zM0 2h3v1h-3z');
    expect(qrSvgPath(matrix(['...', '...', '...']))).toBe('');
  });

  it('covers exactly the dark modules of a real QR code', () => {
    const { modules } = create('https://roundtable.example/?code=ABC234', { errorCorrectionLevel: 'M' });
    let dark = 0;
    for (let r = 0; r < modules.size; r += 1) for (let c = 0; c < modules.size; c += 1) if (modules.get(r, c)) dark += 1;
    expect(area(qrSvgPath(modules))).toBe(dark);
  });
});
