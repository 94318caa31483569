import { cardsOfBoard, clustersOfBoard, type Card, type Cluster } from '@roundtable/shared/board/board';
import type { BoardId } from '@roundtable/shared/ids/ids';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/** One column of a board: a cluster's cards, or (cluster null) the cards in no cluster. */
export interface BoardColumn {
  cluster: Cluster | null;
  cards: Card[];
}

/** The board as columns: its clusters in order, then the loose cards (always present, possibly empty). */
export function boardColumns(state: WorkshopState, boardId: BoardId): BoardColumn[] {
  const cards = cardsOfBoard(state, boardId);
  const columns: BoardColumn[] = clustersOfBoard(state, boardId).map((cluster) => ({ cluster, cards: cards.filter((c) => c.clusterId === cluster.id) }));
  columns.push({ cluster: null, cards: cards.filter((c) => c.clusterId === null) });
  return columns;
}

/** A card's text shortened for a button's name or a message, so long cards do not make long labels. */
export function shortText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
