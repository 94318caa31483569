import { FACILITATORS } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import { accepted, acceptedWithHidden, rejected } from '../command/transitionResult';
import type { BoardId, SessionId } from '../ids/ids';
import type { HiddenState } from '../workshop/hiddenState';
import type { WorkshopState } from '../workshop/workshop';
import { BOARD_PHASES, boardsOfSession, DEFAULT_BOARD_ACTIVITY, type Board } from './board';
import { BOARDS_PER_SESSION_MAX } from './boardLimits';
import type { BOARD_PAYLOADS } from './boardPayloads';
import { publishDrafts, publishResults, returnStrayDots, withdrawResults } from './boardPublish';
import { cardsOnBoard, putBoard } from './boardState';
import { boardAt, isRejection, missingBoard, OPEN, PHASE_NAMES, wrongPhase } from './phaseChecks';

/*
 * The boards' commands: a session's agenda of boards, and each board's settings, phase and controls. Which phases
 * allow what is in phaseChecks.ts (rule ids refer to docs/spec.md).
 */

const missingSession = () => rejected('not_found', 'That session is not in this workshop.');

function withBoards(state: WorkshopState, changed: readonly Board[]): WorkshopState {
  const boards = { ...state.boards };
  for (const b of changed) boards[b.id] = b;
  return { ...state, boards };
}

/** Keeps positions dense (0..n-1) in the given order, returning only the boards whose position changed. */
function renumber(ordered: readonly Board[]): Board[] {
  return ordered.flatMap((b, position) => (b.position === position ? [] : [{ ...b, position }]));
}

export const BOARD_COMMANDS = {
  // [BRD1] A session holds at most BOARDS_PER_SESSION_MAX boards; a new board goes at the end.
  'board:add': {
    roles: FACILITATORS,
    apply: (state, p, _actor, ctx) => {
      if (!state.sessions[p.sessionId]) return missingSession();
      const existing = boardsOfSession(state, p.sessionId);
      if (existing.length >= BOARDS_PER_SESSION_MAX) {
        return rejected('limit_reached', `A session can have at most ${BOARDS_PER_SESSION_MAX} boards. Remove one first.`);
      }
      const board: Board = {
        ...DEFAULT_BOARD_ACTIVITY,
        id: ctx.newId() as BoardId,
        sessionId: p.sessionId as SessionId,
        kind: p.kind,
        title: p.title,
        prompt: p.prompt,
        position: existing.length,
      };
      return accepted(withBoards(state, [board]), { boardId: board.id });
    },
  },

  'board:update': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const board = state.boards[p.boardId];
      if (!board) return missingBoard();
      return accepted(withBoards(state, [{ ...board, title: p.title ?? board.title, prompt: p.prompt ?? board.prompt }]), null);
    },
  },

  // [BRD2] Removing a board closes the gap in its session's order, and removes its cards, clusters and dots.
  'board:remove': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, _ctx, hidden) => {
      const board = state.boards[p.boardId];
      if (!board) return missingBoard();
      const boards = { ...state.boards };
      delete boards[board.id];
      const keep = <T extends { boardId: BoardId }>(entities: Record<string, T>) =>
        Object.fromEntries(Object.entries(entities).filter(([, e]) => e.boardId !== board.id)) as Record<string, T>;
      const rest = boardsOfSession({ ...state, boards }, board.sessionId);
      const focusBoardId = state.meta.focusBoardId === board.id ? null : state.meta.focusBoardId;
      const next: WorkshopState = {
        ...state,
        meta: focusBoardId === state.meta.focusBoardId ? state.meta : { ...state.meta, focusBoardId },
        boards,
        cards: keep(state.cards) as WorkshopState['cards'],
        clusters: keep(state.clusters) as WorkshopState['clusters'],
      };
      const nextHidden: HiddenState = {
        ...hidden,
        cards: keep(hidden.cards) as HiddenState['cards'],
        ballots: keep(hidden.ballots),
        notices: keep(hidden.notices) as HiddenState['notices'],
      };
      return acceptedWithHidden(withBoards(next, renumber(rest)), nextHidden, null);
    },
  },

  // [BRD3] Moving a board to an index past the end puts it last.
  'board:move': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const board = state.boards[p.boardId];
      if (!board) return missingBoard();
      const others = boardsOfSession(state, board.sessionId).filter((b) => b.id !== board.id);
      const at = Math.min(p.toIndex, others.length);
      const ordered = [...others.slice(0, at), board, ...others.slice(at)];
      return accepted(withBoards(state, renumber(ordered)), null);
    },
  },

  // [SET1] Settings: contributing mode and anonymity only while the board has no cards; voting settings (what the room
  // votes on among them, VOTE6) before the vote.
  'board:configure': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, _ctx, hidden) => {
      const board = boardAt(state, p.boardId, OPEN, 'Settings can be changed', undefined);
      if (isRejection(board)) return board;
      if ((p.anonymous !== undefined && p.anonymous !== board.anonymous) || (p.contributing !== undefined && p.contributing !== board.contributing)) {
        if (cardsOnBoard(hidden, board.id) > 0) {
          return rejected('conflict', 'Anonymity and private contributing can only be changed before the first card is added.');
        }
      }
      const votingChanged = [p.votesPerParticipant, p.votesPerItemMax, p.participantsCanGroup, p.voteOn].some((v) => v !== undefined);
      const beforeVote = BOARD_PHASES.indexOf(board.phase) < BOARD_PHASES.indexOf('vote');
      if (votingChanged && !beforeVote) return wrongPhase(board, 'Voting and grouping settings can be changed', ['draft', 'contribute', 'reveal', 'group']);
      const next: Board = {
        ...board,
        contributing: p.contributing ?? board.contributing,
        anonymous: p.anonymous ?? board.anonymous,
        votesPerParticipant: p.votesPerParticipant ?? board.votesPerParticipant,
        votesPerItemMax: p.votesPerItemMax ?? board.votesPerItemMax,
        agreeCount: p.agreeCount ?? board.agreeCount,
        participantsCanGroup: p.participantsCanGroup ?? board.participantsCanGroup,
        voteOn: p.voteOn ?? board.voteOn,
      };
      if (next.votesPerItemMax > next.votesPerParticipant) {
        return rejected('invalid_payload', 'The dots allowed on one item cannot be more than each person has.', { votesPerItemMax: 'At most the dots each person has.' });
      }
      return accepted(putBoard(state, next), null);
    },
  },

  // [PH1] One step forward or back at a time. [PH2] `from` must be the board's phase: if another facilitator moved it
  // first, this one is told, and nothing changes.
  'board:setPhase': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, _ctx, hidden) => {
      const board = state.boards[p.boardId];
      if (!board) return missingBoard();
      if (board.phase !== p.from) return rejected('conflict', `The board has already moved to "${PHASE_NAMES[board.phase]}" (perhaps the other facilitator moved it).`);
      const step = BOARD_PHASES.indexOf(p.to) - BOARD_PHASES.indexOf(p.from);
      if (Math.abs(step) !== 1) return rejected('invalid_payload', 'A board moves one step at a time.', { to: 'Choose the next or the previous step.' });
      let next: WorkshopState = putBoard(state, { ...board, phase: p.to, timerEndsAt: null, timerSeconds: null });
      let nextHidden = hidden;
      if (p.to === 'reveal') ({ state: next, hidden: nextHidden } = publishDrafts(next, hidden, board.id));
      if (p.to === 'vote') ({ state: next, hidden: nextHidden } = returnStrayDots(next, hidden, board.id));
      if (p.to === 'results') next = publishResults(next, hidden, next.boards[board.id]!);
      if (p.from === 'results' && p.to === 'vote') next = withdrawResults(next, next.boards[board.id]!);
      return acceptedWithHidden(next, nextHidden, null);
    },
  },

  // [CTL1] Lock pauses participants' contributions (cards, grouping, votes); facilitators carry on.
  'board:lock': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const board = boardAt(state, p.boardId, OPEN, 'A board can be locked');
      if (isRejection(board)) return board;
      return accepted(putBoard(state, { ...board, locked: p.locked }), null);
    },
  },

  // [CTL2] A countdown everyone sees, on the server's clock; a phase change stops it.
  'board:timer': {
    roles: FACILITATORS,
    apply: (state, p, _actor, ctx) => {
      const board = boardAt(state, p.boardId, OPEN, 'A countdown can be started');
      if (isRejection(board)) return board;
      const timerEndsAt = p.seconds === null ? null : new Date(Date.parse(ctx.now) + p.seconds * 1000).toISOString();
      return accepted(putBoard(state, { ...board, timerEndsAt, timerSeconds: p.seconds }), null);
    },
  },

  // [CTL3] "Bring everyone here": every participant's screen follows to this board.
  'board:focus': {
    roles: FACILITATORS,
    apply: (state, p, _actor, ctx) => {
      if (p.boardId !== null && !state.boards[p.boardId]) return missingBoard();
      return accepted({ ...state, meta: { ...state.meta, focusBoardId: p.boardId, focusAt: ctx.now } }, null);
    },
  },
} satisfies RulesFor<typeof BOARD_PAYLOADS>;
