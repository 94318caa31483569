import { describe, expect, it } from 'vitest';
import { roomWithFour } from '../testing/boardRoom';
import { commandSchemas } from '../workshop/commandSchemas';
import { agreedPlan } from '../testing/agreedPlan';
import { WITHHELD_BOARDS_MAX } from './sharingLimits';
import { EMPTY_SHARING } from './sharing';

describe('programme:share', () => {
  it('[PROG4] a facilitator keeps the whole area from the programme, and shares it again; marking twice changes nothing', () => {
    const { room } = roomWithFour();
    expect(room.state.sharing).toEqual(EMPTY_SHARING);
    room.ok(room.lead, 'programme:share', { scope: 'area', shared: false });
    expect(room.state.sharing.areaWithheld).toBe(true);
    const before = room.state;
    room.ok(room.co, 'programme:share', { scope: 'area', shared: false });
    expect(room.state).toBe(before);
    room.ok(room.co, 'programme:share', { scope: 'area', shared: true });
    expect(room.state.sharing.areaWithheld).toBe(false);
  });

  it('[PROG4] a board and an item are kept back and shared again, each on its own', () => {
    const { room, council1 } = roomWithFour();
    room.moveTo('contribute');
    const card = room.add(council1, 'Shared funding pressures');
    room.moveTo('reveal');
    room.ok(room.lead, 'programme:share', { scope: 'board', targetId: room.board, shared: false });
    room.ok(room.lead, 'programme:share', { scope: 'item', targetId: card, shared: false });
    expect(room.state.sharing).toEqual({ areaWithheld: false, withheldBoardIds: [room.board], withheldItemIds: [card] });
    room.ok(room.lead, 'programme:share', { scope: 'board', targetId: room.board, shared: true });
    expect(room.state.sharing).toEqual({ areaWithheld: false, withheldBoardIds: [], withheldItemIds: [card] });
  });

  it('[PROG4] objectives and actions, of the draft or of an agreed version, can be kept back', () => {
    const plan = agreedPlan();
    const next = plan.run('programme:share', { scope: 'item', targetId: plan.actions[2], shared: false });
    expect(next.sharing.withheldItemIds).toEqual([plan.actions[2]]);
    plan.run('action:remove', { actionId: plan.actions[1] });
    // Gone from the draft, still in agreed version 1: it can still be kept back.
    expect(plan.run('programme:share', { scope: 'item', targetId: plan.actions[1], shared: false }).sharing.withheldItemIds).toEqual([plan.actions[2], plan.actions[1]]);
  });

  it('[PROG4] participants cannot change what is shared', () => {
    const { room, third1 } = roomWithFour();
    room.fails(third1, 'programme:share', { scope: 'area', shared: false }, 'forbidden');
  });

  it('[PROG4] unknown boards and items, and a target missing or given where none is meant, are refused and change nothing', () => {
    const { room } = roomWithFour();
    expect(room.fails(room.lead, 'programme:share', { scope: 'board', targetId: 'no-such-board', shared: false }, 'not_found')).toMatch(/board/);
    expect(room.fails(room.lead, 'programme:share', { scope: 'item', targetId: 'no-such-item', shared: false }, 'not_found')).toMatch(/item/);
    room.fails(room.lead, 'programme:share', { scope: 'board', shared: false }, 'invalid_payload');
    room.fails(room.lead, 'programme:share', { scope: 'area', targetId: room.board, shared: false }, 'invalid_payload');
  });

  it('[PROG4] the payload refuses built-in names, NUL bytes, oversized ids and unknown scopes', () => {
    const schema = commandSchemas['programme:share'];
    const base = { commandId: 'cmd-000001', scope: 'board', shared: false };
    expect(schema.safeParse({ ...base, targetId: 'board-00001' }).success).toBe(true);
    for (const targetId of ['__proto__', 'constructor', 'board\u0000001', 'b'.repeat(65)]) expect(schema.safeParse({ ...base, targetId }).success).toBe(false);
    expect(schema.safeParse({ ...base, scope: 'everything' }).success).toBe(false);
    expect(schema.safeParse({ ...base, shared: 'no' }).success).toBe(false);
    expect(schema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });

  it('[PROG4] at most WITHHELD_BOARDS_MAX boards are kept back', () => {
    const { room } = roomWithFour();
    const full = Array.from({ length: WITHHELD_BOARDS_MAX }, (_, i) => `held-${String(i).padStart(4, '0')}`);
    room.state = { ...room.state, sharing: { ...room.state.sharing, withheldBoardIds: full as never } };
    room.fails(room.lead, 'programme:share', { scope: 'board', targetId: room.board, shared: false }, 'limit_reached');
  });
});
