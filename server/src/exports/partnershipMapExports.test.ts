import { describe, expect, it } from 'vitest';
import { buildProfile } from '@roundtable/shared/profile/profile';
import { partnershipMapDocument } from '@roundtable/shared/partnershipMap/partnershipMapDocument';
import { CommandRoom } from '@roundtable/shared/testing/commandRoom';
import { docxText, pdfText } from '../testing/extractText';
import { PARTNERSHIP_MAP_EXPORT } from './documents/partnershipMapExport';
import { partnershipMapCsv } from './partnershipMapCsv';
import { partnershipMapSvg } from './partnershipMapSvg';
import { partnershipMapPng } from './partnershipMapPng';
import mammoth from 'mammoth';
import { inflateSync } from 'node:zlib';
import { profileDocx } from './profileDocx';
import { profileMarkdown } from './profileMarkdown';
import { profilePdf } from './profilePdf';

const AT = '2026-11-12T15:30:00.000Z';
const fold = (s: string) => s.replace(/\s+/g, ' ');

/** A map of four organisations in a room of council and third-sector people: other public bodies missing, the NHS trust a core partner not in the room. */
function mappedRoom() {
  const room = new CommandRoom();
  const amy = room.join('Amy', 'third_sector', 'Darlington CVS');
  room.join('Cal', 'local_authority', 'Darlington Borough Council');
  room.ok(room.lead, 'map:add', { name: 'Darlington Borough Council', sector: 'local_authority', ring: 'lead' });
  room.ok(room.lead, 'map:add', { name: 'The Darlington CVS', sector: 'third_sector', ring: 'core' });
  room.ok(room.lead, 'map:add', { name: 'NHS Foundation Trust', sector: 'other_public', ring: 'core' });
  room.ok(room.lead, 'map:add', { name: '=HYPERLINK("x")', sector: 'other', ring: 'wider' });
  room.ok(amy, 'map:suggest', { name: 'Waiting Trust', sector: 'third_sector' });
  return room;
}

/** Quoted CSV fields of each line (no field in these files holds a line break). */
const csvRows = (body: Buffer) =>
  body
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')));

describe('the partnership map in the documents', () => {
  it.each(['md', 'docx', 'pdf'] as const)('[MAP8] the profile as %s holds the map ring by ring, who is in the room, and the gaps', async (format) => {
    const profile = buildProfile(mappedRoom().state, AT);
    const text = fold(format === 'md' ? profileMarkdown(profile).replace(/\\/g, '') : format === 'docx' ? await docxText(await profileDocx(profile)) : await pdfText(await profilePdf(profile)));
    expect(text).toContain('Partnership map');
    const map = text.slice(text.indexOf('Partnership map'));
    const at = (s: string) => map.indexOf(s);
    // The tables' headings, after the PDF's picture (which names the rings from the outside in).
    const last = (s: string) => map.lastIndexOf(s);
    expect(last('Lead partner')).toBeLessThan(last('Core partners'));
    expect(last('Core partners')).toBeLessThan(last('Wider partners'));
    expect(at('Darlington Borough Council')).toBeGreaterThan(at('Lead partner'));
    expect(map).toMatch(/NHS Foundation Trust \|? ?Other public body \|? ?No/);
    expect(map).toMatch(/The Darlington CVS \|? ?Third sector \|? ?Yes/);
    expect(map).toContain('Sectors with nobody in the room: Other public body, Other.');
    expect(map).toContain('Lead and core partners with nobody in the room: NHS Foundation Trust.');
    expect(text).not.toContain('Waiting Trust');
  });

  it('[MAP8] the profile has no map section while no organisation is placed', () => {
    const room = new CommandRoom();
    room.ok(room.join('Amy', 'third_sector'), 'map:suggest', { name: 'Waiting Trust', sector: 'third_sector' });
    expect(buildProfile(room.state, AT).partnershipMap).toBeUndefined();
    expect(profileMarkdown(buildProfile(room.state, AT))).not.toContain('Partnership map');
  });

  it('[MAP8] the CSV is name, sector, ring, represented: one row per placed organisation from the centre out, a formula shown as text', () => {
    const state = mappedRoom().state;
    const rows = csvRows(partnershipMapCsv({ title: state.meta.title, ...partnershipMapDocument(state)! }));
    expect(rows).toEqual([
      ['name', 'sector', 'ring', 'represented'],
      ['Darlington Borough Council', 'Council', 'lead', 'Yes'],
      ['NHS Foundation Trust', 'Other public body', 'core', 'No'],
      ['The Darlington CVS', 'Third sector', 'core', 'Yes'],
      ["'=HYPERLINK(\"x\")", 'Other', 'wider', 'No'],
    ]);
    expect(PARTNERSHIP_MAP_EXPORT.name).toBe('map');
  });

  it('[MAP8] the picture: three rings from the centre out, a mark per placed organisation, filled when someone from it is in the room, names escaped', () => {
    const room = mappedRoom();
    room.ok(room.lead, 'map:add', { name: 'Smith & <Sons>', sector: 'other', ring: 'wider' });
    const svg = partnershipMapSvg(partnershipMapDocument(room.state)!);
    expect(svg.match(/<circle [^>]*r="(70|150|230)"/g)).toHaveLength(3);
    for (const ring of ['Lead partner', 'Core partners', 'Wider partners']) expect(svg).toContain(`>${ring}</text>`);
    expect(svg).toContain('>Smith &amp; &lt;Sons&gt;</text>');
    expect(svg).not.toContain('<Sons>');
    // Five organisations and the key's two marks: the council and the CVS filled (in the room), the rest and the key's second hollow.
    const marks = [...svg.matchAll(/<circle [^>]*r="4" fill="(#[0-9a-f]+)"/g)].map((m) => m[1]);
    expect(marks.filter((f) => f === '#1f2a44')).toHaveLength(3);
    expect(marks.filter((f) => f === '#ffffff')).toHaveLength(4);
    expect(svg).not.toContain('Waiting Trust');
  });

  it('[MAP8] the Word file carries the picture, described for screen readers, with a PNG of the rings for Word processors without SVG', async () => {
    const state = mappedRoom().state;
    const html = (await mammoth.convertToHtml({ buffer: await profileDocx(buildProfile(state, AT)) })).value;
    expect(html).toMatch(/<img [^>]*alt="The partnership map as three rings, lead partner at the centre/);
    const png = partnershipMapPng(partnershipMapDocument(state)!);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([240, 252]);
    // The centre pixel is the lead partner's filled mark (the council is in the room): ink, not the ring's shade.
    const idat = png.indexOf('IDAT');
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const centre = 120 * (240 * 3 + 1) + 1 + 120 * 3;
    expect([...rows.subarray(centre, centre + 3)]).toEqual([31, 42, 68]);
  });
});
