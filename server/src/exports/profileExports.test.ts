import { describe, expect, it } from 'vitest';
import { buildProfile, type PartnershipProfile } from '@roundtable/shared/profile/profile';
import { ProfileStateBuilder, SAMPLE_MEMBER_NAMES, sampleProfileState } from '@roundtable/shared/testing/profileStateBuilder';
import { fileSlug } from './exportWording';
import { docxText, pdfPages, pdfText } from '../testing/extractText';
import { markdownText, profileMarkdown } from './profileMarkdown';
import { profileDocx } from './profileDocx';
import { profilePdf } from './profilePdf';
import { PROFILE_WORDING } from './profileWording';

const { dotsText, nothingAgreed: NOTHING_AGREED, raisedByText } = PROFILE_WORDING;

const AT = '2026-11-12T15:30:00.000Z';

/** The text of each format, with whitespace runs (line and cell breaks) folded to single spaces. */
async function renderedTexts(profile: PartnershipProfile): Promise<Record<'md' | 'docx' | 'pdf', string>> {
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  const [docx, pdf] = await Promise.all([profileDocx(profile), profilePdf(profile)]);
  expect(docx.subarray(0, 2).toString()).toBe('PK');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  return { md: fold(profileMarkdown(profile)), docx: fold(await docxText(docx)), pdf: fold(await pdfText(pdf)) };
}

describe('profile exports', () => {
  const state = sampleProfileState();
  const profile = buildProfile(state, AT);
  const texts = renderedTexts(profile);

  it.each(['md', 'docx', 'pdf'] as const)('[PRO1] %s: carries the title, the four dimensions and every agreed item with the sectors that raised it', async (format) => {
    const text = (await texts)[format];
    expect(text).toContain('Darlington PIP 2026');
    expect(text).toContain('Partnership profile · Darlington');
    expect(text).toContain('This partnership profile was agreed by the group. Generated on 12 November 2026.');
    expect(text).toContain('Taking part: 4 participants (1 Council, 2 Third sector, 1 Other public body).');
    for (const heading of ['Drivers', 'Benefits', 'Difficult aspects', 'Obstacles and barriers', 'Improvement objectives']) expect(text).toContain(heading);
    const items = profile.dimensions.flatMap((d) => d.items);
    expect(items).toHaveLength(11);
    for (const item of items) {
      const wording = format === 'md' ? markdownText(item.wording) : item.wording;
      const row = format === 'md' ? `| ${wording} | ${raisedByText(item.sectors)} | ${dotsText(item.votes)} |` : `${wording} ${raisedByText(item.sectors)} ${dotsText(item.votes)}`;
      expect(text).toContain(row);
    }
    for (const objective of profile.objectives) expect(text).toContain(objective.wording);
    expect(text).toContain('Organisations: County Durham and Darlington NHS, Darlington Borough Council, Darlington CVS');
  });

  it.each(['md', 'docx', 'pdf'] as const)('[PRO3] %s: names no member, not even the authors of a named board', async (format) => {
    const text = (await texts)[format];
    for (const member of Object.values(state.members)) {
      expect(text).not.toContain(member.name);
      expect(text).not.toContain(member.id);
    }
    for (const name of SAMPLE_MEMBER_NAMES) expect(text).not.toContain(name.split(' ')[1]);
    expect(text).not.toContain('Removed Organisation');
  });

  it.each(['md', 'docx', 'pdf'] as const)('[PRO1] %s: says "Nothing agreed yet" for a dimension with nothing agreed', async (format) => {
    const b = new ProfileStateBuilder('St Helens PIP', 'St Helens');
    b.card(b.board(b.session(1), 'drivers'), 'A shared belief in the benefits for local people', { agreed: true, sectors: ['local_authority'] });
    const text = (await renderedTexts(buildProfile(b.state, AT)))[format];
    expect(text).toContain('A shared belief in the benefits for local people');
    expect(text.split(NOTHING_AGREED)).toHaveLength(5); // benefits, difficult aspects, obstacles, objectives
    expect(text).toContain('Taking part: no participants yet.');
  });

  it('[PRO2] the PDF has a header and a numbered footer with the workshop name on every page', async () => {
    const b = new ProfileStateBuilder('Wigan PIP', 'Wigan');
    const board = b.board(b.session(3), 'obstacles');
    for (let i = 1; i <= 20; i += 1) b.card(board, `Obstacle number ${i} with a wording long enough to take a line or two of the table`, { agreed: true, votes: 30 - i });
    const pages = await pdfPages(await profilePdf(buildProfile(b.state, AT)));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain('Wigan PIP');
      expect(page).toContain('Partnership profile');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('[PRO1] keeps typed text as typed: Markdown markup is escaped, line breaks and control characters are dropped', async () => {
    const b = new ProfileStateBuilder('Łódź & Co <PIP>', 'Łódź');
    b.card(b.board(b.session(1), 'drivers'), 'Policy *push* | [link](x)\nsecond\u0007 line', { agreed: true, sectors: ['third_sector'] });
    const profile = buildProfile(b.state, AT);
    const md = profileMarkdown(profile);
    expect(md).toContain('| Policy \\*push\\* \\| \\[link\\](x) second line | Third sector | – |');
    expect(md).toContain('# Łódź & Co \\<PIP\\>');
    const texts = await renderedTexts(profile);
    expect(texts.docx).toContain('Policy *push* | [link](x) second line');
    expect(texts.pdf).toContain('Policy *push* | [link](x) second line');
    expect(texts.pdf).toContain('Łódź & Co <PIP>');
  });

  it('[PRO2] names downloaded files after the workshop', () => {
    expect(fileSlug('Darlington PIP 2026')).toBe('darlington-pip-2026');
    expect(fileSlug('  St. Helens — Café PIP! ')).toBe('st-helens-cafe-pip');
    expect(fileSlug('ŁÓDŹ Straße')).toBe('lodz-strasse');
    expect(fileSlug('«»')).toBe('workshop');
  });
});
