import { describe, expect, it } from 'vitest';
import { hiddenStateParts } from '../workshop/hiddenStateSchema';
import { EMPTY_HIDDEN } from '../workshop/hiddenState';
import { salvage } from './salvage';
import { agreedPlan } from '../testing/agreedPlan';
import { seededRandom, type Random } from '../testing/seededRandom';
import type { WorkshopState } from '../workshop/workshop';
import { workshopStateParts, workshopStateSchema } from '../workshop/workshopSchema';
import { problemWithChange } from './stateChange';

const RECORDS = ['sessions', 'boards', 'members', 'cards', 'clusters', 'objectives', 'actions', 'planVersions'] as const;

/** One random change to a valid state: most keep it valid, some break one entry in one of the ways a bug could. */
function change(state: WorkshopState, random: Random): WorkshopState {
  const part = random.pick(RECORDS.filter((p) => Object.keys(state[p]).length > 0));
  const entries = state[part] as unknown as Record<string, Record<string, unknown>>;
  const [key, entry] = random.pick(Object.entries(entries));
  const edits: (() => Record<string, unknown>)[] = [
    () => ({ ...entries, [key]: { ...entry } }),
    () => ({ ...entries, [key]: { ...entry, id: `${key}-renamed` } }),
    () => ({ ...entries, [key]: { ...entry, [random.pick(Object.keys(entry))]: Symbol.for('not data') } }),
    () => Object.fromEntries([...Object.entries(entries), [random.pick(['constructor', 'toString', '__proto__']), { ...entry, id: 'constructor' }]]),
    () => ({ ...entries, undefined: { position: 0 } }),
    () => Object.fromEntries(Object.entries(entries).filter(([k]) => k !== key)),
  ];
  return { ...state, [part]: random.weighted(edits, [4, 1, 2, 1, 1, 2])() };
}

describe('what a change may commit', () => {
  it('[DOC5] judges a change exactly as a full load would, over many seeded random changes', () => {
    const seed = 20261207;
    const random = seededRandom(seed);
    const start = agreedPlan().state;
    let valid = 0;
    let invalid = 0;
    for (let i = 0; i < 300; i += 1) {
      const next = change(start, random);
      const incremental = problemWithChange(workshopStateParts, start, next) === null;
      expect(incremental, `seed ${seed}, change ${i}`).toBe(workshopStateSchema.safeParse(next).success);
      if (incremental) valid += 1;
      else invalid += 1;
    }
    expect(valid).toBeGreaterThan(50);
    expect(invalid).toBeGreaterThan(50);
  });

  it('[DOC5] names the part, the key and the field of the first problem; an unchanged state has none', () => {
    const { state } = agreedPlan();
    expect(problemWithChange(workshopStateParts, state, state)).toBeNull();
    expect(problemWithChange(workshopStateParts, state, { ...state, boards: { ...state.boards, undefined: { position: 0 } } } as never)).toMatch(/^boards\.undefined/);
    expect(problemWithChange(hiddenStateParts, EMPTY_HIDDEN, { ...EMPTY_HIDDEN, undo: { constructor: {} } } as never)).toMatch(/^undo\.constructor/);
  });
});

describe('salvaging a damaged state', () => {
  it('[RESC1] keeps every valid record and sets aside each invalid one with its problem', () => {
    const { state } = agreedPlan();
    const board = Object.values(state.boards)[0]!;
    const damaged = { ...state, boards: { ...state.boards, undefined: { position: 0 } }, cards: { broken1: { id: 'broken1', text: 7 } } };
    const result = salvage<WorkshopState>(workshopStateParts, damaged as unknown as Record<string, unknown>);
    expect(result?.setAside.map((s) => [s.part, s.key])).toEqual([
      ['boards', 'undefined'],
      ['cards', 'broken1'],
    ]);
    expect(result?.state.boards[board.id]).toEqual(board);
    expect(Object.keys(result!.state.boards)).toHaveLength(Object.keys(state.boards).length);
    expect(workshopStateSchema.safeParse(result!.state).success).toBe(true);
  });

  it('[RESC1] gives up when a part that is not a record is invalid', () => {
    const { state } = agreedPlan();
    expect(salvage(workshopStateParts, { ...state, meta: { title: 3 } } as unknown as Record<string, unknown>)).toBeNull();
  });
});
