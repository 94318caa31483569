import type { BoardId, CardId, ClusterId, MemberId, SessionId } from '../ids/ids';
import type { Sector } from '../members/sector';
import type { WorkshopMeta, WorkshopState } from '../workshop/workshop';

/** What a board asks the room; a kind has its own place in the PIP template and its own label. */
export const BOARD_KINDS = [
  'experiences',
  'drivers',
  'benefits',
  'difficulties',
  'obstacles',
  'profile',
  'objectives',
  'action_plan',
  'review',
  'key_learning',
  'feedback',
  'discussion',
] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

/**
 * A board's life, driven by the facilitators, one step forward or back at a time (rule PH1 in docs/spec.md).
 * What each phase allows is in phaseChecks.ts.
 */
export const BOARD_PHASES = ['draft', 'contribute', 'reveal', 'group', 'vote', 'results', 'agree', 'closed'] as const;
export type BoardPhase = (typeof BOARD_PHASES)[number];

/**
 * [VOTE5] What the room votes on and agrees on a board that has clusters: the clusters (a card outside every cluster
 * being an item of its own), or every card. Never both at once; a board without clusters votes on its cards.
 */
export const VOTE_LEVELS = ['clusters', 'cards'] as const;
export type VoteLevel = (typeof VOTE_LEVELS)[number];

export const CONTRIBUTING_MODES = ['private', 'open'] as const;
/** Private: each person sees only their own cards until reveal. Open: everyone sees cards as they are added. */
export type ContributingMode = (typeof CONTRIBUTING_MODES)[number];

/** The sector a card speaks for: the author's, or the one a scribing facilitator chose ('none' for the room). */
export type CardSector = Sector | 'none';

/** Results are split three ways; other public bodies, "other" and scribed cards count as "other". */
export const RESULT_GROUPS = ['local_authority', 'third_sector', 'other'] as const;
export type ResultGroup = (typeof RESULT_GROUPS)[number];

/** Dots an item received, published at results. `bySector` is null when the split is suppressed (see RES2). */
export interface Tally {
  total: number;
  bySector: Record<ResultGroup, number> | null;
}

/** The activity fields every board carries (part of `Board`). */
export interface BoardActivity {
  phase: BoardPhase;
  contributing: ContributingMode;
  /** Anonymous boards never carry an author's identity to any client; named boards show who wrote each card. */
  anonymous: boolean;
  votesPerParticipant: number;
  votesPerItemMax: number;
  /** How many items the room means to agree ("the four main obstacles"). */
  agreeCount: number;
  participantsCanGroup: boolean;
  /** What the room votes on once the board has clusters (VOTE5); set before the vote, fixed while it is on (VOTE6). */
  voteOn: VoteLevel;
  /** Contributions paused: participants cannot add, edit, delete, move or vote. */
  locked: boolean;
  /** When the countdown everyone sees reaches zero (server clock), or null. */
  timerEndsAt: string | null;
  /** The countdown's length, for showing progress. */
  timerSeconds: number | null;
  /** Live count of contributions by sector, drafts included (private mode shows the counts, not the cards). */
  cardCounts: Record<CardSector, number>;
  /** Dots spent on this board so far; not whose, nor where. */
  dotsSpent: number;
  /** Result groups shown separately at results; the rest are folded into "other". Null before results. */
  resultGroups: ResultGroup[] | null;
}

/** One question put to the room, in a session's agenda. */
export interface Board extends BoardActivity {
  id: BoardId;
  sessionId: SessionId;
  kind: BoardKind;
  title: string;
  prompt: string;
  /** Order within its session: 0..n-1, kept dense. */
  position: number;
}

export interface Card {
  id: CardId;
  boardId: BoardId;
  text: string;
  /** One sector per contribution: a merged card keeps the sectors of every card merged into it. */
  sectors: CardSector[];
  /** Texts of the cards merged into this one, in the order they were merged. */
  mergedTexts: string[];
  /** Who wrote it, on named boards only. On anonymous boards this is null everywhere but the server's store. */
  authorIds: MemberId[] | null;
  clusterId: ClusterId | null;
  /** Order among the cards of its cluster (or of the loose cards), ascending; a wall drop may leave gaps (WALL1). */
  position: number;
  /** Top-left on the board wall: relative to the cluster's frame when in a cluster, else on the page (WALL1). */
  x: number;
  y: number;
  /**
   * When it was written, on named boards only. [ANON2] On an anonymous board this is null in the shared doc: the
   * time a card was written, set against who was seen typing, would name its author.
   */
  createdAt: string | null;
  /** Hidden by a facilitator: the text is withheld from everyone (kept privately so it can be restored). */
  hidden: boolean;
  votes: Tally | null;
  agreed: boolean;
  /** The wording the room agreed, if it was edited. */
  agreedText: string | null;
}

export interface Cluster {
  id: ClusterId;
  boardId: BoardId;
  name: string;
  position: number;
  /** The cluster's frame on the board wall, page coordinates (WALL1). */
  x: number;
  y: number;
  w: number;
  h: number;
  votes: Tally | null;
  agreed: boolean;
  agreedText: string | null;
}

export const EMPTY_CARD_COUNTS: Readonly<Record<CardSector, number>> = {
  local_authority: 0,
  third_sector: 0,
  other_public: 0,
  other: 0,
  none: 0,
};

/** The activity a board starts with: a draft, private and anonymous, three dots each. */
export const DEFAULT_BOARD_ACTIVITY: Readonly<BoardActivity> = {
  phase: 'draft',
  contributing: 'private',
  anonymous: true,
  votesPerParticipant: 3,
  votesPerItemMax: 2,
  agreeCount: 3,
  participantsCanGroup: false,
  voteOn: 'clusters',
  locked: false,
  timerEndsAt: null,
  timerSeconds: null,
  cardCounts: EMPTY_CARD_COUNTS,
  dotsSpent: 0,
  resultGroups: null,
};

export function resultGroupOf(sector: CardSector | null): ResultGroup {
  return sector === 'local_authority' || sector === 'third_sector' ? sector : 'other';
}

/** A board's published cards in display order: by cluster (clusters in order, then loose cards), then position. */
/**
 * [CTL4] The board everyone is brought to, while "bring everyone here" still means something: the board exists, is
 * in the current session and is not closed. Closing it, or moving the workshop to another session, ends it; every
 * screen (participants', the wall, the console) asks here rather than reading `meta.focusBoardId`.
 */
export function focusedBoard(state: { meta: Pick<WorkshopMeta, 'focusBoardId' | 'currentSessionId'>; boards: Readonly<Record<BoardId, Board>> }): Board | null {
  const id = state.meta.focusBoardId;
  const board = id !== null && Object.hasOwn(state.boards, id) ? state.boards[id] : undefined;
  if (!board || board.sessionId !== state.meta.currentSessionId || board.phase === 'closed') return null;
  return board;
}

/** A session's boards in agenda order. */
export function boardsOfSession(state: WorkshopState, sessionId: SessionId): Board[] {
  return Object.values(state.boards)
    .filter((b) => b.sessionId === sessionId)
    .sort((a, b) => a.position - b.position);
}

export function cardsOfBoard(state: WorkshopState, boardId: BoardId): Card[] {
  return Object.values(state.cards)
    .filter((c) => c.boardId === boardId)
    .sort(inPlace);
}

/** Cards in the order of their places: position, then (named boards) when written, then id, so every reader agrees. */
export function inPlace(a: Pick<Card, 'id' | 'position' | 'createdAt'>, b: Pick<Card, 'id' | 'position' | 'createdAt'>): number {
  return a.position - b.position || (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id);
}

export function clustersOfBoard(state: WorkshopState, boardId: BoardId): Cluster[] {
  return Object.values(state.clusters)
    .filter((c) => c.boardId === boardId)
    .sort((a, b) => a.position - b.position);
}

/** The cards of one cluster (or the loose cards, for null), in order. */
export function cardsInCluster(state: WorkshopState, boardId: BoardId, clusterId: ClusterId | null): Card[] {
  return cardsOfBoard(state, boardId).filter((c) => c.clusterId === clusterId);
}

/** Something the room can vote on and agree: a cluster or a card. */
export type Item = { kind: 'cluster'; id: ClusterId; boardId: BoardId; text: string; cluster: Cluster } | { kind: 'card'; id: CardId; boardId: BoardId; text: string; card: Card };

/** [ID1] Any cluster or card of the workshop by id (own keys only: a built-in name such as `__proto__` is no item). */
export function findItem(state: WorkshopState, id: string): Item | null {
  if (Object.hasOwn(state.clusters, id)) {
    const cluster = state.clusters[id as ClusterId]!;
    return { kind: 'cluster', id: cluster.id, boardId: cluster.boardId, text: cluster.name, cluster };
  }
  if (Object.hasOwn(state.cards, id)) {
    const card = state.cards[id as CardId]!;
    return { kind: 'card', id: card.id, boardId: card.boardId, text: card.text, card };
  }
  return null;
}

/** The sectors that raised an item: a card's own, or every card's in a cluster (scribed 'none' left out). */
export function sectorsOfItem(state: WorkshopState, item: Item): Sector[] {
  const raw = item.kind === 'card' ? item.card.sectors : cardsInCluster(state, item.boardId, item.id).flatMap((c) => c.sectors);
  const found = new Set(raw.filter((s): s is Sector => s !== 'none'));
  return [...found].sort();
}

export function votesOf(item: Item): Tally | null {
  return item.kind === 'card' ? item.card.votes : item.cluster.votes;
}

export function isAgreed(item: Item): boolean {
  return item.kind === 'card' ? item.card.agreed : item.cluster.agreed;
}

/** The wording an item was agreed with (or its own). */
export function agreedWording(item: Item): string {
  const edited = item.kind === 'card' ? item.card.agreedText : item.cluster.agreedText;
  return edited ?? item.text;
}

/**
 * [VOTE5] The level a board votes on now: its setting, except that a board without clusters votes on its cards.
 * The level is fixed while the vote is on (VOTE6): clusters change only at reveal and group, the setting before vote.
 */
export function voteLevel(state: Pick<WorkshopState, 'clusters'>, board: Pick<Board, 'id' | 'voteOn'>): VoteLevel {
  if (board.voteOn === 'cards') return 'cards';
  return Object.values(state.clusters).some((c) => c.boardId === board.id) ? 'clusters' : 'cards';
}

/**
 * [VOTE5][VOTE8] What the board's vote, results and agreement list, on one level: every cluster, then every card
 * outside a cluster (each its own item); or, on a board voting on cards, every card, cluster by cluster then the loose
 * ones. Hidden cards are never items.
 */
export function itemsOfBoard(state: WorkshopState, boardId: BoardId): Item[] {
  const board = state.boards[boardId];
  const clusters = clustersOfBoard(state, boardId);
  const cards = cardsOfBoard(state, boardId).filter((c) => !c.hidden);
  const cardItem = (card: Card): Item => ({ kind: 'card', id: card.id, boardId, text: card.text, card });
  if (board && voteLevel(state, board) === 'cards') {
    const clustered = clusters.flatMap((cluster) => cards.filter((c) => c.clusterId === cluster.id));
    return [...clustered, ...cards.filter((c) => c.clusterId === null)].map(cardItem);
  }
  const groups = clusters.map((cluster): Item => ({ kind: 'cluster', id: cluster.id, boardId, text: cluster.name, cluster }));
  return [...groups, ...cards.filter((c) => c.clusterId === null).map(cardItem)];
}

/** [VOTE5] Whether an item of the board is one the room votes on and agrees now (without listing the board's items). */
export function isItemOfLevel(state: WorkshopState, board: Pick<Board, 'id' | 'voteOn'>, item: Item): boolean {
  if (item.boardId !== board.id) return false;
  if (item.kind === 'cluster') return voteLevel(state, board) === 'clusters';
  return !item.card.hidden && (item.card.clusterId === null || voteLevel(state, board) === 'cards');
}

/** Items that received votes, highest first (ties by wording, so every screen shows the same order). */
export function rankedItems(state: WorkshopState, boardId: BoardId): Item[] {
  return itemsOfBoard(state, boardId)
    .filter((i) => (votesOf(i)?.total ?? 0) > 0)
    .sort((a, b) => (votesOf(b)?.total ?? 0) - (votesOf(a)?.total ?? 0) || a.text.localeCompare(b.text));
}

/** Total dots the active participants hold on a board, and how many are still unspent. */
export function dotsUnspent(state: WorkshopState, board: Board): number {
  const voters = Object.values(state.members).filter((m) => m.role === 'participant' && m.removedAt === null && m.joinedAt !== null).length;
  return Math.max(0, voters * board.votesPerParticipant - board.dotsSpent);
}

/** Where council and third-sector voters diverge most: the items with the largest gap in share of each sector's dots. */
export function divergence(state: WorkshopState, boardId: BoardId): { item: Item; councilShare: number; thirdSectorShare: number; gap: number }[] {
  const items = rankedItems(state, boardId);
  const board = state.boards[boardId];
  if (!board?.resultGroups?.includes('local_authority') || !board.resultGroups.includes('third_sector')) return [];
  const sum = (g: ResultGroup) => items.reduce((n, i) => n + (votesOf(i)?.bySector?.[g] ?? 0), 0);
  const councilTotal = sum('local_authority');
  const thirdTotal = sum('third_sector');
  if (councilTotal === 0 || thirdTotal === 0) return [];
  return items
    .map((item) => {
      const councilShare = (votesOf(item)?.bySector?.local_authority ?? 0) / councilTotal;
      const thirdSectorShare = (votesOf(item)?.bySector?.third_sector ?? 0) / thirdTotal;
      return { item, councilShare, thirdSectorShare, gap: Math.abs(councilShare - thirdSectorShare) };
    })
    .sort((a, b) => b.gap - a.gap);
}
