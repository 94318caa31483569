import { expect } from 'vitest';
import type { World } from '../board/boardState';
import type { Actor } from '../command/actor';
import type { CommandId } from '../ids/ids';
import type { Sector } from '../members/sector';
import { applyCommand, type CommandData } from '../workshop/commands';
import type { CommandName, CommandPayload } from '../workshop/commandSchemas';
import { EMPTY_HIDDEN, type HiddenState } from '../workshop/hiddenState';
import { personalViews, viewersOfChange } from '../workshop/personalView';
import type { WorkshopState } from '../workshop/workshop';
import { createWorkshop, joinWorkshop } from '../workshop/workshopTransitions';
import { fixedContext } from './fixedContext';

/** [PRIV1] Every member whose personal view a command changed is among those the server recomputes and sends. */
export function expectViewersCovered(prev: World, next: World): void {
  const before = personalViews(prev.state, prev.hidden);
  const after = personalViews(next.state, next.hidden);
  const viewers = viewersOfChange(prev, next);
  const changed = [...after.keys()].filter((id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)));
  expect(changed.filter((id) => !viewers.has(id))).toEqual([]);
}

export interface CommandRoomOptions {
  title?: string;
  area?: string;
  /** The clock the commands see (the workshop itself is always created at fixedContext's time). */
  now?: string;
}

/**
 * A workshop with its two facilitators, driven command by command as the server does: each command sees the shared
 * and hidden state the previous one left. Every command is checked to leave its inputs untouched (transitions are
 * pure) and, when accepted, to name every member whose personal view it changed; a refused one changes nothing.
 * The concepts' rule tests extend it with their own vocabulary (BoardRoom, the plan's and the wall's rooms).
 */
export class CommandRoom {
  state: WorkshopState;
  hidden: HiddenState = EMPTY_HIDDEN;
  readonly lead: Actor;
  readonly co: Actor;
  private n = 0;
  readonly ctx;

  constructor(options: CommandRoomOptions = {}) {
    this.ctx = { ...fixedContext(options.now), newId: () => `made-${String((this.n += 1)).padStart(4, '0')}` };
    const created = createWorkshop({ title: options.title ?? 'Darlington PIP', area: options.area ?? 'Darlington', facilitatorName: 'Ann' }, fixedContext());
    this.state = created.state;
    this.lead = { memberId: created.leadFacilitatorId, role: 'facilitator' };
    this.co = { memberId: created.coFacilitatorId, role: 'facilitator' };
  }

  join(name: string, sector: Sector, organisation = `${name} org`): Actor {
    const joined = joinWorkshop(this.state, { name, organisation, sector }, { ...this.ctx, newId: () => `member-${name}` });
    if (!joined.ok) throw new Error(joined.error.message);
    this.state = joined.state;
    return { memberId: joined.data.memberId, role: 'participant' };
  }

  /** Applies a command; on success the room moves on. */
  run<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>) {
    const before = JSON.stringify({ state: this.state, hidden: this.hidden });
    const result = applyCommand(name, this.state, { ...payload, commandId: `c${(this.n += 1)}` as CommandId } as CommandPayload<K>, actor, this.ctx, this.hidden);
    expect(JSON.stringify({ state: this.state, hidden: this.hidden })).toBe(before);
    if (result.ok) {
      expectViewersCovered({ state: this.state, hidden: this.hidden }, { state: result.state, hidden: result.hidden ?? this.hidden });
      this.state = result.state;
      this.hidden = result.hidden ?? this.hidden;
    }
    return result;
  }

  ok<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>): CommandData[K] {
    const result = this.run(actor, name, payload);
    if (!result.ok) throw new Error(`${name} refused: ${result.error.message}`);
    return result.data;
  }

  /** Refused with `code`, with a message for the person (returned), and nothing changed. */
  fails<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>, code: string): string {
    const before = this.state;
    const hiddenBefore = this.hidden;
    const result = this.run(actor, name, payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(this.state).toBe(before);
    expect(this.hidden).toBe(hiddenBefore);
    return result.ok ? '' : result.error.message;
  }
}
