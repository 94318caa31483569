import { describe, expect, it } from 'vitest';
import { darlingtonPlan, largePlan } from '../testing/planDocumentSample';
import { reviewDocument, summaryGroups } from './reviewDocument';
import { agreedActionIds, closeSurvey, darlingtonReview, largeReview, report, SAMPLE_REVIEW_NOW, sampleResponse } from '../testing/reviewDocumentSample';

const actionsOf = (doc: NonNullable<ReturnType<typeof reviewDocument>>) => doc.objectives.flatMap((o) => o.actions);

describe('the review as a document', () => {
  it('[REVEXP1] is null before any version of the plan has been agreed', () => {
    const { plan } = darlingtonPlan();
    expect(reviewDocument(plan.state, SAMPLE_REVIEW_NOW)).toBeNull();
  });

  it('[REVEXP1] the latest agreed version, each action with both leads, its timescale, latest status in words and RAG, and its history oldest first', () => {
    const { plan } = darlingtonReview();
    const doc = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
    expect(doc).toMatchObject({ title: 'Darlington PIP 2026', area: 'Darlington', asOf: '2027-05-20', draft: false, laterDraft: null });
    expect(doc.plan).toMatchObject({ version: 1, agreedAt: '2026-11-20T10:00:00.000Z', reviewDate: '2027-05-20' });
    expect(doc.objectives.map((o) => [o.number, o.actions.map((a) => a.number)])).toEqual([
      [1, ['1.1', '1.2']],
      [2, ['2.1', '2.2', '2.3', '2.4']],
      [3, ['3.1', '3.2']],
    ]);
    const audit = doc.objectives[0]!.actions[0]!;
    expect(audit).toMatchObject({
      councilLead: { name: 'Priya Shah', organisation: 'Darlington Borough Council' },
      thirdSectorLead: { name: 'Tom Reed', organisation: 'Darlington CVS' },
      timescale: 'Q2 2027',
      dueBy: '2027-06-30',
      latest: { status: 'at_risk', words: 'At risk', rag: 'amber', at: '2027-03-02T14:30:00.000Z' },
      overdue: false,
    });
    expect(audit.history).toEqual([
      { status: 'on_track', words: 'On track', rag: 'green', at: '2027-01-15T09:00:00.000Z', slot: 'councilLead', sector: 'local_authority', note: 'First meeting held; CVS directory shared.', evidence: [] },
      {
        status: 'at_risk',
        words: 'At risk',
        rag: 'amber',
        at: '2027-03-02T14:30:00.000Z',
        slot: 'thirdSectorLead',
        sector: 'third_sector',
        note: 'Half the organisations have replied; the database needs a host.',
        evidence: [
          { text: 'Survey of providers, 42 replies', url: 'https://example.org/darlington/audit' },
          { text: 'Minutes of the April forum', url: null },
        ],
      },
    ]);
    const unreported = doc.objectives[1]!.actions[2]!;
    expect(unreported.latest).toEqual({ status: null, words: 'No report yet', rag: 'grey', at: null });
    expect(unreported.history).toEqual([]);
  });

  it('[REVEXP1] [REV5] overdue: past the timescale\'s end and neither done nor dropped, listed in plan order', () => {
    const { plan } = darlingtonReview();
    const doc = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
    expect(doc.overdue.map((o) => [o.number, o.latest.words])).toEqual([
      ['2.1', 'On track'],
      ['2.4', 'Not started'],
      ['3.1', 'No report yet'],
    ]);
    expect(actionsOf(doc).filter((a) => a.overdue).map((a) => a.number)).toEqual(['2.1', '2.4', '3.1']);
    // The day before 2.4's date, it is not overdue yet.
    expect(reviewDocument(plan.state, '2027-04-30T23:00:00.000Z')!.overdue.map((o) => o.number)).toEqual(['2.1', '3.1']);
  });

  it('[REVEXP1] [REV4] the summary counts each action once overall, each lead once by sector; "other" shows only when a lead is in it', () => {
    const { plan } = darlingtonReview();
    const { summary } = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
    expect(summary.overall).toEqual({ counts: { not_started: 4, on_track: 1, at_risk: 1, done: 1, dropped: 1 }, notReported: 3, total: 8 });
    expect(summary.bySector.local_authority.total + summary.bySector.third_sector.total).toBe(16);
    expect(summary.bySector.third_sector.counts.at_risk).toBe(1);
    expect(summaryGroups(summary)).toEqual(['local_authority', 'third_sector']);
  });

  it('[REVEXP1] the vision revisited is the agreed one, and a revision being drafted does not change what is reviewed', () => {
    const { plan } = darlingtonReview();
    plan.run(plan.lead, 'plan:update', { vision: 'A new vision', baseVision: plan.state.plan.vision });
    const doc = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
    expect(doc.plan.vision).toContain('long-term commitment');
    expect(doc.plan.principles).toContain('Open and transparent');
    expect(doc.laterDraft).toBe(2);
    expect(doc.plan.version).toBe(1);
  });

  it('[REVEXP1] key learning: agreed items first, then every cluster and card as texts, hidden cards and authors left out', () => {
    const { plan } = darlingtonReview();
    const board = Object.values(plan.state.boards).find((b) => b.kind === 'key_learning')!;
    const hide = Object.values(plan.state.cards).find((c) => c.boardId === board.id && c.text === 'Sharing the budget pressures openly')!;
    plan.run(plan.lead, 'card:hide', { cardId: hide.id, hidden: true });
    const { keyLearning } = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
    expect(keyLearning).toEqual({
      prompt: 'What really helped us work together to improve partnership working here?',
      agreed: ['How we met', 'Having both leads named for every action'],
      groups: [
        { name: 'How we met', texts: ['Meeting on neutral ground', 'An independent facilitator'] },
        { name: null, texts: ['Having both leads named for every action', 'Time to listen before deciding'] },
      ],
    });
    expect(JSON.stringify(keyLearning)).not.toMatch(/Priya|Tom Reed|Agnieszka|Dave/);
  });

  it('[REVEXP1] survey results once closed: shares of each answer, the helpful share, and no sector split below 5 a sector', () => {
    const { plan } = darlingtonReview();
    const { survey, draft } = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
    expect(draft).toBe(false);
    expect(survey.status).toBe('closed');
    const results = survey.results!;
    expect(results).toMatchObject({ responseCount: 4, eligibleCount: 5, sectorSplitShown: false });
    expect(results.scale).toHaveLength(11);
    // Item 1: one left it blank; of three who answered, one very helpful, one helpful, one not helpful.
    expect(results.scale[0]).toMatchObject({ text: 'Learn more about the perspective of people from other sectors', answered: 3, skipped: 1, bySector: null });
    expect(results.scale[0]!.helpfulShare).toBeCloseTo(2 / 3);
    expect(results.scale[0]!.shares.not_helpful).toBeCloseTo(1 / 3);
    expect(results.scale[0]!.shares.partially_helpful).toBe(0);
    expect(results.text).toEqual([
      {
        question: 'Is there anything you have done as a result of the programme that you may not have done otherwise?',
        answers: expect.arrayContaining(['We now co-chair the commissioning panel.', 'I called the council lead directly for the first time.']) as string[],
      },
    ]);
    expect(results.text[0]!.answers).toHaveLength(2);
  });

  it('[REVEXP1] the survey split by sector when each has 5 responses', () => {
    const plan = largeReview(1, 2, 1);
    const results = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!.survey.results!;
    expect(results.sectorSplitShown).toBe(true);
    const first = results.scale[0]!;
    expect(first.bySector!.local_authority.answered + first.bySector!.third_sector.answered).toBe(first.answered);
  });

  it('[REVEXP1] a draft while the survey has not closed, with no results in it', () => {
    const plan = largePlan(1, 1);
    plan.agree();
    const doc = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
    expect(doc.draft).toBe(true);
    expect(doc.survey).toEqual({ status: 'not_started', responseCount: 0, results: null });
    expect(doc.keyLearning).toEqual({ prompt: 'What really helped us work together to improve partnership working here?', agreed: [], groups: [] });
    closeSurvey(plan, [sampleResponse(plan, null, 'helpful')], 2);
    expect(reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!.draft).toBe(false);
  });

  it('[REVEXP1] reports on a later version\'s actions stay with the action: history since it was first agreed', () => {
    const plan = largePlan(1, 2);
    plan.agree();
    const [first] = agreedActionIds(plan);
    report(plan, first!, { slot: 'councilLead', status: 'on_track', at: '2027-01-10T09:00:00.000Z', note: 'Started.' });
    plan.run(plan.lead, 'objective:add', { text: 'A new objective' });
    const objectiveId = Object.values(plan.state.objectives).find((o) => o.text === 'A new objective')!.id;
    plan.action(objectiveId, 'A new action', { council: { kind: 'named', name: 'Cy', organisation: 'Wigan Council', sector: 'local_authority' }, third: { kind: 'named', name: 'Tia', organisation: 'CVS', sector: 'third_sector' }, timescale: { kind: 'quarter', quarter: '2027-Q4' } });
    expect(plan.agree()).toBe(2);
    report(plan, first!, { slot: 'thirdSectorLead', status: 'done', at: '2027-02-10T09:00:00.000Z', note: 'Finished.' });
    const doc = reviewDocument(plan.state, SAMPLE_REVIEW_NOW)!;
    expect(doc.plan.version).toBe(2);
    expect(doc.objectives.map((o) => o.actions.length)).toEqual([2, 1]);
    expect(doc.objectives[0]!.actions[0]!.history.map((h) => h.words)).toEqual(['On track', 'Done']);
    expect(doc.objectives[1]!.actions[0]!.latest.words).toBe('No report yet');
  });
});
