import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { largePlan } from '@roundtable/shared/testing/planDocumentSample';
import { reviewDocument, type ReviewDocument } from '@roundtable/shared/review/reviewDocument';
import { agreedActionIds, darlingtonReview, largeReview, report, SAMPLE_REVIEW_NOW } from '@roundtable/shared/testing/reviewDocumentSample';
import { docxText, pdfPages } from '../testing/extractText';
import { markdownText } from './profileMarkdown';
import { REVIEW_EXPORT, type ReviewFormat } from './documents/reviewExport';

const { extensions: REVIEW_FORMATS, isFormat: isReviewFormat, file: reviewFile, render: renderReview } = REVIEW_EXPORT;

const fold = (s: string) => s.replace(/\s+/g, ' ');

async function readBack(format: ReviewFormat, doc: ReviewDocument): Promise<{ text: string; pages: string[] }> {
  const body = await renderReview(format, doc);
  if (format === 'md') return { text: fold(body.toString('utf8')), pages: [] };
  if (format === 'docx') return { text: fold(await docxText(body)), pages: [] };
  // A word broken at its hyphen across two lines ("cross-" / "sector") reads whole again.
  const pages = (await pdfPages(body)).map((p) => fold(p).replace(/(\w)- (?=\w)/g, '$1-'));
  return { text: pages.join(' '), pages };
}

/** The Word document's body XML, as Word reads it. */
async function docxXml(doc: ReviewDocument): Promise<string> {
  return strFromU8(unzipSync(new Uint8Array(await renderReview('docx', doc)))['word/document.xml']!);
}

/** Text typed by people appears escaped in Markdown. */
const typed = (format: ReviewFormat, s: string) => (format === 'md' ? markdownText(s) : s);

const FORMATS = ['docx', 'pdf', 'md'] as const;

describe('the review report in Word, PDF and Markdown', () => {
  const { plan } = darlingtonReview();
  const doc = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
  const rendered = Object.fromEntries(FORMATS.map((f) => [f, readBack(f, doc)]));

  it.each(FORMATS)('[REVEXP1] %s: the title, the day it is as of, and the agreed version it reviews', async (format) => {
    const { text } = await rendered[format]!;
    expect(text).toContain('Darlington PIP 2026');
    expect(text).toContain('Review of the partnership improvement action plan · Darlington');
    expect(text).toContain('Progress as of 20 May 2027');
    expect(text).toContain('Reviewing version 1 of the action plan, agreed on 20 November 2026. Joint review by 20 May 2027.');
    expect(text).not.toContain('DRAFT');
  });

  it.each(FORMATS)('[REVEXP1] %s: every objective and action with both leads and their organisations, its timescale and latest status in words', async (format) => {
    const { text } = await rendered[format]!;
    const actions = doc.objectives.flatMap((o) => o.actions);
    expect(actions).toHaveLength(8);
    for (const objective of doc.objectives) expect(text).toContain(typed(format, `Objective ${objective.number}: ${objective.text}`));
    for (const a of actions) {
      expect(text).toContain(typed(format, a.text));
      for (const lead of [a.councilLead!, a.thirdSectorLead!]) {
        expect(text).toContain(lead.name);
        expect(text).toContain(lead.organisation);
      }
      expect(text).toContain(a.timescale);
    }
    const status = (words: string, rag: string) => (format === 'md' ? `${words} (${rag})` : words);
    // 1.1's row ends with its latest status, in words.
    expect(text).toMatch(new RegExp(`Q2 2027 \\(?due by 30 June 2027\\)? \\|? ?${status('At risk', 'amber').replace(/[()]/g, '\\$&')}`));
    expect(text).toContain(status('No report yet', 'grey'));
    expect(text).toContain(status('Dropped', 'red'));
  });

  it.each(FORMATS)('[REVEXP1] %s: the history since agreement with date, reporting sector, status, note and evidence', async (format) => {
    const { text } = await rendered[format]!;
    expect(text).toContain('Objective 1: history since agreement');
    expect(text).toMatch(/1\.1 \|? ?15 January 2027 \|? ?Council \|? ?On track.*First meeting held; CVS directory shared\./);
    expect(text).toMatch(/1\.1 \|? ?2 March 2027 \|? ?Third sector \|? ?At risk.*Half the organisations have replied; the database needs a host\./);
    expect(text).toContain(format === 'md' ? '[Survey of providers, 42 replies](<https://example.org/darlington/audit>)' : 'Survey of providers, 42 replies');
    expect(text).toContain('Minutes of the April forum');
    expect(text).toContain('No reports on these actions since the plan was agreed.');
  });

  it.each(FORMATS)('[REVEXP1] %s: the summary counts, and the overdue actions listed and marked', async (format) => {
    const { text } = await rendered[format]!;
    const cells = (...c: string[]) => new RegExp(c.map((x) => x.replace(/[()*]/g, '\\$&')).join(' \\|? ?'));
    const words = (w: string, rag: string) => (format === 'md' ? `${w} (${rag})` : w);
    expect(text).toMatch(cells('Status', 'All actions', 'Council leads', 'Third-sector leads'));
    expect(text).toMatch(cells(words('Not started', 'grey'), '4', '4', '7'));
    expect(text).toMatch(cells(words('At risk', 'amber'), '1', '0', '1'));
    expect(text).toMatch(format === 'md' ? cells('**Total**', '**8**', '**7**', '**9**') : cells('Total', '8', '7', '9'));
    expect(text).toContain('Of those not started, 3 actions have no report yet.');
    const overdue = text.slice(text.indexOf('Overdue actions'), text.indexOf('Progress on each action'));
    for (const n of ['2.1', '2.4', '3.1']) expect(overdue).toContain(n);
    for (const n of ['1.1', '1.2', '2.2', '2.3', '3.2']) expect(overdue).not.toContain(`${n} `);
    // In each objective's table, the overdue action's timescale is marked.
    expect(text).toMatch(/March 2027 \(?due by 31 March 2027\)?( ?<br>\*\*| )Overdue/);
    expect(text.match(/Overdue(?! actions)/g)).toHaveLength(3);
  });

  it.each(FORMATS)('[REVEXP1] %s: the vision revisited and the key learning, agreed items first, texts without authors', async (format) => {
    const { text } = await rendered[format]!;
    expect(text).toContain('Our vision, revisited');
    expect(text).toContain('We believe that the local council and the local third sector should regard partnership working as a long-term commitment.');
    expect(text).toContain('Willing to take risks and to tolerate mistakes');
    const learning = text.slice(text.indexOf('Key learning'), text.indexOf('Feedback on the programme'));
    // The words in order, without list numbers, bullets or Markdown marks (PDF text puts a list's numbers apart).
    const words = fold(learning.replace(/\b\d+\.(?= )|[*#]| - /g, ' ')).trim();
    expect(words).toBe(
      'Key learning What really helped us work together to improve partnership working here? ' +
        'What the group agreed How we met Having both leads named for every action ' +
        'Everything on the board How we met Meeting on neutral ground An independent facilitator ' +
        'Not grouped Having both leads named for every action Time to listen before deciding Sharing the budget pressures openly',
    );
    for (const name of ['Priya', 'Tom', 'Agnieszka', 'Dave', 'Ann Facilitator']) expect(learning).not.toContain(name);
  });

  it.each(FORMATS)('[REVEXP1] %s: survey rows with each answer\'s share and the helpful share; the sector split "not shown" below 5 a sector; free text', async (format) => {
    const { text } = await rendered[format]!;
    const survey = text.slice(text.indexOf('Feedback on the programme'));
    expect(survey).toContain('4 responses from 5 participants (80% response rate); closed on 20 May 2027.');
    expect(survey).toMatch(/Item \|? ?Helpful or very helpful \|? ?Very helpful \|? ?Helpful \|? ?Neither helpful nor unhelpful \|? ?Partially helpful \|? ?Not helpful \|? ?Answered/);
    const helpful = format === 'md' ? '\\*\\*67%\\*\\*' : '67%';
    expect(survey).toMatch(new RegExp(`Learn more about the perspective of people from other sectors \\|? ?${helpful} \\|? ?33% \\|? ?33% \\|? ?0% \\|? ?0% \\|? ?33% \\|? ?3`));
    expect(survey).toContain('Not shown by sector: fewer than 5 responses');
    expect(survey).toContain('Is there anything you have done as a result of the programme that you may not have done otherwise?');
    for (const answer of ['We now co-chair the commissioning panel.', 'I called the council lead directly for the first time.']) expect(survey).toContain(answer);
  });

  it('[REVEXP1] Word: statuses are real table cells shaded in their RAG colour, helpful shares are bold, headings are heading styles', async () => {
    const xml = await docxXml(doc);
    const cellOf = (text: string) => {
      const at = xml.indexOf(`>${text}</w:t>`);
      return xml.slice(xml.lastIndexOf('<w:tc>', at), at);
    };
    expect(cellOf('At risk')).toContain('w:fill="FFE5B4"');
    expect(cellOf('Dropped')).toContain('w:fill="F4CCCC"');
    expect(cellOf('Done')).toContain('w:fill="D9EAD3"');
    expect(cellOf('No report yet')).toContain('w:fill="E7E6E6"');
    const run = (text: string) => xml.slice(xml.lastIndexOf('<w:r>', xml.indexOf(`>${text}</w:t>`)), xml.indexOf(`>${text}</w:t>`));
    expect(run('67%')).toContain('<w:b/>');
    expect(run('33%')).not.toContain('<w:b/>');
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(8);
  });

  it('[REVEXP1] the PDF: every page carries the workshop, "Review" and the day above, and "Page X of Y" below', async () => {
    const { pages } = await rendered.pdf!;
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Darlington PIP 2026 Review As of 20 May 2027');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });
});

describe('the review report: other states', () => {
  it.each(FORMATS)('[REVEXP1] %s: a DRAFT while the survey has not closed; the survey\'s place says so; nothing reported, nothing on the board', async (format) => {
    const plan = largePlan(1, 2);
    plan.agree();
    const { text, pages } = await readBack(format, reviewDocument(plan.state, '2026-12-01T09:00:00.000Z')!);
    expect(text).toContain('DRAFT: progress as of 1 December 2026; the feedback survey has not closed yet');
    expect(text).toContain('The feedback survey has not been run yet: its results appear here once it has closed.');
    expect(text).toContain('Nothing on the key-learning board yet.');
    expect(text).toContain('Nothing is overdue.');
    expect(text).not.toContain('Not shown by sector');
    for (const page of pages) expect(page).toContain('Wigan PIP 2026 Review DRAFT · as of 1 December 2026');
  });

  it.each(FORMATS)('[REVEXP1] %s: the survey split by sector, shares in bold, when each sector has 5 responses', async (format) => {
    const { text } = await readBack(format, reviewDocument(largeReview(1, 1, 1).state, SAMPLE_REVIEW_NOW)!);
    expect(text).toMatch(/By sector \|? ?Item \|? ?Council: helpful or very helpful \|? ?Third sector: helpful or very helpful/);
    expect(text).toMatch(/Learn more about the perspective of people from other sectors \|? ?\**\d+% \(12\)\** \|? ?\**\d+% \(12\)/);
    expect(text).not.toContain('Not shown by sector');
  });

  it('[REVEXP1] Markdown keeps typed text as typed; only web addresses become links', async () => {
    const plan = largePlan(1, 1);
    plan.agree();
    const [actionId] = agreedActionIds(plan);
    report(plan, actionId!, {
      slot: 'councilLead',
      status: 'at_risk',
      at: '2027-01-05T09:00:00.000Z',
      note: 'Budget | cut <b>again</b>\nsecond line',
      evidence: [{ text: 'Report [draft]', url: 'https://example.org/a b>|c' }, { text: 'Not a link', url: 'javascript:alert(1)' }],
    });
    const md = (await renderReview('md', reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!)).toString('utf8');
    expect(md).toContain('| 1.1 | 5 January 2027 | Council | At risk (amber) | Budget \\| cut \\<b\\>again\\</b\\><br>second line<br>*Evidence:* [Report \\[draft\\]](<https://example.org/a%20b%3E%7Cc>); Not a link |');
    expect(md).not.toContain('javascript:');
  });

  it('[REVEXP1] a report by a lead agreed by exception names their sector and which lead they were', async () => {
    const { plan } = darlingtonReview();
    const terms = agreedActionIds(plan)[5]!;
    report(plan, terms, { slot: 'councilLead', status: 'on_track', at: '2027-04-01T09:00:00.000Z', note: 'Covering the council post.' });
    const { text } = await readBack('md', reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!);
    expect(text).toContain('| 2.4 | 1 April 2027 | Third sector (as council lead) | On track (green) | Covering the council post. |');
  });

  it('[REVEXP1] files are named after the workshop and the day, a draft as such', async () => {
    const { plan } = darlingtonReview();
    const doc = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
    expect(await reviewFile('pdf', doc)).toMatchObject({ fileName: 'darlington-pip-2026-review-2027-05-20.pdf', contentType: 'application/pdf' });
    expect((await reviewFile('md', { ...doc, draft: true })).fileName).toBe('darlington-pip-2026-review-2027-05-20-draft.md');
    expect(REVIEW_FORMATS.filter(isReviewFormat)).toEqual(['docx', 'pdf', 'md']);
    for (const other of ['csv', 'constructor', 'toString', '']) expect(isReviewFormat(other)).toBe(false);
  });

  it('[REVEXP1] a plan of 10 × 10 actions with 3 reports each: every action and report is in the PDF, no objective heading ends a page, and its tables name it on each page', async () => {
    const doc = reviewDocument(largeReview(10, 10, 3).state, SAMPLE_REVIEW_NOW)!;
    const { text, pages } = await readBack('pdf', doc);
    expect(pages.length).toBeGreaterThan(20);
    for (const o of doc.objectives) {
      for (const a of o.actions) {
        expect(text).toContain(`${a.number} Commence work on rationalising`);
        expect(a.history).toHaveLength(3);
      }
    }
    expect(text.match(/Met the thematic group chairs/g)).toHaveLength(300);
    const progressPages = pages.slice(pages.findIndex((p) => p.includes('Progress on each action')), pages.findIndex((p) => p.includes('Our vision, revisited')));
    expect(progressPages.length).toBeGreaterThan(10);
    let headings = 0;
    let pagesWithReports = 0;
    for (const page of progressPages) {
      const body = page.slice(0, page.indexOf('Wigan PIP 2026 Review As of'));
      headings += [...body.matchAll(/Objective \d+: To strengthen/g)].length;
      // An objective's heading is followed on its page by its table's column names and an action (on each page the table runs onto).
      for (const m of body.matchAll(/Objective (\d+): To strengthen/g)) expect(body.slice(m.index)).toMatch(new RegExp(`^Objective ${m[1]}: [^|]*? Action Council lead Third-sector lead Timescale Latest status ${m[1]}\\.\\d+ Commence work`));
      // A page with reports names whose history they are, with the column names, before the first of them.
      const firstReport = body.search(/\d+\.\d+ \d+ \w+ 2027 (Council|Third sector)/);
      if (firstReport >= 0) {
        pagesWithReports += 1;
        expect(body.slice(0, firstReport)).toMatch(/Objective \d+: history since agreement Action Date Reported by Status Note and evidence $/);
      }
    }
    expect(headings).toBeGreaterThanOrEqual(10);
    expect(pagesWithReports).toBeGreaterThan(10);
  }, 30_000);

  it('[REVEXP1] the PDF: "Progress on each action" never ends a page alone, wherever page one leaves it, even above a tall first row', async () => {
    const base = reviewDocument(darlingtonReview().plan.state, SAMPLE_REVIEW_NOW)!;
    const first = base.objectives[0]!.actions[0]!;
    // Overdue since September: the timescale, its day and the mark make the first row five lines tall.
    base.objectives[0]!.actions[0] = { ...first, timescale: 'September 2026', dueBy: '2026-09-30', overdue: true };
    base.overdue = [];
    const firstPages: number[] = [];
    // A longer area lengthens the subtitle a line at a time, moving the heading down page one and over to page two.
    for (let lines = 0; lines <= 10; lines += 1) {
      const { pages } = await readBack('pdf', { ...base, area: `Darlington${' Borough Borough Borough'.repeat(lines)}` });
      const at = pages.findIndex((p) => p.includes('Progress on each action'));
      firstPages.push(at + 1);
      const body = pages[at]!.slice(pages[at]!.indexOf('Progress on each action'));
      expect(body, `${lines} more lines`).toMatch(/^Progress on each action Objective 1: [^|]*? Action Council lead Third-sector lead Timescale Latest status 1\.1 Cross-sector audit/);
    }
    expect(firstPages[0]).toBe(1);
    expect(firstPages.at(-1)).toBe(2);
  }, 30_000);
});
