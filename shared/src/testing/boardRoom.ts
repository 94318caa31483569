import { expect } from 'vitest';
import { BOARD_PHASES, boardsOfSession, type BoardPhase } from '../board/board';
import type { World } from '../board/boardState';
import type { Actor } from '../command/actor';
import type { BoardId, CardId, CommandId } from '../ids/ids';
import type { Sector } from '../members/sector';
import { sessionsInOrder } from '../sessions/session';
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

/**
 * A workshop with a facilitator and participants, driven command by command as the server does: each command
 * sees the shared and hidden state the previous one left.
 */
export class BoardRoom {
  state: WorkshopState;
  hidden: HiddenState = EMPTY_HIDDEN;
  readonly lead: Actor;
  readonly co: Actor;
  readonly board: BoardId;
  private n = 0;
  private readonly ctx = { ...fixedContext(), newId: () => `made-${String((this.n += 1)).padStart(4, '0')}` };

  constructor() {
    const ctx = fixedContext();
    const created = createWorkshop({ title: 'Darlington PIP', area: 'Darlington', facilitatorName: 'Ann' }, ctx);
    this.state = created.state;
    this.lead = { memberId: created.leadFacilitatorId, role: 'facilitator' };
    this.co = { memberId: created.coFacilitatorId, role: 'facilitator' };
    const session2 = sessionsInOrder(this.state)[1]!;
    this.board = boardsOfSession(this.state, session2.id)[0]!.id;
  }

  join(name: string, sector: Sector): Actor {
    const joined = joinWorkshop(this.state, { name, organisation: `${name} org`, sector }, { ...this.ctx, newId: () => `member-${name}` });
    if (!joined.ok) throw new Error(joined.error.message);
    this.state = joined.state;
    return { memberId: joined.data.memberId, role: 'participant' };
  }

  /**
   * Applies a command; on success the room moves on. Every command must leave its inputs untouched (transitions are
   * pure), so a refused command changes nothing: asserted on every call.
   */
  run<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>) {
    const before = JSON.stringify({ state: this.state, hidden: this.hidden });
    const inputs = { state: this.state, hidden: this.hidden };
    const result = applyCommand(name, this.state, { ...payload, commandId: `c${(this.n += 1)}` as CommandId } as CommandPayload<K>, actor, this.ctx, this.hidden);
    expect(JSON.stringify(inputs)).toBe(before);
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

  fails<K extends CommandName>(actor: Actor, name: K, payload: Omit<CommandPayload<K>, 'commandId'>, code: string) {
    const result = this.run(actor, name, payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
  }

  get phase(): BoardPhase {
    return this.state.boards[this.board]!.phase;
  }

  moveTo(target: BoardPhase): void {
    while (this.phase !== target) {
      const step = BOARD_PHASES.indexOf(target) > BOARD_PHASES.indexOf(this.phase) ? 1 : -1;
      this.ok(this.lead, 'board:setPhase', { boardId: this.board, from: this.phase, to: BOARD_PHASES[BOARD_PHASES.indexOf(this.phase) + step]! });
    }
  }

  add(actor: Actor, text: string, sector?: Sector | null): CardId {
    return this.ok(actor, 'card:add', { boardId: this.board, text, ...(sector !== undefined ? { sector } : {}) }).cardId as CardId;
  }

  view(actor: Actor) {
    return personalViews(this.state, this.hidden).get(actor.memberId)!;
  }

  /** The whole shared state as text: what every member's doc holds. */
  sharedText(): string {
    return JSON.stringify(this.state);
  }
}

/** A room with two council and two third-sector participants. */
export function roomWithFour() {
  const room = new BoardRoom();
  const council1 = room.join('Cara', 'local_authority');
  const council2 = room.join('Colin', 'local_authority');
  const third1 = room.join('Tess', 'third_sector');
  const third2 = room.join('Theo', 'third_sector');
  return { room, council1, council2, third1, third2 };
}
