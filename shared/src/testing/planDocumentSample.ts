import { EMPTY_HIDDEN, type HiddenState } from '../workshop/hiddenState';
import type { CardSector, BoardKind } from '../board/board';
import type { ActionId, CardId, CommandId, ObjectiveId } from '../ids/ids';
import { createWorkshop, joinWorkshop } from '../workshop/workshopTransitions';
import type { Lead, Timescale } from '../plan/plan';
import type { CommandData } from '../workshop/commands';
import type { CommandName, CommandPayload } from '../workshop/commandSchemas';
import type { Sector } from '../members/sector';
import type { Actor } from '../command/actor';
import type { TransitionContext } from '../workshop/transitionContext';
import type { WorkshopState } from '../workshop/workshop';
import { applyCommand } from '../workshop/commands';

/**
 * Action plans built through the same commands the app sends, for the tests of the plan's document and exports and
 * for the export benchmark. The clock is fixed (20 November 2026) and ids count up, so a plan is built the same
 * every time.
 */
export const SAMPLE_PLAN_NOW = '2026-11-20T10:00:00.000Z';

export interface SampleAction {
  council: Actor | Lead;
  third: Actor | Lead;
  timescale: Timescale;
  notes?: string;
  leadException?: string;
}

function asLead(who: Actor | Lead): Lead {
  return 'kind' in who ? who : { kind: 'member', memberId: who.memberId };
}

export class SamplePlan {
  state: WorkshopState;
  hidden: HiddenState = EMPTY_HIDDEN;
  readonly lead: Actor;
  private n = 0;
  readonly ctx: TransitionContext;

  constructor(title = 'Darlington PIP 2026', area = 'Darlington', now = SAMPLE_PLAN_NOW) {
    this.ctx = { now, newId: () => `sample${String((this.n += 1)).padStart(6, '0')}`, newJoinCode: () => 'ABC234' };
    const created = createWorkshop({ title, area, facilitatorName: 'Ann Facilitator' }, this.ctx);
    this.state = created.state;
    this.lead = { memberId: created.leadFacilitatorId, role: 'facilitator' };
  }

  join(name: string, sector: Sector, organisation: string): Actor {
    const joined = joinWorkshop(this.state, { name, organisation, sector }, this.ctx);
    if (!joined.ok) throw new Error(joined.error.message);
    this.state = joined.state;
    return { memberId: joined.data.memberId, role: 'participant' };
  }

  /** Runs a command as `actor`; a refused command throws, since a sample is meant to be buildable. */
  run<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>): CommandData[K] {
    const full = { ...payload, commandId: `sample-command-${(this.n += 1)}` as CommandId } as CommandPayload<K>;
    const result = applyCommand(name, this.state, full, actor, this.ctx, this.hidden);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    this.state = result.state;
    this.hidden = result.hidden ?? this.hidden;
    return result.data;
  }

  objective(text: string): ObjectiveId {
    return this.run(this.lead, 'objective:add', { text }).objectiveId as ObjectiveId;
  }

  /** An action with its two leads, a timescale and, if given, notes and the reason for a lead exception. */
  action(objectiveId: ObjectiveId, text: string, details?: SampleAction): ActionId {
    const actionId = this.run(this.lead, 'action:add', { objectiveId, text }).actionId as ActionId;
    if (!details) return actionId;
    this.run(this.lead, 'action:setLead', { actionId, slot: 'councilLead', lead: asLead(details.council) });
    this.run(this.lead, 'action:setLead', { actionId, slot: 'thirdSectorLead', lead: asLead(details.third) });
    this.run(this.lead, 'action:update', {
      actionId,
      timescale: details.timescale,
      ...(details.notes ? { notes: details.notes, baseNotes: '' } : {}),
      ...(details.leadException ? { leadException: details.leadException } : {}),
    });
    return actionId;
  }

  /** Puts the plan to the room, everyone who joined agrees, and the facilitator records it: the next version. */
  agree(): number {
    this.run(this.lead, 'plan:consult', {});
    const round = this.state.plan.consultationRound;
    for (const m of Object.values(this.state.members)) {
      if (m.role === 'participant' && m.removedAt === null) this.run({ memberId: m.id, role: 'participant' }, 'plan:respond', { round, response: 'agree' });
    }
    return this.run(this.lead, 'plan:agree', { version: this.state.plan.nextVersion }).version;
  }

  /** An item the room agreed on the first board of `kind`, written straight into the state for the profile appendix. */
  agreedItem(kind: BoardKind, text: string, sectors: CardSector[], votes: number): void {
    const board = Object.values(this.state.boards).find((b) => b.kind === kind);
    if (!board) throw new Error(`no ${kind} board`);
    const id = `card-${Object.keys(this.state.cards).length + 1}` as CardId;
    const position = Object.values(this.state.cards).filter((c) => c.boardId === board.id).length;
    const card = { id, boardId: board.id, text, sectors, mergedTexts: [], authorIds: null, clusterId: null, position, x: position * 216, y: 0, createdAt: this.ctx.now, hidden: false, votes: { total: votes, bySector: null }, agreed: true, agreedText: null };
    this.state = { ...this.state, cards: { ...this.state.cards, [id]: card } };
  }
}

/**
 * Darlington's plan from "Getting things done together" (section 7): three objectives, their preliminary actions,
 * each co-ordinated by one council and one third-sector member of the group, with timescales and a joint review.
 * The people are invented; one lead is named from outside the room, one action's leads are agreed by exception.
 */
export function darlingtonPlan() {
  const plan = new SamplePlan();
  const priya = plan.join('Priya Shah', 'local_authority', 'Darlington Borough Council');
  const dave = plan.join('Dave Kerr', 'local_authority', 'Darlington Borough Council');
  const tom = plan.join('Tom Reed', 'third_sector', 'Darlington CVS');
  const agnieszka = plan.join('Agnieszka Wróbel', 'third_sector', 'eVOLution Darlington');
  plan.join('Nadia Okafor', 'other_public', 'County Durham and Darlington NHS');
  const sam: Lead = { kind: 'named', name: 'Sam Jones', organisation: 'Age UK Darlington', sector: 'third_sector' };

  plan.agreedItem('drivers', 'A shared recognition that both sectors need each other to meet common objectives', ['local_authority', 'third_sector'], 6);
  plan.agreedItem('obstacles', 'Lack of resources to participate', ['third_sector'], 7);
  plan.agreedItem('objectives', 'To develop a shared approach to build sustainability and maximise resources within all sectors', ['third_sector'], 5);

  plan.run(plan.lead, 'plan:update', {
    vision:
      'We believe that the local council and the local third sector should regard partnership working as a long-term commitment.\n' +
      'Partnership working requires a culture of working together which is open and transparent, based upon trust and an ability to listen and value what each partner has to say.',
    baseVision: '',
    principles: ['Partnership is a long-term commitment', 'Open and transparent', 'Listen to and value what each partner says', 'Willing to take risks and to tolerate mistakes'],
  });

  const resources = plan.objective('To develop a shared approach to build sustainability and maximise resources within all sectors');
  plan.action(resources, 'Cross-sector audit and development of a database of service provision, resource needs and skills availability', {
    council: priya,
    third: tom,
    timescale: { kind: 'quarter', quarter: '2027-Q2' },
    notes: 'Start from the CVS directory.\nShare the first draft at the April forum.',
  });
  plan.action(resources, 'Development of a local authority employee volunteering strategy', { council: dave, third: sam, timescale: { kind: 'month', month: '2027-06' } });

  const communication = plan.objective('To develop new and improved approaches to supporting better communication, involvement and partnership working');
  plan.action(communication, 'Inclusion of PIP action plan in joint LA/ Third Sector Strategy', { council: priya, third: agnieszka, timescale: { kind: 'month', month: '2027-03' } });
  plan.action(communication, 'Development of a cross-sector training strategy', { council: dave, third: tom, timescale: { kind: 'quarter', quarter: '2027-Q3' } });
  plan.action(communication, 'Development of a cross-sector induction strategy for new staff', { council: priya, third: tom, timescale: { kind: 'quarter', quarter: '2027-Q3' } });
  plan.action(communication, 'Establishment of joint terms of reference for individual cross-sector partnerships', {
    council: tom,
    third: agnieszka,
    timescale: { kind: 'date', date: '2027-04-30' },
    leadException: 'The council post is vacant until April; the CVS covers it.',
  });

  const understanding = plan.objective('To develop a shared cross-sector understanding of: sustainability and support issues, governance structures, and key elements of partnership working');
  plan.action(understanding, 'Production of joint factsheets on governance and operational issues', { council: dave, third: agnieszka, timescale: { kind: 'quarter', quarter: '2027-Q1' } });
  plan.action(understanding, 'Formalisation of policy on LA participation and representation on third sector boards', { council: priya, third: sam, timescale: { kind: 'quarter', quarter: '2027-Q4' } });

  return { plan, priya, dave, tom, agnieszka, sam, objectives: { resources, communication, understanding } };
}

/** A plan of `objectives` × `actionsPerObjective` complete actions, with wordings of a realistic length. */
export function largePlan(objectives: number, actionsPerObjective: number): SamplePlan {
  const plan = new SamplePlan('Wigan PIP 2026', 'Wigan');
  const council = plan.join('Cara Council', 'local_authority', 'Wigan Council');
  const third = plan.join('Theo Third', 'third_sector', 'Wigan and Leigh CVS');
  plan.run(plan.lead, 'plan:update', { vision: 'Cross-sector partnerships that work to achieve the community agenda, benefiting the people of Wigan.', baseVision: '', principles: ['Openness', 'Shared credit'] });
  for (let o = 1; o <= objectives; o += 1) {
    const objective = plan.objective(`To strengthen and develop the capacity of partnerships and networks within the third sector and across sectors, theme ${o}`);
    for (let a = 1; a <= actionsPerObjective; a += 1) {
      plan.action(objective, `Commence work on rationalising the ways in which partnerships use the third sector, and expectations of attendance, stage ${a}`, {
        council,
        third,
        timescale: { kind: 'quarter', quarter: `2027-Q${((a - 1) % 4) + 1}` },
        notes: a % 3 === 0 ? 'Chairs of the thematic groups to be involved; report back at the joint review.' : '',
      });
    }
  }
  return plan;
}
