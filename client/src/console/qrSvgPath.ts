/** The dark modules of a QR code, as the `qrcode` package's BitMatrix exposes them. */
export interface QrModules {
  size: number;
  get(row: number, col: number): number | boolean;
}

/**
 * One SVG path drawing every dark module as a 1×1 square, in a `size`×`size` viewBox. Runs of dark modules
 * in a row become one rectangle, which keeps the path short (≈ a third of the squares).
 */
export function qrSvgPath(modules: QrModules): string {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}
