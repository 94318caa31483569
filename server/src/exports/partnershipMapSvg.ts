import type { MapRing } from '@roundtable/shared/partnershipMap/partnershipMap';
import type { PartnershipMapDocument } from '@roundtable/shared/partnershipMap/partnershipMapDocument';
import { printable } from './exportWording';
import { PARTNERSHIP_MAP_WORDING as words } from './partnershipMapWording';

/** The picture's size in its own units (points when drawn at full size), its centre, and each ring's outer radius. */
const SIZE = 480;
const CENTRE = SIZE / 2;
const OUTER: Record<MapRing, number> = { lead: 70, core: 150, wider: 230 };
/** Where an organisation's mark sits: the middle of its ring's band (the lead ring's one organisation in the centre). */
const MIDDLE: Record<MapRing, number> = { lead: 38, core: 110, wider: 190 };
/** Rings told apart by their line as well as their shade, never by colour alone. */
const STROKE: Record<MapRing, string> = { lead: 'stroke-width="2.5"', core: 'stroke-width="1.5"', wider: 'stroke-width="1.5" stroke-dasharray="6 4"' };
const LABEL_CHARS = 24;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const short = (name: string) => (name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name);
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * [MAP8] The partnership map as a picture for the documents: three concentric rings, lead at the centre, and each
 * placed organisation as a mark in its ring with its name beside it — a filled mark when someone from it is in the
 * room, a hollow one when nobody is (a key below says so). The tables beside it carry the same in words.
 */
export function partnershipMapSvg(doc: PartnershipMapDocument): string {
  const parts: string[] = [];
  for (const ring of ['wider', 'core', 'lead'] as const) {
    parts.push(`<circle cx="${CENTRE}" cy="${CENTRE}" r="${OUTER[ring]}" fill="${ring === 'lead' ? '#e8eef7' : ring === 'core' ? '#f3f6fb' : '#ffffff'}" stroke="#33415c" ${STROKE[ring]}/>`);
    parts.push(`<text x="${CENTRE}" y="${CENTRE - OUTER[ring] + 14}" text-anchor="middle" font-size="11" font-weight="bold" fill="#1f2a44">${escape(words.rings[ring])}</text>`);
  }
  for (const { ring, organisations } of doc.rings) {
    organisations.forEach((o, i) => {
      const alone = ring === 'lead' && organisations.length === 1;
      const angle = ((i + 0.5) / Math.max(organisations.length, 1)) * 2 * Math.PI + Math.PI / 2;
      const x = alone ? CENTRE : round(CENTRE + MIDDLE[ring] * Math.cos(angle));
      const y = alone ? CENTRE + 4 : round(CENTRE + MIDDLE[ring] * Math.sin(angle));
      parts.push(`<circle cx="${x}" cy="${y}" r="4" fill="${o.represented ? '#1f2a44' : '#ffffff'}" stroke="#1f2a44" stroke-width="1.5"/>`);
      parts.push(`<text x="${x}" y="${y + 13}" text-anchor="middle" font-size="8" fill="#111111">${escape(short(printable(o.name)))}</text>`);
    });
  }
  const key = SIZE + 14;
  parts.push(`<circle cx="20" cy="${key}" r="4" fill="#1f2a44" stroke="#1f2a44" stroke-width="1.5"/>`, `<text x="30" y="${key + 3}" font-size="9" fill="#111111">${escape(words.keyRepresented)}</text>`);
  parts.push(`<circle cx="200" cy="${key}" r="4" fill="#ffffff" stroke="#1f2a44" stroke-width="1.5"/>`, `<text x="210" y="${key + 3}" font-size="9" fill="#111111">${escape(words.keyNotRepresented)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE + 24}" viewBox="0 0 ${SIZE} ${SIZE + 24}">${parts.join('')}</svg>`;
}
