import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/**
 * [PLAN2] How many agreed items of the objectives boards are not in the plan yet: what "Bring in the agreed
 * objectives" would add (each item is brought in once).
 */
export function agreedObjectivesToBringIn(state: WorkshopState): number {
  const imported = new Set(Object.values(state.objectives).map((o) => o.fromItemId));
  const boards = new Set(Object.values(state.boards).filter((b) => b.kind === 'objectives').map((b) => b.id as string));
  const items = [
    ...Object.values(state.clusters).filter((c) => boards.has(c.boardId) && c.agreed),
    ...Object.values(state.cards).filter((c) => boards.has(c.boardId) && c.agreed && !c.hidden),
  ];
  return items.filter((item) => !imported.has(item.id)).length;
}
