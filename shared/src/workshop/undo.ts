import type { BoardId } from '../ids/ids';
import type { WorkshopState } from './workshop';
import { normaliseBoard, recount, type World } from '../board/boardState';
import type { HiddenState } from './hiddenState';

/*
 * [UNDO1] Undo of the last facilitator action, for any command: a command's effect is recorded as the fields it
 * changed (before and after), and undoing puts back the "before" of each, but only if every one still holds its
 * "after". If anything the action touched has changed since, undo is refused (UNDO2) rather than overwrite
 * someone else's work. Derived fields (live counts, dots spent) are recomputed, not restored.
 */

/** One field of one entity before and after a command; `field` null means the whole entity (added or removed). */
export interface FieldChange {
  collection: string;
  id: string;
  field: string | null;
  /** undefined (stored as absent) means the entity did not exist. */
  before?: unknown;
  after?: unknown;
}

export interface UndoEntry {
  id: string;
  seq: number;
  /** The command it undoes, for the button's label. */
  command: string;
  at: string;
  changes: FieldChange[];
}

export const UNDO_DEPTH = 20;

/** The latest undo entry, if any. */
export function lastUndo(hidden: HiddenState): UndoEntry | null {
  let last: UndoEntry | null = null;
  for (const entry of Object.values(hidden.undo)) if (!last || entry.seq > last.seq) last = entry;
  return last;
}

const SHARED = ['sessions', 'boards', 'members', 'cards', 'clusters', 'objectives', 'actions', 'proposals', 'planVersions', 'mapOrganisations'] as const;
const HIDDEN = ['cards', 'ballots', 'notices'] as const;
/** Fields kept up to date by the server rather than set by anyone: never part of an undo. */
const DERIVED = new Set(['cardCounts', 'dotsSpent']);

type Entities = Record<string, object>;

function collectionOf(world: World, collection: string): Entities {
  const [side, name] = collection.split('.') as ['shared' | 'hidden', string];
  if (side === 'shared' && (name === 'meta' || name === 'plan')) return { [name]: world.state[name] };
  const source = side === 'shared' ? world.state : world.hidden;
  return (source as unknown as Record<string, Entities>)[name] ?? {};
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function diffEntities(collection: string, before: Entities, after: Entities, out: FieldChange[]): void {
  if (before === after) return;
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[id] as Record<string, unknown> | undefined;
    const b = after[id] as Record<string, unknown> | undefined;
    if (a === b) continue;
    if (!a || !b) {
      out.push({ collection, id, field: null, ...(a ? { before: a } : {}), ...(b ? { after: b } : {}) });
      continue;
    }
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (DERIVED.has(field) || same(a[field], b[field])) continue;
      out.push({ collection, id, field, before: a[field], after: b[field] });
    }
  }
}

/** Every field a command changed, in the shared and the hidden state (the undo history itself excluded). */
export function diffWorld(prev: World, next: World): FieldChange[] {
  const changes: FieldChange[] = [];
  diffEntities('shared.meta', { meta: prev.state.meta }, { meta: next.state.meta }, changes);
  diffEntities('shared.plan', { plan: prev.state.plan }, { plan: next.state.plan }, changes);
  for (const name of SHARED) diffEntities(`shared.${name}`, prev.state[name] as Entities, next.state[name] as Entities, changes);
  for (const name of HIDDEN) diffEntities(`hidden.${name}`, prev.hidden[name] as Entities, next.hidden[name] as Entities, changes);
  return changes;
}

/** Adds an entry to the undo history, keeping the latest UNDO_DEPTH. */
export function recordUndo(hidden: HiddenState, command: string, at: string, changes: FieldChange[]): HiddenState {
  if (changes.length === 0) return hidden;
  const seq = (lastUndo(hidden)?.seq ?? 0) + 1;
  const entry: UndoEntry = { id: String(seq), seq, command, at, changes };
  const undo: Record<string, UndoEntry> = { ...hidden.undo, [entry.id]: entry };
  for (const old of Object.values(undo)) if (old.seq <= seq - UNDO_DEPTH) delete undo[old.id];
  return { ...hidden, undo };
}

function current(entities: Entities, change: FieldChange): unknown {
  const entity = entities[change.id] as Record<string, unknown> | undefined;
  if (change.field === null) return entity;
  return entity?.[change.field];
}

/** Puts back what `entry` changed, or says which change stands in the way. */
export function revert(world: World, entry: UndoEntry): { ok: true; world: World } | { ok: false } {
  for (const change of entry.changes) {
    const entities = collectionOf(world, change.collection);
    if (change.field !== null && !entities[change.id]) return { ok: false };
    if (!same(current(entities, change), change.after)) return { ok: false };
  }
  const copies = new Map<string, Entities>();
  const writable = (collection: string) => {
    let copy = copies.get(collection);
    if (!copy) {
      copy = { ...collectionOf(world, collection) };
      copies.set(collection, copy);
    }
    return copy;
  };
  for (const change of [...entry.changes].reverse()) {
    const entities = writable(change.collection);
    if (change.field === null) {
      if (change.before === undefined) delete entities[change.id];
      else entities[change.id] = change.before as object;
    } else {
      entities[change.id] = { ...entities[change.id], [change.field]: change.before };
    }
  }
  let state: WorkshopState = { ...world.state };
  let hidden: HiddenState = { ...world.hidden, undo: Object.fromEntries(Object.entries(world.hidden.undo).filter(([id]) => id !== entry.id)) };
  for (const [collection, entities] of copies) {
    const [side, name] = collection.split('.') as ['shared' | 'hidden', string];
    if (side === 'shared' && name === 'meta') state = { ...state, meta: entities.meta as WorkshopState['meta'] };
    else if (side === 'shared' && name === 'plan') state = { ...state, plan: entities.plan as WorkshopState['plan'] };
    else if (side === 'shared') state = { ...state, [name]: entities };
    else hidden = { ...hidden, [name]: entities };
  }
  const boards = new Set<BoardId>();
  for (const change of entry.changes) {
    const value = (change.after ?? change.before) as { boardId?: BoardId } | undefined;
    if (change.collection === 'shared.boards') boards.add(change.id as BoardId);
    else if (value && typeof value === 'object' && value.boardId) boards.add(value.boardId);
    else {
      const entity = collectionOf({ state, hidden }, change.collection)[change.id] as { boardId?: BoardId } | undefined;
      if (entity?.boardId) boards.add(entity.boardId);
    }
  }
  for (const boardId of boards) {
    if (!state.boards[boardId]) continue;
    state = normaliseBoard(state, boardId);
    state = recount({ state, hidden }, boardId);
  }
  return { ok: true, world: { state, hidden } };
}
