import { BOARD_PHASES, boardsOfSession, type BoardPhase } from '../board/board';
import type { Actor } from '../command/actor';
import type { ActionId, BoardId, CardId, ObjectiveId } from '../ids/ids';
import type { ProgressUpdate, ProgressUpdateId } from '../review/progress';
import { sessionsInOrder } from '../sessions/session';
import { CommandRoom } from './commandRoom';

/**
 * An area of a programme, built command by command: five participants of two sectors (and one from the NHS) on an
 * anonymous drivers board where two of four cards are agreed after a vote; a plan agreed with one concern raised, then
 * a draft change not yet agreed; a lead's report on one action. For tests of what flows up to the programme.
 */
export class ProgrammeArea extends CommandRoom {
  readonly drivers: BoardId;
  readonly people: Actor[];
  readonly cards: { agreed: CardId; agreedToo: CardId; notAgreed: CardId; voted: CardId };
  readonly objectives: { agreed: ObjectiveId; draft: ObjectiveId };
  readonly actions: { first: ActionId; second: ActionId };

  constructor(area = 'Darlington') {
    super({ title: `${area} PIP`, area, now: '2026-11-20T10:00:00.000Z' });
    this.people = [
      this.join('Cara', 'local_authority'),
      this.join('Colin', 'local_authority'),
      this.join('Tess', 'third_sector'),
      this.join('Theo', 'third_sector'),
      this.join('Nina', 'other_public'),
    ];
    const [cara, colin, tess, theo] = this.people as [Actor, Actor, Actor, Actor, Actor];
    this.drivers = boardsOfSession(this.state, sessionsInOrder(this.state)[0]!.id).find((b) => b.kind === 'drivers')!.id;
    this.moveTo('contribute');
    const add = (actor: Actor, text: string) => this.ok(actor, 'card:add', { boardId: this.drivers, text }).cardId as CardId;
    const agreed = add(cara, 'National policy on social value');
    const agreedToo = add(tess, 'A shared wish to reach isolated people');
    const notAgreed = add(colin, 'A draft nobody agreed');
    const voted = add(theo, 'Past success with the Compact');
    this.moveTo('vote');
    this.ok(cara, 'vote:cast', { boardId: this.drivers, itemId: voted });
    this.ok(tess, 'vote:cast', { boardId: this.drivers, itemId: agreed });
    this.moveTo('agree');
    this.ok(this.lead, 'item:agree', { itemId: agreed, text: 'National policy on social value and procurement' });
    this.ok(this.lead, 'item:agree', { itemId: agreedToo });
    this.cards = { agreed, agreedToo, notAgreed, voted };

    this.ok(this.lead, 'objective:add', { text: 'Review the Compact' });
    const objective = Object.values(this.state.objectives)[0]!.id;
    this.ok(this.lead, 'action:add', { objectiveId: objective, text: 'Draft the principles' });
    this.ok(this.lead, 'action:add', { objectiveId: objective, text: 'Hold a launch event' });
    const [first, second] = Object.values(this.state.actions).map((a) => a.id) as [ActionId, ActionId];
    this.ok(this.lead, 'action:setLead', { actionId: first, slot: 'councilLead', lead: { kind: 'member', memberId: cara.memberId } });
    this.ok(this.lead, 'action:setLead', { actionId: first, slot: 'thirdSectorLead', lead: { kind: 'named', name: 'Tara Jones', organisation: 'Darlington CVS', sector: 'third_sector' } });
    this.ok(this.lead, 'action:update', { actionId: first, timescale: { kind: 'month', month: '2027-01' } });
    this.ok(this.lead, 'action:setLead', { actionId: second, slot: 'councilLead', lead: { kind: 'member', memberId: colin.memberId } });
    this.ok(this.lead, 'action:setLead', { actionId: second, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: theo.memberId } });
    this.ok(this.lead, 'action:update', { actionId: second, timescale: { kind: 'month', month: '2027-12' } });
    this.ok(this.lead, 'plan:consult', {});
    this.ok(cara, 'plan:respond', { round: this.state.plan.consultationRound, response: 'agree' });
    this.ok(tess, 'plan:respond', { round: this.state.plan.consultationRound, response: 'concern', comment: 'Who pays for the venue is not settled' });
    this.ok(this.lead, 'plan:agree', { version: 1 });
    this.ok(this.lead, 'objective:add', { text: 'A draft objective after agreement' });
    const draft = Object.values(this.state.objectives).find((o) => o.text.startsWith('A draft'))!.id;
    this.objectives = { agreed: objective, draft };
    this.actions = { first, second };

    const report: ProgressUpdate = {
      id: 'report-0001' as ProgressUpdateId,
      actionId: first,
      slot: 'councilLead',
      sector: 'local_authority',
      status: 'at_risk',
      note: 'A note only the area reads',
      evidence: [{ text: 'Minutes', url: 'https://example.org/minutes' }],
      planVersion: 1,
      at: '2026-12-01T09:00:00.000Z',
    };
    this.state = { ...this.state, progressUpdates: { [report.id]: report } };
  }

  get phase(): BoardPhase {
    return this.state.boards[this.drivers]!.phase;
  }

  moveTo(target: BoardPhase): void {
    while (this.phase !== target) {
      this.ok(this.lead, 'board:setPhase', { boardId: this.drivers, from: this.phase, to: BOARD_PHASES[BOARD_PHASES.indexOf(this.phase) + 1]! });
    }
  }
}
