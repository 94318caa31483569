import { describe, expect, it } from 'vitest';
import { actionsOf } from '@roundtable/shared/plan/plan';
import { planDocument, type PlanDocument, type PlanDocumentAction } from '@roundtable/shared/plan/planDocument';
import { darlingtonPlan, largePlan, SamplePlan } from '@roundtable/shared/testing/planDocumentSample';
import { docxText, pdfPages } from '../testing/extractText';
import { csvSafe } from './csvLayout';
import { PLAN_EXPORT, type PlanFormat } from './documents/planExport';
import { PLAN_CSV_COLUMNS } from './planCsv';
import { markdownText } from './profileMarkdown';
import { PLAN_WORDING } from './planWording';
import { csvRecords } from '../testing/csvRecords';

const { extensions: PLAN_FORMATS, isFormat: isPlanFormat, file: planFile, render: renderPlan } = PLAN_EXPORT;
const { leadText } = PLAN_WORDING;

const AT = '2026-12-01T09:00:00.000Z';

const fold = (s: string) => s.replace(/\s+/g, ' ');

/** What a reader finds in each format: the text (whitespace folded), and for the PDF each page's. */
interface Rendered {
  text: string;
  pages: string[];
}

async function readBack(format: Exclude<PlanFormat, 'csv'>, plan: PlanDocument): Promise<Rendered> {
  const body = await renderPlan(format, plan);
  if (format === 'md') return { text: fold(body.toString('utf8')), pages: [] };
  if (format === 'docx') {
    expect(body.subarray(0, 2).toString()).toBe('PK');
    return { text: fold(await docxText(body)), pages: [] };
  }
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = await pdfPages(body);
  return { text: fold(pages.join('\n')), pages: pages.map(fold) };
}

/** An action's row as each format sets it: its cells in order. */
function actionRow(format: Exclude<PlanFormat, 'csv'>, a: PlanDocumentAction): string {
  const notes = a.notes ? a.notes.split('\n').map((line, i) => (i === 0 ? `Notes: ${line}` : line)) : [];
  const exception = a.leadException ? [`Leads agreed by exception: ${a.leadException}`] : [];
  if (format === 'md') {
    const cell = [`**${a.number}** ${markdownText(a.text)}`, ...[...notes, ...exception].map((l) => `*${markdownText(l)}*`)].join('<br>');
    return `| ${cell} | ${markdownText(leadText(a.councilLead))} | ${markdownText(leadText(a.thirdSectorLead))} | ${a.timescale} |`;
  }
  const lead = (l: PlanDocumentAction['councilLead']) => `${l!.name} ${l!.organisation}`;
  return fold([`${a.number} ${a.text}`, ...notes, ...exception, lead(a.councilLead), lead(a.thirdSectorLead), a.timescale].join(' '));
}

describe('the action plan in Word, PDF and Markdown', () => {
  const { plan } = darlingtonPlan();
  const draft = planDocument(plan.state, null, AT)!;
  const drafts = Object.fromEntries((['md', 'docx', 'pdf'] as const).map((f) => [f, readBack(f, draft)]));

  it.each(['md', 'docx', 'pdf'] as const)('[EXP1] %s: every objective and every action, with both leads and their organisations, the timescale and notes', async (format) => {
    const { text } = await drafts[format]!;
    expect(text).toContain('Darlington PIP 2026');
    expect(text).toContain('Partnership improvement action plan · Darlington');
    expect(text).toContain('Generated on 1 December 2026.');
    expect(text).toContain('Organisations taking part: County Durham and Darlington NHS, Darlington Borough Council, Darlington CVS, eVOLution Darlington');
    expect(text).toContain('We believe that the local council and the local third sector should regard partnership working as a long-term commitment.');
    for (const principle of draft.principles) expect(text).toContain(principle);
    expect(draft.objectives.flatMap((o) => o.actions)).toHaveLength(8);
    for (const objective of draft.objectives) {
      expect(text).toContain(format === 'md' ? markdownText(`Objective ${objective.number}: ${objective.text}`) : `Objective ${objective.number}: ${objective.text}`);
      for (const action of objective.actions) expect(text).toContain(actionRow(format, action));
    }
    expect(text).toContain('Joint review six months after the plan is agreed');
  });

  it.each(['md', 'docx', 'pdf'] as const)('[EXP1] %s: a draft is marked DRAFT under the title', async (format) => {
    const { text } = await drafts[format]!;
    expect(text).toContain('DRAFT of version 1: not yet agreed');
  });

  it.each(['md', 'docx', 'pdf'] as const)('[EXP1] %s: appends the partnership profile, naming sectors and nobody', async (format) => {
    const { text } = await drafts[format]!;
    const appendix = text.slice(text.indexOf('Appendix: partnership profile'));
    expect(appendix).toContain('Taking part: 5 participants (2 Council, 2 Third sector, 1 Other public body).');
    expect(appendix).toMatch(/Lack of resources to participate \|? ?Third sector \|? ?7/);
    expect(appendix).toContain('Nothing agreed yet');
    for (const name of ['Priya', 'Tom Reed', 'Sam Jones', 'Ann Facilitator']) expect(appendix).not.toContain(name);
  });

  it.each(['md', 'docx', 'pdf'] as const)('[EXP4] %s: objectives written in the plan itself, none agreed on a board: the appendix says so and points to them', async (format) => {
    const sample = new SamplePlan('Sutton PIP', 'Sutton');
    sample.objective('To review the Compact');
    sample.objective('To hold a joint funding forum');
    const { text } = await readBack(format, planDocument(sample.state, null, AT)!);
    expect(text).toContain('Objective 2: To hold a joint funding forum');
    const appendix = text.slice(text.indexOf('Appendix: partnership profile'));
    const objectivesSection = appendix.slice(appendix.indexOf('Improvement objectives'));
    expect(objectivesSection).toContain(`None agreed on an objectives board. The plan's 2 objectives were set in the plan itself: see "Objectives and preliminary actions".`);
    expect(objectivesSection).not.toContain('Nothing agreed yet');
    expect(objectivesSection).not.toContain('To review the Compact');
  });

  it('[EXP4] a plan with no objectives at all: its appendix says nothing was agreed (Word, PDF and Markdown)', async () => {
    const empty = planDocument(new SamplePlan('Sutton PIP', 'Sutton').state, null, AT)!;
    for (const format of ['md', 'docx', 'pdf'] as const) {
      const { text } = await readBack(format, empty);
      const appendix = text.slice(text.indexOf('Appendix: partnership profile'));
      expect(appendix.slice(appendix.indexOf('Improvement objectives'))).toContain('Nothing agreed yet');
    }
  });

  it('[EXP1] the PDF: every page has the workshop, "Action plan" and DRAFT above and "Page X of Y" below', async () => {
    const { pages } = await drafts.pdf!;
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain('Darlington PIP 2026 Action plan DRAFT of version 1');
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it.each(['md', 'docx', 'pdf'] as const)('[EXP1] %s: an agreed version says which and when, with no DRAFT anywhere, and its review date', async (format) => {
    const { plan: agreedPlan } = darlingtonPlan();
    agreedPlan.agree();
    const { text, pages } = await readBack(format, planDocument(agreedPlan.state, 1, AT)!);
    expect(text).toContain('Version 1, agreed on 20 November 2026');
    expect(text).toContain('Joint review by 20 May 2027.');
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('not yet agreed');
    for (const page of pages) expect(page).toContain('Darlington PIP 2026 Action plan Version 1');
  });

  it.each(['md', 'docx', 'pdf'] as const)('[PLAN10] %s: an agreed version shows the answers by sector and the concerns raised, with no name; a draft shows neither', async (format) => {
    const { plan: agreedPlan, tom, dave } = darlingtonPlan();
    agreedPlan.run(agreedPlan.lead, 'plan:consult', {});
    agreedPlan.run(tom, 'plan:respond', { round: 1, response: 'concern', comment: 'The training needs more time in the spring' });
    agreedPlan.run(dave, 'plan:respond', { round: 1, response: 'agree' });
    agreedPlan.run(agreedPlan.lead, 'plan:agree', { version: 1 });
    const { text } = await readBack(format, planDocument(agreedPlan.state, 1, AT)!);
    const agreement = text.slice(text.indexOf('Agreement When the room was asked'), text.indexOf('Appendix: partnership profile'));
    expect(agreement).toContain('Council: 1 agreed, 0 raised a concern');
    expect(agreement).toContain('Third sector: 0 agreed, 1 raised a concern');
    expect(agreement, 'a sector nobody answered for is not listed').not.toContain('Other:');
    expect(agreement).toContain('The plan was agreed with this concern raised:');
    expect(agreement).toContain('Third sector: The training needs more time in the spring');
    expect(agreement).not.toContain('Tom Reed');
    const { text: draftText } = await drafts[format]!;
    expect(draftText).not.toContain('raised a concern');
  });

  it('[PLAN10] a version agreed with nobody asked lists no sector as answering', () => {
    const none = { local_authority: 0, third_sector: 0, other: 0 };
    const lines = PLAN_WORDING.answerLines({ responses: { agree: none, concern: none }, concerns: [] });
    expect(lines).toEqual(['No answers were recorded.']);
  });

  it('[PLAN10] an agreed version with no concern says none was raised (Word, PDF and Markdown)', async () => {
    const { plan: agreedPlan } = darlingtonPlan();
    agreedPlan.agree();
    for (const format of ['md', 'docx', 'pdf'] as const) {
      const { text } = await readBack(format, planDocument(agreedPlan.state, 1, AT)!);
      expect(text, format).toContain('Council: 2 agreed, 0 raised a concern');
      expect(text, format).toContain('No concerns were raised.');
    }
  });

  it.each(['md', 'docx', 'pdf'] as const)('[EXP1] %s: version 1 of a plan changed since still reads as agreed', async (format) => {
    const { plan: changed, priya, objectives } = darlingtonPlan();
    changed.agree();
    const [first] = actionsOf(changed.state, objectives.resources);
    changed.run(changed.lead, 'action:update', { actionId: first!.id, text: 'A shared database of services, resources and skills', baseText: first!.text });
    changed.run(priya, 'member:updateProfile', { name: 'Priya Shah-Jones' });
    changed.run(changed.lead, 'objective:add', { text: 'To set up a joint funding panel' });

    const v1 = await readBack(format, planDocument(changed.state, 1, AT)!);
    expect(v1.text).toContain('Cross-sector audit and development of a database of service provision');
    expect(v1.text).toContain('Priya Shah');
    for (const later of ['A shared database of services', 'Shah-Jones', 'joint funding panel']) expect(v1.text).not.toContain(later);

    const v2 = await readBack(format, planDocument(changed.state, null, AT)!);
    expect(v2.text).toContain('DRAFT of version 2: not yet agreed');
    for (const later of ['A shared database of services', 'Priya Shah-Jones', 'To set up a joint funding panel']) expect(v2.text).toContain(later);
    expect(v2.text).toContain('No actions yet.');
  });

  it('[EXP1] Markdown keeps typed text as typed: markup is escaped and cannot break the table', async () => {
    const sample = new SamplePlan('Łódź & Co <PIP>', 'Łódź');
    const council = sample.join('Ola *Nowak*', 'local_authority', 'Urząd | Miasta');
    const third = sample.join('Jan', 'third_sector', 'CVS');
    const o = sample.objective('Objective with [link](x) and # hash');
    sample.action(o, 'Action with | pipe and <b>tag</b>\nsecond line', { council, third, timescale: { kind: 'month', month: '2027-02' } });
    const md = (await renderPlan('md', planDocument(sample.state, null, AT)!)).toString('utf8');
    expect(md).toContain('# Łódź & Co \\<PIP\\>');
    expect(md).toContain('### Objective 1: Objective with \\[link\\](x) and \\# hash');
    expect(md).toContain('| **1.1** Action with \\| pipe and \\<b\\>tag\\</b\\> second line | Ola \\*Nowak\\*, Urząd \\| Miasta | Jan, CVS | February 2027 |');
  });
});

describe('the action plan as CSV', () => {
  const { plan } = darlingtonPlan();
  const draft = planDocument(plan.state, null, AT)!;

  it('[EXP1] one row per action: objective, action, both leads with organisations, timescale, notes; UTF-8 with a BOM, RFC 4180', async () => {
    const body = await renderPlan('csv', draft);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8');
    const [header, ...rows] = csvRecords(text.slice(1));
    expect(header).toEqual([...PLAN_CSV_COLUMNS]);
    const actions = draft.objectives.flatMap((o) => o.actions.map((a) => ({ o, a })));
    expect(rows).toHaveLength(actions.length);
    rows.forEach((row, i) => {
      const { o, a } = actions[i]!;
      expect(row).toEqual([
        String(o.number),
        o.text,
        a.number,
        a.text,
        a.councilLead!.name,
        a.councilLead!.organisation,
        a.thirdSectorLead!.name,
        a.thirdSectorLead!.organisation,
        a.timescale,
        a.notes,
        a.leadException ?? '',
        '',
      ]);
    });
    expect(rows[0]![9]).toBe('Start from the CVS directory.\nShare the first draft at the April forum.');
    expect(rows.map((r) => r[6])).toContain('Agnieszka Wróbel');
  });

  it('[EXP1] a cell a spreadsheet would run as a formula starts with an apostrophe; quotes and commas survive', async () => {
    const sample = new SamplePlan('Sutton PIP', 'Sutton');
    const council = sample.join('@council', 'local_authority', '+44 20 8770 5000');
    const third = sample.join('Sam "the CVS" Lee', 'third_sector', 'Sutton CVS, Ltd');
    const o = sample.objective('=HYPERLINK("http://example.invalid","Click")');
    sample.action(o, '-1+1', { council, third, timescale: { kind: 'quarter', quarter: '2027-Q1' }, notes: '=SUM(A1:A9)' });
    const [, row] = csvRecords((await renderPlan('csv', planDocument(sample.state, null, AT)!)).toString('utf8').slice(1));
    expect(row).toEqual(['1', `'=HYPERLINK("http://example.invalid","Click")`, '1.1', `'-1+1`, `'@council`, `'+44 20 8770 5000`, 'Sam "the CVS" Lee', 'Sutton CVS, Ltd', 'Q1 2027', `'=SUM(A1:A9)`, '', '']);
    expect(csvSafe('Plain text')).toBe('Plain text');
    expect(csvSafe('\tTabbed')).toBe("'\tTabbed");
  });

  it('[EXP1] an objective without actions yet keeps a row of its own', async () => {
    const sample = new SamplePlan();
    sample.objective('To review the Compact');
    const [, row, ...rest] = csvRecords((await renderPlan('csv', planDocument(sample.state, null, AT)!)).toString('utf8').slice(1));
    expect(row).toEqual(['1', 'To review the Compact', '', '', '', '', '', '', '', '', '', '']);
    expect(rest).toEqual([]);
  });

  it('[EXP1] every row of an agreed version carries its joint review date (a draft without one leaves it empty)', async () => {
    const { plan: agreedPlan } = darlingtonPlan();
    agreedPlan.agree();
    const agreed = planDocument(agreedPlan.state, 1, AT)!;
    const [header, ...rows] = csvRecords((await renderPlan('csv', agreed)).toString('utf8').slice(1));
    expect(header!.at(-1)).toBe('Joint review date');
    expect(agreed.reviewDate).toBe('2027-05-20');
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row.at(-1)).toBe('2027-05-20');
    const [, ...draftRows] = csvRecords((await renderPlan('csv', draft)).toString('utf8').slice(1));
    for (const row of draftRows) expect(row.at(-1)).toBe('');
  });
});

describe('the action plan as files', () => {
  it('[EXP1] names each file after the workshop and the version, a draft as such', async () => {
    const { plan } = darlingtonPlan();
    const draft = planDocument(plan.state, null, AT)!;
    expect((await planFile('docx', draft)).fileName).toBe('darlington-pip-2026-action-plan-v1-draft.docx');
    plan.agree();
    const v1 = await planFile('csv', planDocument(plan.state, 1, AT)!);
    expect(v1).toMatchObject({ fileName: 'darlington-pip-2026-action-plan-v1.csv', contentType: 'text/csv; charset=utf-8' });
    expect(PLAN_FORMATS.filter(isPlanFormat)).toEqual(['docx', 'pdf', 'md', 'csv']);
    for (const other of ['xlsx', 'constructor', 'toString', '']) expect(isPlanFormat(other)).toBe(false);
  });

  it('[EXP1] in the PDF an action too long for one page runs on to the next rather than going missing', async () => {
    const sample = new SamplePlan('Long PIP', 'Wigan');
    const council = sample.join('Cara Council', 'local_authority', 'Wigan Council');
    const third = sample.join('Theo Third', 'third_sector', 'Wigan and Leigh CVS');
    // Every text at its longest (ACTION_TEXT_MAX_CHARS, ACTION_NOTES_MAX_CHARS, LEAD_EXCEPTION_MAX_CHARS), ending in a marker.
    const filled = (chars: number, marker: string) => `${Array.from({ length: chars }, (_, i) => `word${i}`).join(' ').slice(0, chars - marker.length - 1)} ${marker}`;
    const o = sample.objective('To keep every word of a long action');
    for (let a = 0; a < 3; a += 1) {
      sample.action(o, filled(500, `endOfAction${a}`), {
        council,
        third,
        timescale: { kind: 'quarter', quarter: '2027-Q1' },
        notes: filled(1000, `endOfNotes${a}`),
        leadException: filled(300, `endOfException${a}`),
      });
    }
    const { text } = await readBack('pdf', planDocument(sample.state, null, AT)!);
    for (let a = 0; a < 3; a += 1) for (const end of ['Action', 'Notes', 'Exception']) expect(text).toContain(`endOf${end}${a}`);
  });

  it('[EXP1] a plan of 10 objectives × 10 actions: in the PDF no objective heading ends a page, and a table that runs on repeats its header row', async () => {
    const big = planDocument(largePlan(10, 10).state, null, AT)!;
    const { pages } = await readBack('pdf', big);
    expect(pages.length).toBeGreaterThan(5);
    const header = 'Action Council lead Third-sector lead Timescale';
    const objectivePages = pages.slice(0, pages.findIndex((p) => p.includes('Appendix: partnership profile')));
    for (const page of objectivePages) {
      const body = page.slice(0, page.indexOf('Wigan PIP 2026 Action plan DRAFT'));
      const lastHeading = body.lastIndexOf('Objective ');
      if (lastHeading >= 0) expect(body.slice(lastHeading)).toMatch(new RegExp(`${header} \\d+\\.1 Commence work`));
      const firstAction = body.search(/\d+\.\d+ Commence work/);
      if (firstAction >= 0) expect(body.slice(0, firstAction)).toContain(header);
    }
    for (let o = 1; o <= 10; o += 1) {
      for (let a = 1; a <= 10; a += 1) expect(pages.join(' ')).toContain(`${o}.${a} Commence work on rationalising the ways in which partnerships use the third sector, and expectations of attendance, stage ${a}`);
    }
  });
});
