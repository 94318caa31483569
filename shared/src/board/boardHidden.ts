import type { BoardId, CardId, MemberId, NoticeId } from '../ids/ids';
import type { Card } from './board';
import type { Sector } from '../members/sector';

/**
 * The board's part of the hidden state (workshop/hiddenState.ts): who wrote each card, private drafts before reveal,
 * each person's dots before results, and private notices to authors. A member sees only their own part of it, as
 * their PersonalView.
 */
export interface BoardHidden {
  cards: Record<CardId, CardRecord>;
  /** One per (board, participant), keyed by `ballotKey`. */
  ballots: Record<string, Ballot>;
  notices: Record<NoticeId, Notice>;
}

export interface CardRecord {
  id: CardId;
  boardId: BoardId;
  /** Everyone who wrote a text on this card: one for a new card, more after a merge; the scribe for a scribed card. */
  authorIds: MemberId[];
  /** The card while it is a private draft (private contributing, before reveal); null once it is on the board. */
  draft: Card | null;
  /** What a facilitator hid from the board, kept so it can be shown again. */
  hiddenContent: { text: string; mergedTexts: string[] } | null;
}

export interface Ballot {
  id: string;
  boardId: BoardId;
  memberId: MemberId;
  /** The voter's sector when they voted: results are split by it, never by person. */
  sector: Sector | null;
  /** Item id (card or cluster) → dots. */
  dots: Record<string, number>;
}

export interface Notice {
  id: NoticeId;
  memberId: MemberId;
  boardId: BoardId;
  cardId: CardId;
  kind: 'cardHidden';
  /** The beginning of the card's text, so its author knows which one. */
  excerpt: string;
  at: string;
}

export const ballotKey = (boardId: BoardId, memberId: MemberId) => `${boardId}.${memberId}`;
