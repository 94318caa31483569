import type { BoardId, CardId, MemberId, NoticeId } from '../ids/ids';
import type { Sector } from '../workshop/sector';
import type { Card } from './board';

/**
 * What the server knows about a workshop's boards and no member may see: who wrote each card, private drafts
 * before reveal, each person's dots before results, private notices, and the facilitators' undo history.
 * It lives in a second Y.Doc that never leaves the server (see doc/hiddenDoc.ts); a member sees only their own
 * part of it, as their PersonalView.
 */
export interface HiddenState {
  cards: Record<CardId, CardRecord>;
  /** One per (board, participant), keyed by `ballotKey`. */
  ballots: Record<string, Ballot>;
  notices: Record<NoticeId, Notice>;
  /** Keyed by the entry's sequence number (as text); at most UNDO_DEPTH entries. */
  undo: Record<string, UndoEntry>;
  /** Participants' answers when the action plan is put to the room, keyed by `${round}.${memberId}`. */
  planResponses: Record<string, PlanResponse>;
  /** Who has answered the feedback survey (each participant answers once), never what: the answers are kept apart (SURV4). */
  surveyRespondents: Record<MemberId, SurveyRespondent>;
}

export interface SurveyRespondent {
  memberId: MemberId;
}

export interface PlanResponse {
  id: string;
  round: number;
  memberId: MemberId;
  sector: Sector | null;
  response: 'agree' | 'concern';
  /** For the facilitators. */
  comment: string;
  at: string;
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

export const EMPTY_HIDDEN: HiddenState = { cards: {}, ballots: {}, notices: {}, undo: {}, planResponses: {}, surveyRespondents: {} };

export const ballotKey = (boardId: BoardId, memberId: MemberId) => `${boardId}.${memberId}`;

/** The latest undo entry, if any. */
export function lastUndo(hidden: HiddenState): UndoEntry | null {
  let last: UndoEntry | null = null;
  for (const entry of Object.values(hidden.undo)) if (!last || entry.seq > last.seq) last = entry;
  return last;
}
