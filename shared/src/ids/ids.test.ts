import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readWorkshop } from '../doc/readWorkshop';
import { writeWorkshop } from '../doc/workshopDoc';
import { agreedPlan } from '../testing/agreedPlan';
import { workshopStateSchema } from '../workshop/workshopSchema';
import * as ids from './ids';
import { commandSchemas } from '../workshop/commandSchemas';

/** Every name a plain object answers to, and the ones an attacker tries first. */
const BUILT_IN_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];
const ID_SCHEMAS = Object.entries(ids).filter(([name]) => name.endsWith('IdSchema')) as [string, { safeParse(v: unknown): { success: boolean } }][];

describe('ids', () => {
  it('[ID1] no id schema accepts the name of a built-in property', () => {
    expect(ID_SCHEMAS.length).toBeGreaterThanOrEqual(10);
    const accepted = ID_SCHEMAS.flatMap(([schema, s]) => BUILT_IN_NAMES.filter((n) => s.safeParse(n).success).map((n) => `${schema}: ${n}`));
    expect(accepted).toEqual([]);
    for (const [, s] of ID_SCHEMAS) expect(s.safeParse('a1b2c3d4e5f6g7h8i9j0kl').success).toBe(true);
  });

  it('[ID1] a command naming a built-in as a board, an objective or a survey question is refused with a sentence', () => {
    const move = commandSchemas['board:move'].safeParse({ commandId: 'cmd-00000001', boardId: 'constructor', toIndex: 1 });
    expect(move.success).toBe(false);
    expect(move.error?.issues[0]?.message).toMatch(/built-in property/);
    const proposal = commandSchemas['proposal:add'].safeParse({ commandId: 'cmd-00000002', kind: 'comment', targetKind: 'objective', targetId: 'hasOwnProperty', text: 'x' });
    expect(proposal.error?.issues.map((i) => i.path.join('.'))).toEqual(['targetId']);
    const answer = commandSchemas['survey:answer'].safeParse({ commandId: 'cmd-00000003', answers: { constructor: 'helpful' }, texts: {} });
    expect(answer.success).toBe(false);
    // JSON.parse makes `__proto__` an own key, as a payload off the wire has it; zod's records never keep that key.
    const proto = commandSchemas['survey:answer'].safeParse({ commandId: 'cmd-00000003', answers: JSON.parse('{"__proto__":"helpful"}'), texts: {} });
    expect(proto.success && Object.hasOwn(proto.data.answers, '__proto__')).toBe(false);
    const fine = commandSchemas['survey:answer'].safeParse({ commandId: 'cmd-00000003', answers: JSON.parse('{"pip-trust":"helpful"}'), texts: {} });
    expect(fine.success).toBe(true);
  });

  it('[ID1] [DOC3] a stored doc with a record under a built-in name, or under a key that is not its id, is refused', () => {
    const { state } = agreedPlan();
    const board = Object.values(state.boards)[0]!;
    const underBuiltIn = { ...state, boards: Object.fromEntries([...Object.entries(state.boards), ['constructor', { ...board, id: 'constructor' }]]) };
    expect(workshopStateSchema.safeParse(underBuiltIn).success).toBe(false);
    const lostKey = { ...state, boards: { ...state.boards, undefined: { ...board, position: 0 } } };
    expect(workshopStateSchema.safeParse(lostKey).success).toBe(false);
    const doc = new Y.Doc();
    writeWorkshop(doc, null, lostKey);
    expect(() => readWorkshop(doc)).toThrow(/not valid/);
    expect(workshopStateSchema.safeParse(state).success).toBe(true);
  });
});
