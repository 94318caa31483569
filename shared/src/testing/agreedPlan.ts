import type { ActionId, CommandId, MemberId, ObjectiveId } from '../ids/ids';
import type { Timescale } from '../plan/plan';
import type { WorkshopState } from '../workshop/workshop';
import { createWorkshop, joinWorkshop } from '../workshop/workshopTransitions';
import { fixedContext } from './fixedContext';
import type { CommandName, CommandPayload } from '../workshop/commandSchemas';
import type { Actor } from '../command/actor';
import { applyCommand } from '../workshop/commands';

/**
 * A workshop whose action plan has been agreed (version 1), built command by command as in session four:
 * two objectives and three actions, each led by Cara (council) and Tess (third sector), plus Nick from the NHS who
 * leads the third action's council slot, agreed as an exception. Agreed on 20 November 2026.
 */
export interface AgreedPlan {
  state: WorkshopState;
  facilitator: Actor;
  cara: MemberId;
  tess: MemberId;
  nick: MemberId;
  objectives: [ObjectiveId, ObjectiveId];
  /** Due by Q1 2027, in February 2027, and on 30 June 2027. */
  actions: [ActionId, ActionId, ActionId];
  run<K extends CommandName>(name: K, payload: Omit<CommandPayload<K>, 'commandId'>, actor?: Actor): WorkshopState;
}

export const AGREED_AT = '2026-11-20T10:00:00.000Z';

export function agreedPlan(): AgreedPlan {
  let n = 0;
  const ctx = { ...fixedContext(AGREED_AT), newId: () => `made-${String((n += 1)).padStart(4, '0')}` };
  const created = createWorkshop({ title: 'St Helens PIP', area: 'St Helens', facilitatorName: 'Ann' }, fixedContext());
  let state = created.state;
  const facilitator: Actor = { memberId: created.leadFacilitatorId, role: 'facilitator' };
  const join = (name: string, sector: 'local_authority' | 'third_sector' | 'other_public', organisation: string): MemberId => {
    const joined = joinWorkshop(state, { name, organisation, sector }, { ...ctx, newId: () => `member-${name}` });
    if (!joined.ok) throw new Error(joined.error.message);
    state = joined.state;
    return joined.data.memberId;
  };
  const cara = join('Cara', 'local_authority', 'St Helens Council');
  const tess = join('Tess', 'third_sector', 'St Helens CVS');
  const nick = join('Nick', 'other_public', 'NHS St Helens');
  const run = <K extends CommandName>(name: K, payload: Omit<CommandPayload<K>, 'commandId'>, actor: Actor = facilitator): WorkshopState => {
    const result = applyCommand(name, state, { ...payload, commandId: `c${(n += 1)}` as CommandId } as CommandPayload<K>, actor, ctx);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    state = result.state;
    return state;
  };
  const objective = (text: string) => {
    run('objective:add', { text });
    return Object.values(state.objectives).find((o) => o.text === text)!.id;
  };
  const action = (objectiveId: ObjectiveId, text: string, council: MemberId, timescale: Timescale) => {
    run('action:add', { objectiveId, text });
    const id = Object.values(state.actions).find((a) => a.text === text)!.id;
    run('action:setLead', { actionId: id, slot: 'councilLead', lead: { kind: 'member', memberId: council } });
    run('action:setLead', { actionId: id, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: tess } });
    run('action:update', { actionId: id, timescale });
    return id;
  };
  const compact = objective('Review the Compact');
  const funding = objective('Co-ordinate community grant funding');
  const a1 = action(compact, 'Draft the underlying principles', cara, { kind: 'quarter', quarter: '2027-Q1' });
  const a2 = action(compact, 'Hold a joint launch event', cara, { kind: 'month', month: '2027-02' });
  const a3 = action(funding, 'Map grant funding across the borough', nick, { kind: 'date', date: '2027-06-30' });
  run('action:update', { actionId: a3, leadException: 'The NHS holds the grants data.' });
  run('plan:consult', {});
  run('plan:agree', { version: 1 });
  return {
    get state() {
      return state;
    },
    set state(next: WorkshopState) {
      state = next;
    },
    facilitator,
    cara,
    tess,
    nick,
    objectives: [compact, funding],
    actions: [a1, a2, a3],
    run,
  };
}
