import type { BoardId } from '../ids/ids';

/**
 * What an area keeps from its programme. A workshop run as an area of a programme publishes its outputs upwards
 * (programme/areaOutputs.ts); its facilitators may mark the whole area, a board, or an item (an agreed card or
 * cluster, an objective or an action of the plan) "not shared with the programme", and then nothing of it flows up.
 * The marking lives in the shared doc: every member of the workshop sees what is and is not shared.
 */
export interface ProgrammeSharing {
  /** The whole area is not shared: the programme sees only that it is withheld. */
  areaWithheld: boolean;
  /** Boards none of whose items flow up. */
  withheldBoardIds: BoardId[];
  /** Items that never flow up: agreed cards and clusters, objectives and actions (of any plan version). */
  withheldItemIds: string[];
}

export const EMPTY_SHARING: ProgrammeSharing = { areaWithheld: false, withheldBoardIds: [], withheldItemIds: [] };

export const SHARING_SCOPES = ['area', 'board', 'item'] as const;
export type SharingScope = (typeof SHARING_SCOPES)[number];

/** Whether a board's outputs may reach the programme (the area as a whole aside). */
export function boardShared(sharing: ProgrammeSharing, boardId: string): boolean {
  return !sharing.withheldBoardIds.includes(boardId as BoardId);
}

/** Whether an item (card, cluster, objective, action) may reach the programme (its board and area aside). */
export function itemShared(sharing: ProgrammeSharing, itemId: string): boolean {
  return !sharing.withheldItemIds.includes(itemId);
}
