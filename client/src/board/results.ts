import { divergence, rankedItems, sectorsOfItem, votesOf, itemsOfBoard, type Item, type ResultGroup } from '@roundtable/shared/board/board';
import type { Sector } from '@roundtable/shared/members/sector';
import type { Board } from '@roundtable/shared/board/board';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

export interface ResultRow {
  item: Item;
  total: number;
  /** Dots by the voters' sector group, or null when the board publishes no split. */
  bySector: Record<ResultGroup, number> | null;
  /** Sectors that raised the item. */
  sectors: Sector[];
}

/** The items that received dots, most first, as the results chart shows them. */
export function resultRows(state: WorkshopState, board: Board): ResultRow[] {
  return rankedItems(state, board.id).map((item) => {
    const votes = votesOf(item);
    return { item, total: votes?.total ?? 0, bySector: votes?.bySector ?? null, sectors: sectorsOfItem(state, item) };
  });
}

/** Items on the board that received no dot. */
export function unvotedCount(state: WorkshopState, board: Board): number {
  return itemsOfBoard(state, board.id).filter((i) => (votesOf(i)?.total ?? 0) === 0).length;
}

/**
 * What the chart must say about the split by sector. `hidden`: no split at all (some group was too small to stay
 * anonymous); `folded`: the split is shown, but these sectors are counted under "other" (too few of their
 * people voted, or none did).
 */
export type SplitNote = { kind: 'none' } | { kind: 'hidden' } | { kind: 'folded'; groups: ResultGroup[] };

export function splitNote(board: Board, anyVotes: boolean): SplitNote {
  if (!anyVotes || board.resultGroups === null) return { kind: 'none' };
  if (board.resultGroups.length === 0) return { kind: 'hidden' };
  const folded = (['local_authority', 'third_sector'] as const).filter((g) => !board.resultGroups?.includes(g));
  return folded.length > 0 ? { kind: 'folded', groups: folded } : { kind: 'none' };
}

/** A bar's length in percent of the longest, one decimal. */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.round((Math.min(value, max) / max) * 1000) / 10;
}

/** The items council and third-sector voters weighed most differently: at most `limit`, and only real gaps. */
export function topDivergence(state: WorkshopState, board: Board, limit = 3): ReturnType<typeof divergence> {
  return divergence(state, board.id)
    .filter((d) => d.gap >= 0.05)
    .slice(0, limit);
}
