import { describe, expect, it } from 'vitest';
import { SMALL_GROUP_MIN } from '../members/smallGroups';
import type { SurveyItemId } from '../survey/survey';
import { ProgrammeArea } from '../testing/programmeArea';
import type { WorkshopState } from '../workshop/workshop';
import { publishedOutputs } from './areaOutputs';
import { areaSummary } from './areaSummary';

const NOW = '2027-02-10T12:00:00.000Z';

/** The survey closed with `n` responses and one written answer. */
function closedSurvey(state: WorkshopState, n: number): WorkshopState {
  const scale = state.survey.items.find((i) => i.kind === 'scale')!;
  const written = state.survey.items.find((i) => i.kind === 'text')!;
  const counts = { not_helpful: 0, partially_helpful: 0, neither: 0, helpful: n, very_helpful: 0 };
  return {
    ...state,
    survey: {
      ...state.survey,
      status: 'closed',
      responseCount: n,
      openedAt: '2027-02-01T10:00:00.000Z',
      results: {
        responseCount: n,
        eligibleCount: 6,
        scale: [{ itemId: scale.id as SurveyItemId, counts, skipped: 0, helpfulShare: 1, bySector: null }],
        text: [{ itemId: written.id as SurveyItemId, answers: ['A written answer that names Cara'] }],
        closedAt: '2027-02-01T12:00:00.000Z',
      },
    },
  };
}

describe('what an area publishes to its programme', () => {
  it('[PROG5] agreed items with their sectors, the agreed plan with both leads and the latest statuses, the sessions and who came by sector', () => {
    const area = new ProgrammeArea();
    const out = publishedOutputs(area.state, NOW);
    expect(out.withheld).toBe(false);
    const drivers = out.boards.find((b) => b.boardId === area.drivers)!;
    expect(drivers.agreed).toEqual([
      { id: area.cards.agreed, text: 'National policy on social value and procurement', sectors: ['local_authority'] },
      { id: area.cards.agreedToo, text: 'A shared wish to reach isolated people', sectors: ['third_sector'] },
    ]);
    expect(out.sessions.map((s) => [s.number, s.current])).toEqual([[1, true], [2, false], [3, false], [4, false], [5, false]]);
    expect(out.sessions[0]!.contributionsBySector).toMatchObject({ local_authority: 2, third_sector: 2 });
    expect(out.participantsBySector).toEqual({ local_authority: 2, third_sector: 2, other_public: 1, other: 0 });
    const [version] = out.plan!.versions;
    expect(version!.number).toBe(1);
    expect(version!.objectives.map((o) => o.text)).toEqual(['Review the Compact']);
    const [first, second] = version!.objectives[0]!.actions;
    expect(first).toMatchObject({
      text: 'Draft the principles',
      councilLead: { name: 'Cara', organisation: 'Cara org', sector: 'local_authority' },
      thirdSectorLead: { name: 'Tara Jones', organisation: 'Darlington CVS', sector: 'third_sector' },
      status: 'at_risk',
      statusAt: '2026-12-01T09:00:00.000Z',
      overdue: true,
    });
    expect(second).toMatchObject({ status: null, overdue: false });
    expect(out.plan!.actionsByStatus).toMatchObject({ at_risk: 1, not_started: 1 });
    expect(out.plan!.overdue).toBe(1);
    expect(out.survey).toEqual({ status: 'not_started', responseCount: 0, eligibleCount: 5, results: null, resultsHeldBack: false });
  });

  it('[PROG6] never a draft, an author, a dot, a plan response or concern, a lead\'s note, nor anything not agreed', () => {
    const area = new ProgrammeArea();
    const text = JSON.stringify(publishedOutputs(area.state, NOW));
    for (const person of area.people) expect(text).not.toContain(person.memberId);
    expect(text).not.toContain(area.lead.memberId);
    expect(text).not.toContain('A draft nobody agreed');
    expect(text).not.toContain('Past success with the Compact');
    expect(text).not.toContain('A draft objective after agreement');
    expect(text).not.toContain('Who pays for the venue');
    expect(text).not.toContain('A note only the area reads');
    expect(text).not.toContain('minutes');
    expect(text).not.toMatch(/"(votes|authorIds|dotsSpent|responses|concerns|organisations|ballots|note|evidence)"/);
  });

  it('[PROG6] what the facilitators keep back never flows up: an item, an action, a board, the whole area', () => {
    const area = new ProgrammeArea();
    area.ok(area.lead, 'programme:share', { scope: 'item', targetId: area.cards.agreed, shared: false });
    area.ok(area.lead, 'programme:share', { scope: 'item', targetId: area.actions.first, shared: false });
    let out = publishedOutputs(area.state, NOW);
    expect(JSON.stringify(out)).not.toContain('National policy on social value');
    expect(JSON.stringify(out)).not.toContain('Draft the principles');
    expect(out.plan!.actionsByStatus).toMatchObject({ at_risk: 0, not_started: 1 });
    expect(out.plan!.overdue).toBe(0);
    area.ok(area.lead, 'programme:share', { scope: 'board', targetId: area.drivers, shared: false });
    out = publishedOutputs(area.state, NOW);
    expect(out.boards.map((b) => b.boardId)).not.toContain(area.drivers);
    expect(JSON.stringify(out)).not.toContain('isolated people');
    area.ok(area.lead, 'programme:share', { scope: 'area', shared: false });
    out = publishedOutputs(area.state, NOW);
    expect(out).toMatchObject({ withheld: true, sessions: [], boards: [], plan: null });
    expect(JSON.stringify(out)).not.toContain('Compact');
  });

  it(`[PROG5] [SMALL1] an area's closed survey results flow up from ${SMALL_GROUP_MIN} responses, never a written answer`, () => {
    const area = new ProgrammeArea();
    const few = publishedOutputs(closedSurvey(area.state, SMALL_GROUP_MIN - 1), NOW).survey;
    expect(few).toMatchObject({ status: 'closed', responseCount: SMALL_GROUP_MIN - 1, eligibleCount: 6, results: null, resultsHeldBack: true });
    const enough = publishedOutputs(closedSurvey(area.state, SMALL_GROUP_MIN), NOW);
    expect(enough.survey.results).toHaveLength(1);
    expect(enough.survey.results![0]!.counts.helpful).toBe(SMALL_GROUP_MIN);
    expect(JSON.stringify(enough)).not.toContain('A written answer');
  });

  it('[PROG7] the programme view\'s line for an area is read off its published outputs', () => {
    const area = new ProgrammeArea();
    const summary = areaSummary(publishedOutputs(area.state, NOW), '2027-02-10');
    expect(summary).toMatchObject({
      withheld: false,
      currentSession: { number: 1 },
      agreedByKind: { drivers: 2, benefits: 0 },
      plan: { version: 1, actions: 2, overdue: 1, actionsByStatus: { at_risk: 1, not_started: 1 } },
      survey: { status: 'not_started', responseCount: 0, eligibleCount: 5 },
    });
  });
});
