import { describe, expect, it } from 'vitest';
import { actionsOf, objectivesInOrder } from './plan';
import { planDocument } from './planDocument';
import { darlingtonPlan, SAMPLE_PLAN_NOW, SamplePlan } from '../testing/planDocumentSample';

const AT = '2026-12-01T09:00:00.000Z';

describe('the plan as a document', () => {
  it('[EXP1] a draft carries the workshop, the vision and principles, every objective with its actions, leads, timescales and notes', () => {
    const { plan } = darlingtonPlan();
    const doc = planDocument(plan.state, null, AT)!;
    expect(doc).toMatchObject({
      title: 'Darlington PIP 2026',
      area: 'Darlington',
      status: { kind: 'draft', version: 1 },
      generatedAt: AT,
      organisations: ['County Durham and Darlington NHS', 'Darlington Borough Council', 'Darlington CVS', 'eVOLution Darlington'],
      principles: ['Partnership is a long-term commitment', 'Open and transparent', 'Listen to and value what each partner says', 'Willing to take risks and to tolerate mistakes'],
      reviewDate: null,
    });
    expect(doc.vision).toContain('long-term commitment.\nPartnership working requires');
    expect(doc.objectives.map((o) => [o.number, o.actions.map((a) => a.number)])).toEqual([
      [1, ['1.1', '1.2']],
      [2, ['2.1', '2.2', '2.3', '2.4']],
      [3, ['3.1', '3.2']],
    ]);
    expect(doc.objectives[0]!.actions[0]).toEqual({
      number: '1.1',
      text: 'Cross-sector audit and development of a database of service provision, resource needs and skills availability',
      councilLead: { name: 'Priya Shah', organisation: 'Darlington Borough Council' },
      thirdSectorLead: { name: 'Tom Reed', organisation: 'Darlington CVS' },
      timescale: 'Q2 2027',
      notes: 'Start from the CVS directory.\nShare the first draft at the April forum.',
      leadException: null,
    });
    expect(doc.objectives[0]!.actions[1]).toMatchObject({ thirdSectorLead: { name: 'Sam Jones', organisation: 'Age UK Darlington' }, timescale: 'June 2027' });
    expect(doc.objectives[1]!.actions[3]).toMatchObject({ timescale: '30 April 2027', leadException: 'The council post is vacant until April; the CVS covers it.' });
  });

  it('[EXP1] carries the partnership profile as it stands, without naming anyone in it', () => {
    const { plan } = darlingtonPlan();
    const doc = planDocument(plan.state, null, AT)!;
    expect(doc.profile.generatedAt).toBe(AT);
    expect(doc.profile.dimensions.find((d) => d.kind === 'obstacles')!.items).toEqual([{ wording: 'Lack of resources to participate', sectors: ['third_sector'], votes: 7 }]);
    expect(doc.profile.objectives).toHaveLength(1);
    expect(JSON.stringify(doc.profile)).not.toContain('Priya');
  });

  it('[EXP1] a draft shows what it does not have yet: no leads, no timescale, an objective without actions', () => {
    const plan = new SamplePlan('St Helens PIP', 'St Helens');
    const o = plan.objective('To review the Compact and develop a new partnership framework');
    plan.action(o, 'Completion of a draft document setting out underlying principles');
    plan.objective('To review and co-ordinate arrangements for community grant funding agreements');
    const doc = planDocument(plan.state, null, AT)!;
    expect(doc.objectives).toEqual([
      {
        number: 1,
        text: 'To review the Compact and develop a new partnership framework',
        actions: [{ number: '1.1', text: 'Completion of a draft document setting out underlying principles', councilLead: null, thirdSectorLead: null, timescale: '', notes: '', leadException: null }],
      },
      { number: 2, text: 'To review and co-ordinate arrangements for community grant funding agreements', actions: [] },
    ]);
    expect(doc.organisations).toEqual([]);
  });

  it('[EXP1] once agreed, the plan as it stands is that version, with its date, its organisations and the review date agreement set', () => {
    const { plan } = darlingtonPlan();
    expect(plan.agree()).toBe(1);
    const current = planDocument(plan.state, null, AT)!;
    expect(current.status).toEqual({ kind: 'agreed', version: 1, agreedAt: SAMPLE_PLAN_NOW });
    expect(current.reviewDate).toBe('2027-05-20');
    expect(current.organisations).toEqual(plan.state.planVersions['1']!.organisations);
    expect(planDocument(plan.state, 1, AT)).toEqual(current);
  });

  it('[EXP1] while the room is being asked, the plan is still a draft', () => {
    const { plan } = darlingtonPlan();
    plan.run(plan.lead, 'plan:consult', {});
    expect(planDocument(plan.state, null, AT)!.status).toEqual({ kind: 'draft', version: 1 });
  });

  it('[EXP1] version 1 stays as agreed after the plan changes and a lead renames themselves; the draft shows the new text and name', () => {
    const { plan, priya, tom, objectives } = darlingtonPlan();
    plan.agree();
    const [first] = actionsOf(plan.state, objectives.resources);
    plan.run(plan.lead, 'action:update', { actionId: first!.id, text: 'A shared database of services, resources and skills', baseText: first!.text });
    plan.run(plan.lead, 'objective:remove', { objectiveId: objectivesInOrder(plan.state)[2]!.id });
    plan.run(priya, 'member:updateProfile', { name: 'Priya Shah-Jones', organisation: 'Darlington Council' });
    plan.run(plan.lead, 'member:remove', { memberId: tom.memberId });

    const v1 = planDocument(plan.state, 1, AT)!;
    expect(v1.status).toEqual({ kind: 'agreed', version: 1, agreedAt: SAMPLE_PLAN_NOW });
    expect(v1.objectives).toHaveLength(3);
    expect(v1.objectives[0]!.actions[0]).toMatchObject({
      text: 'Cross-sector audit and development of a database of service provision, resource needs and skills availability',
      councilLead: { name: 'Priya Shah', organisation: 'Darlington Borough Council' },
      thirdSectorLead: { name: 'Tom Reed', organisation: 'Darlington CVS' },
    });

    const draft = planDocument(plan.state, null, AT)!;
    expect(draft.status).toEqual({ kind: 'draft', version: 2 });
    expect(draft.objectives).toHaveLength(2);
    expect(draft.objectives[0]!.actions[0]).toMatchObject({
      text: 'A shared database of services, resources and skills',
      councilLead: { name: 'Priya Shah-Jones', organisation: 'Darlington Council' },
      thirdSectorLead: { name: 'Tom Reed', organisation: 'Darlington CVS' },
    });
  });

  it('[EXP2] a version that has not been agreed is no document', () => {
    const { plan } = darlingtonPlan();
    expect(planDocument(plan.state, 1, AT)).toBeNull();
    plan.agree();
    expect(planDocument(plan.state, 1, AT)).not.toBeNull();
    for (const version of [0, 2, 99]) expect(planDocument(plan.state, version, AT)).toBeNull();
  });
});
