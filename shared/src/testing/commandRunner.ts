import type { Actor } from '../command/actor';
import type { CommandId } from '../ids/ids';
import { sessionsInOrder } from '../sessions/session';
import { applyCommand } from '../workshop/commands';
import type { CommandName, CommandPayload } from '../workshop/commandSchemas';
import type { WorkshopState } from '../workshop/workshop';
import { createWorkshop, joinWorkshop } from '../workshop/workshopTransitions';
import { fixedContext } from './fixedContext';

/* Commands applied one at a time to a small workshop, for the concepts' rule tests. */

/** A new workshop with its two facilitators and one participant, and its first two sessions. */
export function setupWorkshop() {
  const ctx = fixedContext();
  const created = createWorkshop({ title: 'T', area: 'A', facilitatorName: 'Ann' }, ctx);
  const joined = joinWorkshop(created.state, { name: 'Bea', organisation: 'CVS', sector: 'third_sector' }, ctx);
  if (!joined.ok) throw new Error('join failed');
  const state = joined.state;
  const lead: Actor = { memberId: created.leadFacilitatorId, role: 'facilitator' };
  const co: Actor = { memberId: created.coFacilitatorId, role: 'facilitator' };
  const participant: Actor = { memberId: joined.data.memberId, role: 'participant' };
  const [s1, s2] = sessionsInOrder(state);
  return { ctx, state, lead, co, participant, s1: s1!, s2: s2! };
}

let n = 0;
const commandContext = { ...fixedContext(), newId: () => `cmd-made-${(n += 1)}` };
/** Applies one command as the server would (ids from commands never collide with those `setupWorkshop` made). */
export function runCommand<K extends CommandName>(state: WorkshopState, name: K, payload: Omit<CommandPayload<K>, 'commandId'>, actor: Actor, ctx = commandContext) {
  return applyCommand(name, state, { ...payload, commandId: `cmd${(n += 1)}` as CommandId } as CommandPayload<K>, actor, ctx);
}

export function expectOk<T>(result: { ok: true; state: WorkshopState; data: T } | { ok: false; error: { message: string } }) {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result;
}
