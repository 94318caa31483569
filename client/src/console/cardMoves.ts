import type { Card } from '@roundtable/shared/board/board';
import type { CardId, ClusterId } from '@roundtable/shared/ids/ids';
import type { BoardColumn } from '../board/boardColumns';

/** A `card:move` target: a column (null: no cluster) and the index among that column's other cards. */
export interface MoveTarget {
  clusterId: ClusterId | null;
  toIndex: number;
}

function locate(columns: readonly BoardColumn[], cardId: CardId): { column: BoardColumn; index: number } | null {
  for (const column of columns) {
    const index = column.cards.findIndex((c) => c.id === cardId);
    if (index >= 0) return { column, index };
  }
  return null;
}

const columnId = (column: BoardColumn): ClusterId | null => column.cluster?.id ?? null;

/** One place up (-1) or down (+1) within the card's column; null at either end. */
export function stepMove(columns: readonly BoardColumn[], cardId: CardId, step: -1 | 1): MoveTarget | null {
  const at = locate(columns, cardId);
  if (!at) return null;
  const toIndex = at.index + step;
  if (toIndex < 0 || toIndex >= at.column.cards.length) return null;
  return { clusterId: columnId(at.column), toIndex };
}

/**
 * Dropping a card on a column, before one of its cards (or at its end). The index counts the column's cards
 * without the moving one, as the server places it. Null when the card would stay where it is.
 */
export function dropMove(columns: readonly BoardColumn[], cardId: CardId, clusterId: ClusterId | null, beforeCardId: CardId | null): MoveTarget | null {
  const at = locate(columns, cardId);
  const target = columns.find((c) => columnId(c) === clusterId);
  if (!at || !target || beforeCardId === cardId) return null;
  const others = target.cards.filter((c) => c.id !== cardId);
  const before = beforeCardId === null ? -1 : others.findIndex((c) => c.id === beforeCardId);
  const toIndex = before >= 0 ? before : others.length;
  if (columnId(at.column) === clusterId && toIndex === at.index) return null;
  return { clusterId, toIndex };
}

/** "Move to…": the end of another column; null when it is already in that column. */
export function moveToColumn(columns: readonly BoardColumn[], cardId: CardId, clusterId: ClusterId | null): MoveTarget | null {
  const at = locate(columns, cardId);
  if (!at || columnId(at.column) === clusterId) return null;
  return dropMove(columns, cardId, clusterId, null);
}

/** Cards this one can be merged into: the board's other cards that are not hidden (GRP3). */
export function mergeCandidates(columns: readonly BoardColumn[], card: Card): Card[] {
  return columns.flatMap((c) => c.cards).filter((c) => c.id !== card.id && !c.hidden);
}
