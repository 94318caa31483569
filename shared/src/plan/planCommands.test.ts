import { OBJECTIVE_PAYLOADS } from './objectivePayloads';
import { PLAN_PAYLOADS } from './planPayloads';
import { ACTION_TEXT_MAX_CHARS, OBJECTIVE_TEXT_MAX_CHARS, PRINCIPLES_MAX, VISION_MAX_CHARS } from './planLimits';
import { describe, expect, it } from 'vitest';
import { CommandRoom } from '../testing/commandRoom';
import { personalViews } from '../workshop/personalView';
import type { ActionId, BoardId, CardId, MemberId, ObjectiveId } from '../ids/ids';
import { actionsOf, objectivesInOrder, sixMonthsAfter, timescaleEnd, timescaleLabel, versionsInOrder } from './plan';
import { diffPlans } from './planDiff';
import { planProblems } from './planRules';
import type { Actor } from '../command/actor';

/** A workshop in session four, driven command by command; refused commands are shown to change nothing. */
class PlanRoom extends CommandRoom {
  constructor() {
    super({ title: 'St Helens PIP', area: 'St Helens', now: '2026-11-20T10:00:00.000Z' });
  }

  objective(text: string): ObjectiveId {
    return this.ok(this.lead, 'objective:add', { text }).objectiveId as ObjectiveId;
  }

  action(objectiveId: ObjectiveId, text: string): ActionId {
    return this.ok(this.lead, 'action:add', { objectiveId, text }).actionId as ActionId;
  }

  /** An action with both leads and a timescale: nothing stops agreement. */
  completeAction(objectiveId: ObjectiveId, text: string, council: Actor, third: Actor): ActionId {
    const id = this.action(objectiveId, text);
    this.ok(this.lead, 'action:setLead', { actionId: id, slot: 'councilLead', lead: { kind: 'member', memberId: council.memberId } });
    this.ok(this.lead, 'action:setLead', { actionId: id, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: third.memberId } });
    this.ok(this.lead, 'action:update', { actionId: id, timescale: { kind: 'quarter', quarter: '2027-Q2' } });
    return id;
  }
}

function planWithPeople() {
  const room = new PlanRoom();
  const council = room.join('Cara', 'local_authority', 'St Helens Council');
  const third = room.join('Tess', 'third_sector', 'St Helens CVS');
  return { room, council, third };
}

describe('building the plan', () => {
  it('[PLAN2] objectives are added, reordered and removed with their actions', () => {
    const { room } = planWithPeople();
    const a = room.objective('Review the Compact');
    const b = room.objective('Co-ordinate community grant funding');
    room.action(a, 'Draft the underlying principles');
    room.ok(room.lead, 'objective:move', { objectiveId: b, toIndex: 0 });
    expect(objectivesInOrder(room.state).map((o) => o.text)).toEqual(['Co-ordinate community grant funding', 'Review the Compact']);
    room.ok(room.lead, 'objective:remove', { objectiveId: a });
    expect(Object.keys(room.state.actions)).toEqual([]);
    expect(objectivesInOrder(room.state).map((o) => o.position)).toEqual([0]);
  });

  it('[PLAN2] [AGR2] the agreed items of the objectives boards carry forward, once', () => {
    const { room } = planWithPeople();
    const board = Object.values(room.state.boards).find((b) => b.kind === 'objectives')!;
    const card = {
      id: 'card-agreed-1' as CardId,
      boardId: board.id as BoardId,
      text: 'Better communication',
      sectors: ['third_sector' as const],
      mergedTexts: [],
      authorIds: null,
      clusterId: null,
      position: 0,
      x: 0,
      y: 0,
      createdAt: room.ctx.now,
      hidden: false,
      votes: null,
      agreed: true,
      agreedText: 'Better communication between the sectors',
    };
    room.state = { ...room.state, cards: { [card.id]: card } };
    expect(room.ok(room.lead, 'objective:importAgreed', {})).toEqual({ added: 1 });
    expect(room.ok(room.lead, 'objective:importAgreed', {})).toEqual({ added: 0 });
    expect(objectivesInOrder(room.state)).toMatchObject([{ text: 'Better communication between the sectors', fromItemId: 'card-agreed-1' }]);
  });

  it('[CMD5] a participant cannot edit the plan directly', () => {
    const { room, council } = planWithPeople();
    room.fails(council, 'objective:add', { text: 'Mine' }, 'forbidden');
    const o = room.objective('Shared');
    room.fails(council, 'objective:update', { objectiveId: o, text: 'Changed', baseText: 'Shared' }, 'forbidden');
  });

  it('[CMD3] unknown objectives and actions are not found', () => {
    const { room } = planWithPeople();
    room.fails(room.lead, 'action:add', { objectiveId: 'missing-objective' as ObjectiveId, text: 'x' }, 'not_found');
    room.fails(room.lead, 'action:update', { actionId: 'missing-action' as ActionId, notes: 'x', baseNotes: '' }, 'not_found');
  });
});

describe('leads and timescales', () => {
  it('[PLAN3] a lead is a participant still in the workshop, or someone named from outside the room', () => {
    const { room, council } = planWithPeople();
    const o = room.objective('Joint training');
    const a = room.action(o, 'A cross-sector training strategy');
    room.ok(room.lead, 'action:setLead', { actionId: a, slot: 'councilLead', lead: { kind: 'member', memberId: council.memberId } });
    room.ok(room.lead, 'action:setLead', { actionId: a, slot: 'thirdSectorLead', lead: { kind: 'named', name: 'Sam Jones', organisation: 'Age UK', sector: 'third_sector' } });
    room.fails(room.lead, 'action:setLead', { actionId: a, slot: 'councilLead', lead: { kind: 'member', memberId: room.lead.memberId } }, 'invalid_payload');
    room.ok(room.lead, 'member:remove', { memberId: council.memberId });
    room.fails(room.lead, 'action:setLead', { actionId: a, slot: 'councilLead', lead: { kind: 'member', memberId: council.memberId } }, 'not_found');
    expect(planProblems(room.state)).toContainEqual({ kind: 'leadLeft', actionId: a, slot: 'councilLead' });
  });

  it('[PLAN3] two leads of the same sector stop agreement, unless the facilitator records why', () => {
    const { room, third } = planWithPeople();
    const other = room.join('Theo', 'third_sector');
    const o = room.objective('Joint terms of reference');
    const a = room.completeAction(o, 'Terms of reference for each partnership', third, other);
    expect(planProblems(room.state)).toEqual([{ kind: 'leadSector', actionId: a, slot: 'councilLead', sector: 'third_sector' }]);
    room.ok(room.lead, 'action:update', { actionId: a, leadException: 'The council post is vacant until April; the CVS covers it.' });
    expect(planProblems(room.state)).toEqual([]);
  });

  it('[PLAN4] an action lacking a lead or a timescale is listed as what stops agreement', () => {
    const { room } = planWithPeople();
    expect(planProblems(room.state)).toEqual([{ kind: 'noObjectives' }]);
    const o = room.objective('Communication');
    expect(planProblems(room.state)).toEqual([{ kind: 'noActions', objectiveId: o }]);
    const a = room.action(o, 'Quarterly joint newsletter');
    expect(planProblems(room.state)).toEqual([
      { kind: 'missingLead', actionId: a, slot: 'councilLead' },
      { kind: 'missingLead', actionId: a, slot: 'thirdSectorLead' },
      { kind: 'noTimescale', actionId: a },
    ]);
  });

  it('[PLAN5] a timescale or review date that has passed is refused', () => {
    const { room } = planWithPeople();
    const a = room.action(room.objective('Induction'), 'Cross-sector induction for new staff');
    room.fails(room.lead, 'action:update', { actionId: a, timescale: { kind: 'date', date: '2026-11-19' } }, 'invalid_payload');
    room.fails(room.lead, 'action:update', { actionId: a, timescale: { kind: 'month', month: '2026-10' } }, 'invalid_payload');
    room.ok(room.lead, 'action:update', { actionId: a, timescale: { kind: 'month', month: '2026-11' } });
    room.fails(room.lead, 'plan:update', { reviewDate: '2025-01-01' }, 'invalid_payload');
  });

  it('timescales end on the last day they cover, and read as people write them', () => {
    expect(timescaleEnd({ kind: 'quarter', quarter: '2027-Q1' })).toBe('2027-03-31');
    expect(timescaleEnd({ kind: 'month', month: '2028-02' })).toBe('2028-02-29');
    expect(timescaleLabel({ kind: 'quarter', quarter: '2027-Q2' })).toBe('Q2 2027');
    expect(timescaleLabel({ kind: 'month', month: '2027-03' })).toBe('March 2027');
    expect(timescaleLabel({ kind: 'date', date: '2027-04-05' })).toBe('5 April 2027');
    expect(sixMonthsAfter('2026-08-31')).toBe('2027-02-28');
    expect(sixMonthsAfter('2026-11-20')).toBe('2027-05-20');
  });
});

describe('editing together', () => {
  it('[PLAN6] two people editing the same text: the second is told, with the other text, and nothing is lost', () => {
    const { room } = planWithPeople();
    const o = room.objective('Compact review');
    room.ok(room.lead, 'objective:update', { objectiveId: o, text: 'Review the Compact together', baseText: 'Compact review' });
    const late = room.run(room.lead, 'objective:update', { objectiveId: o, text: 'Review and renew the Compact', baseText: 'Compact review' });
    expect(!late.ok && [late.error.code, late.error.fields]).toEqual(['conflict', { text: 'Review the Compact together' }]);
    room.ok(room.lead, 'plan:update', { vision: 'Thriving third sector', baseVision: '' });
    const vision = room.run(room.lead, 'plan:update', { vision: 'Other vision', baseVision: '' });
    expect(!vision.ok && [vision.error.code, vision.error.fields]).toEqual(['conflict', { vision: 'Thriving third sector' }]);
  });

  it('[PLAN9] participants propose wording and comment; an accepted wording replaces the text', () => {
    const { room, council, third } = planWithPeople();
    const a = room.action(room.objective('Grants'), 'Link with the Area Based Grant');
    const wording = room.ok(council, 'proposal:add', { kind: 'wording', targetKind: 'action', targetId: a, field: 'text', text: 'Link with the Area Based Grant work, including the PCT' }).proposalId;
    const comment = room.ok(third, 'proposal:add', { kind: 'comment', targetKind: 'action', targetId: a, text: 'CVS can co-ordinate this' }).proposalId;
    room.fails(council, 'proposal:decide', { proposalId: wording as never, accept: true }, 'forbidden');
    room.ok(room.lead, 'proposal:decide', { proposalId: wording as never, accept: true });
    room.ok(room.lead, 'proposal:decide', { proposalId: comment as never, accept: false });
    expect(room.state.actions[a]!.text).toBe('Link with the Area Based Grant work, including the PCT');
    room.fails(room.lead, 'proposal:decide', { proposalId: wording as never, accept: false }, 'conflict');
    room.fails(council, 'proposal:add', { kind: 'wording', targetKind: 'objective', targetId: 'missing-objective' as ObjectiveId, field: 'text', text: 'x' }, 'not_found');
  });
});

describe('agreement and versions', () => {
  function readyPlan() {
    const { room, council, third } = planWithPeople();
    const o1 = room.objective('Review the Compact');
    const o2 = room.objective('Co-ordinate grant funding');
    const a1 = room.completeAction(o1, 'Draft the principles', council, third);
    room.completeAction(o2, 'Broaden the CVS remit', council, third);
    room.ok(room.lead, 'plan:update', { vision: 'A thriving third sector', principles: ['Openness', 'Shared credit'] });
    return { room, council, third, o1, a1 };
  }

  it('[PLAN4] the room is asked; each participant agrees or raises a concern; facilitators see who, and by sector', () => {
    const { room, council, third } = readyPlan();
    room.fails(room.lead, 'plan:agree', { version: 1 }, 'conflict');
    room.fails(council, 'plan:respond', { round: 1, response: 'agree' }, 'wrong_phase');
    room.ok(room.lead, 'plan:consult', {});
    room.ok(council, 'plan:respond', { round: 1, response: 'agree' });
    room.ok(third, 'plan:respond', { round: 1, response: 'concern', comment: 'Q2 is tight for the CVS' });
    room.fails(third, 'plan:respond', { round: 2, response: 'agree' }, 'wrong_phase');
    const views = personalViews(room.state, room.hidden);
    expect(views.get(third.memberId)!.myPlanResponse).toEqual({ round: 1, response: 'concern', comment: 'Q2 is tight for the CVS' });
    expect(views.get(third.memberId)!.planResponses).toEqual([]);
    expect(views.get(room.lead.memberId)!.planResponses).toEqual([
      { memberId: council.memberId, sector: 'local_authority', response: 'agree', comment: '' },
      { memberId: third.memberId, sector: 'third_sector', response: 'concern', comment: 'Q2 is tight for the CVS' },
    ]);
  });

  it('[PLAN7] agreement freezes version 1 with the date, the organisations and a review six months on; it cannot be agreed twice', () => {
    const { room, council } = readyPlan();
    room.ok(room.lead, 'plan:consult', {});
    room.ok(council, 'plan:respond', { round: 1, response: 'agree' });
    expect(room.ok(room.lead, 'plan:agree', { version: 1 })).toEqual({ version: 1 });
    const [v1] = versionsInOrder(room.state);
    expect(v1).toMatchObject({
      number: 1,
      agreedAt: '2026-11-20T10:00:00.000Z',
      organisations: ['St Helens Council', 'St Helens CVS'],
      responses: { agree: { local_authority: 1, third_sector: 0, other: 0 } },
      snapshot: { vision: 'A thriving third sector', reviewDate: '2027-05-20' },
    });
    expect(v1!.snapshot.actions).toHaveLength(2);
    expect(v1!.snapshot.leadNames[council.memberId]).toEqual({ name: 'Cara', organisation: 'St Helens Council', sector: 'local_authority' });
    expect(room.state.plan).toMatchObject({ status: 'agreed', nextVersion: 2, reviewDate: '2027-05-20' });
    room.fails(room.lead, 'plan:agree', { version: 1 }, 'conflict');
  });

  it('[PLAN10] the agreed version records the answers by sector and the concerns raised, with their sector and comment but no name', () => {
    const { room, council, third } = readyPlan();
    room.ok(room.lead, 'plan:consult', {});
    room.ok(council, 'plan:respond', { round: 1, response: 'concern', comment: 'The council budget is not set until March' });
    room.ok(third, 'plan:respond', { round: 1, response: 'concern', comment: 'Q2 is tight for the CVS' });
    room.ok(council, 'plan:respond', { round: 1, response: 'agree' });
    room.ok(room.lead, 'plan:agree', { version: 1 });
    const [v1] = versionsInOrder(room.state);
    expect(v1!.responses).toEqual({ agree: { local_authority: 1, third_sector: 0, other: 0 }, concern: { local_authority: 0, third_sector: 1, other: 0 } });
    expect(v1!.concerns).toEqual([{ sector: 'third_sector', comment: 'Q2 is tight for the CVS' }]);
    expect(JSON.stringify(v1!.concerns)).not.toContain(third.memberId);
  });

  it('[PLAN7] [PLAN8] a change after agreement starts the draft of version 2; the versions compare', () => {
    const { room, council, third, o1, a1 } = readyPlan();
    room.ok(room.lead, 'plan:consult', {});
    room.ok(room.lead, 'plan:agree', { version: 1 });
    room.ok(room.lead, 'action:update', { actionId: a1, text: 'Draft and publish the principles', baseText: 'Draft the principles' });
    expect(room.state.plan.status).toBe('draft');
    room.completeAction(o1, 'Widen the Compact Implementation Group', third, council);
    room.fails(room.lead, 'plan:agree', { version: 2 }, 'conflict');
    room.ok(room.lead, 'action:update', { actionId: actionsOf(room.state, o1)[1]!.id, leadException: 'Agreed in the room: CVS leads the council side while the post is filled.' });
    room.ok(room.lead, 'plan:consult', {});
    room.ok(room.lead, 'plan:agree', { version: 2 });
    const [v1, v2] = versionsInOrder(room.state);
    const changes = diffPlans(v1!.snapshot, v2!.snapshot);
    expect(changes).toContainEqual({ kind: 'actionChanged', objective: 'Review the Compact', action: 'Draft and publish the principles', field: 'text', before: 'Draft the principles', after: 'Draft and publish the principles' });
    expect(changes).toContainEqual({ kind: 'actionAdded', objective: 'Review the Compact', action: 'Widen the Compact Implementation Group' });
    expect(changes.filter((c) => c.kind === 'vision')).toEqual([]);
  });

  it('[PLAN7] an edit while the room is being asked ends that round: answers to the old text no longer count', () => {
    const { room, council, a1 } = readyPlan();
    room.ok(room.lead, 'plan:consult', {});
    room.ok(room.lead, 'action:update', { actionId: a1, notes: 'Owner: CIG', baseNotes: '' });
    expect(room.state.plan.status).toBe('draft');
    room.fails(council, 'plan:respond', { round: 1, response: 'agree' }, 'wrong_phase');
  });

  it('[UNDO1] a facilitator can undo an agreement recorded by mistake', () => {
    const { room } = readyPlan();
    room.ok(room.lead, 'plan:consult', {});
    room.ok(room.lead, 'plan:agree', { version: 1 });
    room.ok(room.lead, 'facilitator:undo', {});
    expect(room.state.planVersions).toEqual({});
    expect(room.state.plan).toMatchObject({ status: 'consulting', nextVersion: 1 });
  });

  it('[PLAN8] the diff names reworded and removed objectives (once, not per action), changed leads and a new review date', () => {
    const { room, third } = readyPlan();
    room.ok(room.lead, 'plan:consult', {});
    room.ok(room.lead, 'plan:agree', { version: 1 });
    const objective = objectivesInOrder(room.state)[1]!;
    room.ok(room.lead, 'objective:remove', { objectiveId: objective.id });
    const action = Object.values(room.state.actions)[0]!;
    room.ok(room.lead, 'action:setLead', { actionId: action.id, slot: 'thirdSectorLead', lead: { kind: 'named', name: 'Sam Jones', organisation: 'Age UK', sector: 'third_sector' } });
    room.ok(room.lead, 'plan:update', { reviewDate: '2027-06-30' });
    const kept = objectivesInOrder(room.state)[0]!;
    room.ok(room.lead, 'objective:update', { objectiveId: kept.id, text: 'Review and renew the Compact', baseText: kept.text });
    room.ok(room.lead, 'plan:consult', {});
    room.ok(room.lead, 'plan:agree', { version: 2 });
    const [v1, v2] = versionsInOrder(room.state);
    expect(diffPlans(v1!.snapshot, v2!.snapshot)).toEqual([
      { kind: 'reviewDate', before: '2027-05-20', after: '2027-06-30' },
      { kind: 'objectiveReworded', before: 'Review the Compact', after: 'Review and renew the Compact' },
      { kind: 'objectiveRemoved', objective: 'Co-ordinate grant funding' },
      { kind: 'actionChanged', objective: 'Review and renew the Compact', action: 'Draft the principles', field: 'thirdSectorLead', before: 'Tess, St Helens CVS', after: 'Sam Jones, Age UK' },
      { kind: 'actionRemoved', objective: 'Co-ordinate grant funding', action: 'Broaden the CVS remit' },
    ]);
    expect(third.memberId).toBe('member-Tess' as MemberId);
  });
});

describe('text limits', () => {
  it('[CMD3] [PLAN1] [PLAN2] plan texts over their limits, empty ones and too many principles are refused by the schema', () => {
    const commandSchemas = { ...PLAN_PAYLOADS, ...OBJECTIVE_PAYLOADS };
    const id = { commandId: 'command-0001' };
    expect(commandSchemas['objective:add'].safeParse({ ...id, text: 'x'.repeat(OBJECTIVE_TEXT_MAX_CHARS + 1) }).success).toBe(false);
    expect(commandSchemas['objective:add'].safeParse({ ...id, text: '  ' }).success).toBe(false);
    expect(commandSchemas['objective:add'].safeParse({ ...id, text: 'x'.repeat(OBJECTIVE_TEXT_MAX_CHARS) }).success).toBe(true);
    expect(commandSchemas['action:add'].safeParse({ ...id, objectiveId: 'objective-01', text: 'x'.repeat(ACTION_TEXT_MAX_CHARS + 1) }).success).toBe(false);
    expect(commandSchemas['plan:update'].safeParse({ ...id, vision: 'x'.repeat(VISION_MAX_CHARS + 1) }).success).toBe(false);
    expect(commandSchemas['plan:update'].safeParse({ ...id, principles: Array.from({ length: PRINCIPLES_MAX + 1 }, (_, i) => `p${i}`) }).success).toBe(false);
    expect(commandSchemas['action:setLead'].safeParse({ ...id, actionId: 'action-0001', slot: 'councilLead', lead: { kind: 'named', name: '', organisation: 'Age UK', sector: 'third_sector' } }).success).toBe(false);
    expect(commandSchemas['action:update'].safeParse({ ...id, actionId: 'action-0001', timescale: { kind: 'quarter', quarter: '2027-Q5' } }).success).toBe(false);
    expect(commandSchemas['plan:respond'].safeParse({ ...id, round: 1, response: 'maybe' }).success).toBe(false);
  });
});
