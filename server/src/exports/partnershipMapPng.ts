import { crc32, deflateSync } from 'node:zlib';
import type { MapRing } from '@roundtable/shared/partnershipMap/partnershipMap';
import type { PartnershipMapDocument } from '@roundtable/shared/partnershipMap/partnershipMapDocument';

/*
 * [MAP8] The rings' picture as a PNG, for Word processors that cannot show the SVG (a Word document must carry one
 * beside it): the same rings and marks as partnershipMapSvg.ts at half its size, without the names and the key (the tables carry
 * them). Drawn pixel by pixel, so no image library is needed.
 */

const SIZE = 240;
/** The SVG's proportions (its key below the rings), so the one stands in for the other without stretching. */
const HEIGHT = 252;
const CENTRE = SIZE / 2;
const OUTER: Record<MapRing, number> = { lead: 35, core: 75, wider: 115 };
const MIDDLE: Record<MapRing, number> = { lead: 19, core: 55, wider: 95 };
const INK = [31, 42, 68] as const;
const FILL: Record<MapRing, readonly [number, number, number]> = { lead: [232, 238, 247], core: [243, 246, 251], wider: [255, 255, 255] };

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export function partnershipMapPng(doc: PartnershipMapDocument): Buffer {
  const rgb = Buffer.alloc(SIZE * HEIGHT * 3, 255);
  const set = (x: number, y: number, c: readonly number[]) => {
    if (x < 0 || y < 0 || x >= SIZE || y >= HEIGHT) return;
    const i = (y * SIZE + x) * 3;
    rgb[i] = c[0]!;
    rgb[i + 1] = c[1]!;
    rgb[i + 2] = c[2]!;
  };
  const marks: { x: number; y: number; filled: boolean }[] = [];
  for (const { ring, organisations } of doc.rings) {
    organisations.forEach((o, i) => {
      const alone = ring === 'lead' && organisations.length === 1;
      const angle = ((i + 0.5) / organisations.length) * 2 * Math.PI + Math.PI / 2;
      marks.push({ x: alone ? CENTRE : CENTRE + MIDDLE[ring] * Math.cos(angle), y: alone ? CENTRE : CENTRE + MIDDLE[ring] * Math.sin(angle), filled: o.represented });
    });
  }
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < SIZE; x += 1) {
      const r = Math.hypot(x + 0.5 - CENTRE, y + 0.5 - CENTRE);
      const ring = (['lead', 'core', 'wider'] as const).find((k) => r <= OUTER[k]);
      if (ring) set(x, y, FILL[ring]);
      for (const k of ['lead', 'core', 'wider'] as const) {
        const onLine = Math.abs(r - OUTER[k]) < (k === 'lead' ? 1.2 : 0.8);
        // The wider ring's line is dashed, as in the SVG: not told apart by shade alone.
        const dashed = k === 'wider' && Math.floor(((Math.atan2(y - CENTRE, x - CENTRE) + Math.PI) * OUTER[k]) / 5) % 2 === 1;
        if (onLine && !dashed) set(x, y, INK);
      }
      for (const m of marks) {
        const d = Math.hypot(x + 0.5 - m.x, y + 0.5 - m.y);
        if (d <= 3.5 && (m.filled || d >= 2.3)) set(x, y, INK);
        else if (d < 2.3 && !m.filled) set(x, y, [255, 255, 255]);
      }
    }
  }
  const rows = Buffer.alloc(HEIGHT * (SIZE * 3 + 1));
  for (let y = 0; y < HEIGHT; y += 1) rgb.copy(rows, y * (SIZE * 3 + 1) + 1, y * SIZE * 3, (y + 1) * SIZE * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(2, 9);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
