import { DEFAULT_BOARD_ACTIVITY } from '../board/board';
import { BOARD_COMMANDS } from '../board/boardCommands';
import { WALL_COMMANDS } from '../board/wallCommands';
import { PLAN_COMMANDS } from '../plan/planCommands';
import { PROGRESS_COMMANDS } from '../review/progressCommands';
import { SURVEY_COMMANDS } from '../survey/surveyCommands';
import { EMPTY_HIDDEN, type HiddenState } from './hiddenState';
import { lastUndo, diffWorld, recordUndo, revert } from './undo';
import type { BoardId, SessionId } from '../ids/ids';
import type { CommandData, CommandName, CommandPayload } from '../protocol/commands';
import { EVERYONE, FACILITATORS, type CommandRule } from './commandRule';
import { BOARDS_PER_SESSION_MAX } from './limits';
import { accepted, acceptedWithHidden, rejected, type Actor, type TransitionContext, type TransitionResult } from './transition';
import { boardsOfSession, type Board, type WorkshopState } from './workshop';

const missingSession = () => rejected('not_found', 'That session is not in this workshop.');
const missingBoard = () => rejected('not_found', 'That board is not in this workshop (it may have been removed).');

function withBoards(state: WorkshopState, changed: readonly Board[]): WorkshopState {
  const boards = { ...state.boards };
  for (const b of changed) boards[b.id] = b;
  return { ...state, boards };
}

/** Keeps positions dense (0..n-1) in the given order, returning only the boards whose position changed. */
function renumber(ordered: readonly Board[]): Board[] {
  return ordered.flatMap((b, position) => (b.position === position ? [] : [{ ...b, position }]));
}

/**
 * The command table: for each command, who may send it and the pure transition that applies it.
 * Rule ids refer to docs/spec.md.
 */
export const COMMANDS = {
  ...BOARD_COMMANDS,
  ...WALL_COMMANDS,
  ...PLAN_COMMANDS,
  ...PROGRESS_COMMANDS,
  ...SURVEY_COMMANDS,

  'workshop:update': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => accepted({ ...state, meta: { ...state.meta, title: p.title ?? state.meta.title, area: p.area ?? state.meta.area } }, null),
  },

  'session:update': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const session = state.sessions[p.sessionId];
      if (!session) return missingSession();
      const next = {
        ...session,
        title: p.title ?? session.title,
        agenda: p.agenda ?? session.agenda,
        date: p.date === undefined ? session.date : p.date,
      };
      return accepted({ ...state, sessions: { ...state.sessions, [session.id]: next } }, null);
    },
  },

  // [SES1] Opening a session makes it the one every participant's view shows.
  'session:open': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      if (!state.sessions[p.sessionId]) return missingSession();
      return accepted({ ...state, meta: { ...state.meta, currentSessionId: p.sessionId } }, null);
    },
  },

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

  // [JOIN3] Rotating the join code stops the old code working at once; members already in stay in.
  'joinCode:rotate': {
    roles: FACILITATORS,
    apply: (state, _p, _actor, ctx) => {
      let joinCode = ctx.newJoinCode();
      while (joinCode === state.meta.joinCode) joinCode = ctx.newJoinCode();
      return accepted({ ...state, meta: { ...state.meta, joinCode } }, { joinCode }, [{ type: 'joinCodeChanged', joinCode }]);
    },
  },

  // [MEM2] A facilitator can remove a participant or the other facilitator, never themselves, so a
  // workshop always keeps a facilitator. The removed member's link stops working.
  'member:remove': {
    roles: FACILITATORS,
    apply: (state, p, actor, ctx) => {
      const member = state.members[p.memberId];
      if (!member || member.removedAt !== null) return rejected('not_found', 'That person is not in this workshop.');
      if (member.id === actor.memberId) return rejected('forbidden', 'You cannot remove yourself; the other facilitator can.');
      const removed = { ...member, removedAt: ctx.now };
      return accepted({ ...state, members: { ...state.members, [member.id]: removed } }, null, [{ type: 'memberRemoved', memberId: member.id }]);
    },
  },

  // [MEM1] Everyone can correct their own name, organisation and sector, and nobody else's.
  'member:updateProfile': {
    roles: EVERYONE,
    apply: (state, p, actor) => {
      const me = state.members[actor.memberId];
      if (!me || me.removedAt !== null) return rejected('forbidden', 'You are no longer in this workshop.');
      const next = { ...me, name: p.name ?? me.name, organisation: p.organisation ?? me.organisation, sector: p.sector ?? me.sector };
      return accepted({ ...state, members: { ...state.members, [me.id]: next } }, null);
    },
  },

  // [UNDO1] Undoes the last undoable facilitator action (of either facilitator). [UNDO2] Refused if anything it
  // touched has changed since.
  'facilitator:undo': {
    roles: FACILITATORS,
    apply: (state, _p, _actor, _ctx, hidden) => {
      const entry = lastUndo(hidden);
      if (!entry) return rejected('not_found', 'There is nothing to undo.');
      const reverted = revert({ state, hidden }, entry);
      if (!reverted.ok) return rejected('conflict', 'That can no longer be undone: something it changed has been changed again since.');
      return acceptedWithHidden(reverted.world.state, reverted.world.hidden, { undone: entry.command });
    },
  },
} satisfies { [K in CommandName]: CommandRule<K> };

/**
 * Authorises and applies one validated command. A facilitator's undoable command is recorded in the undo history
 * (part of the hidden state), so `facilitator:undo` can take it back.
 */
export function applyCommand<K extends CommandName>(
  name: K,
  state: WorkshopState,
  payload: CommandPayload<K>,
  actor: Actor,
  ctx: TransitionContext,
  hidden: HiddenState = EMPTY_HIDDEN,
): TransitionResult<CommandData[K]> {
  const rule = COMMANDS[name] as CommandRule<K>;
  if (!rule.roles.includes(actor.role)) {
    if (rule.roles.length === 0) return rejected('forbidden', 'That is not done in the workshop: it comes through a personal link (such as a lead’s link).');
    return rejected('forbidden', rule.roles.includes('facilitator') ? 'Only a facilitator can do that.' : 'Only participants can do that.');
  }
  const me = state.members[actor.memberId];
  if (!me || me.removedAt !== null) return rejected('forbidden', 'You are no longer in this workshop.');
  const result = rule.apply(state, payload, actor, ctx, hidden);
  if (!result.ok || !rule.undoable || actor.role !== 'facilitator') return result;
  const nextHidden = result.hidden ?? hidden;
  const changes = diffWorld({ state, hidden }, { state: result.state, hidden: nextHidden });
  return { ...result, hidden: recordUndo(nextHidden, name, ctx.now, changes) };
}
